package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.load.Source;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Discovery;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TableScore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's other input, a table of department-years (Parquet, CSV), and its other output, indicator rows as Parquet. */
class TableAndParquetTest {

    static SparkSession spark;
    @TempDir
    static Path tmp;
    /** review's JSON of the bundled departments, as a table of them reports it: files named from the folder. */
    static String reviewAsTable;
    static List<Row> rows;

    static final StructType TABLE = new StructType().add("folder", DataTypes.StringType)
            .add("targets", DataTypes.StringType).add("actuals", DataTypes.StringType)
            .add("note", DataTypes.StringType).add("actuals_file", DataTypes.StringType);

    @BeforeAll
    static void start() {
        spark = Departments.session("local[2]");
        String root = Departments.BUNDLED.toString();
        reviewAsTable = ReviewJson.render(Departments.review(Departments.BUNDLED))
                .replace("\"" + root + "/", "\"");
        rows = new ArrayList<>();
        for (DepartmentFolder f : Discovery.find(Departments.BUNDLED)) {
            rows.add(RowFactory.create(f.id(), read(f.targets()), read(f.actuals().get(0)), "ignored",
                    f.id() + "/" + f.actuals().get(0).getFileName()));
        }
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String table(String name, List<Row> of, String format) {
        String path = tmp.resolve(name).toString();
        var writer = spark.createDataFrame(of, TABLE).coalesce(2).write();
        if (format.equals("csv")) {
            writer.option("header", "true").option("escape", "\"").csv(path);
        } else {
            writer.parquet(path);
        }
        return path;
    }

    private static SparkReview.Job job(String input, SparkReview.InputKind kind, String parquet, boolean force) {
        return new SparkReview.Job(input, kind, 3, null, List.of(), false, false, parquet, force);
    }

    @Test
    void aParquetTableOfTheBundledDepartmentsGivesReviewsJsonWithFilesNamedFromTheFolder() {
        String path = table("bundled.parquet", rows, "parquet");

        BureauReport r = new SparkReview(spark).run(job(path, SparkReview.InputKind.parquet, null, false));

        assertThat(ReviewJson.render(r)).isEqualTo(reviewAsTable.replace(
                "\"root\" : \"" + Departments.BUNDLED + "\"", "\"root\" : \"" + path + "\""));
    }

    @Test
    void withoutFileColumnsFindingsNameFolderSlashActualsYaml() {
        String path = tmp.resolve("unnamed.parquet").toString();
        spark.createDataFrame(rows, TABLE).drop("actuals_file").write().parquet(path);

        BureauReport r = new SparkReview(spark).run(job(path, SparkReview.InputKind.parquet, null, false));

        // guangyang/2023's actuals are actuals-example.yaml on disk; the table does not say so
        assertThat(r.findings()).isNotEmpty().allSatisfy(f -> assertThat(f.finding().location().file())
                .isEqualTo(f.folder() + "/actuals.yaml"));
    }

    @Test
    void aCsvTableGivesTheSameReportAsTheParquetOne() {
        String csv = table("bundled.csv", rows, "csv");
        String parquet = table("same.parquet", rows, "parquet");

        String fromCsv = ReviewJson.render(new SparkReview(spark).run(job(csv, SparkReview.InputKind.csv, null, false)));
        String fromParquet = ReviewJson.render(new SparkReview(spark).run(job(parquet, SparkReview.InputKind.parquet,
                null, false)));

        assertThat(fromCsv.replace(csv, "T")).isEqualTo(fromParquet.replace(parquet, "T"));
    }

    @Test
    void twoRowsOfOneFolderBothFailWithKpi0702AndTheOthersAreScored() {
        List<Row> twice = new ArrayList<>(rows);
        twice.add(rows.get(0));
        String path = table("twice.parquet", twice, "parquet");

        BureauReport r = new SparkReview(spark).run(job(path, SparkReview.InputKind.parquet, null, false));

        // 6 rows: the two of the first folder fail, the other four department-years are scored
        assertThat(r.ranking()).hasSize(4);
        assertThat(r.failed()).hasSize(2).allSatisfy(d -> {
            assertThat(d.folder()).isEqualTo(rows.get(0).getString(0));
            assertThat(d.errors()).extracting(f -> f.code()).containsExactly("KPI-0702");
            assertThat(d.errors().get(0).location().file()).isEqualTo(rows.get(0).getString(0));
        });
    }

    @Test
    void aRowWithoutActualsIsKpi0325LikeAFolderWithoutThem() {
        List<Row> without = new ArrayList<>(rows);
        without.set(1, RowFactory.create(rows.get(1).getString(0), rows.get(1).getString(1), null, null, null));
        String path = table("without.parquet", without, "parquet");

        BureauReport r = new SparkReview(spark).run(job(path, SparkReview.InputKind.parquet, null, false));

        assertThat(r.failed()).singleElement().satisfies(d -> assertThat(d.errors())
                .extracting(f -> f.code()).containsExactly("KPI-0325"));
    }

    @Test
    void aTableWithoutTheActualsColumnIsKpi0701NamingTheTable() {
        String path = tmp.resolve("no-actuals.parquet").toString();
        spark.createDataFrame(rows, TABLE).drop("actuals").write().parquet(path);

        assertThatThrownBy(() -> new SparkReview(spark).run(job(path, SparkReview.InputKind.parquet, null, false)))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.findings().get(0).code()).isEqualTo("KPI-0701");
                    assertThat(e.findings().get(0).location().file()).isEqualTo(path);
                });
    }

    @Test
    void parquetHoldsOneRowPerIndicatorWithTheNumbersScoringGave() {
        String out = tmp.resolve("indicators-out").toString();

        BureauReport r = new SparkReview(spark).run(job(Departments.BUNDLED.toString(), SparkReview.InputKind.tree,
                out, false));

        Dataset<Row> written = spark.read().parquet(out);
        assertThat(written.count()).isEqualTo(r.indicators());
        assertThat(written.select("folder").distinct().count()).isEqualTo(5);
        // every indicator of one department as the pipeline scores it, to 10 places
        DepartmentFolder f = Discovery.find(Departments.BUNDLED).get(0);
        Evaluation e = new Pipeline(Options.defaults()).evaluate(Source.file(f.targets()),
                Source.file(f.actuals().get(0)));
        List<Row> mine = written.where(written.col("folder").equalTo(f.id())).collectAsList();
        int n = 0;
        for (TableScore t : e.score().tables()) {
            for (IndicatorScore i : t.indicators()) {
                n++;
                Row row = mine.stream().filter(x -> x.getAs("table").equals(t.name())
                        && x.getAs("indicator").equals(i.key())).findFirst().orElseThrow();
                assertThat((BigDecimal) row.getAs("points")).isEqualTo(i.points().setScale(10, RoundingMode.HALF_UP));
                assertThat((BigDecimal) row.getAs("score")).isEqualTo(i.score().setScale(10, RoundingMode.HALF_UP));
                assertThat((String) row.getAs("status")).isEqualTo(i.status().label());
                assertThat((String) row.getAs("rule")).isEqualTo(i.rule());
                assertThat((int) row.getAs("year")).isEqualTo(e.score().year());
            }
        }
        assertThat(mine).hasSize(n);
    }

    @Test
    void anExistingParquetOutputIsKpi0140UnlessForced() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("taken"));
        Files.writeString(out.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> new SparkReview(spark).run(job(Departments.BUNDLED.toString(),
                SparkReview.InputKind.tree, out.toString(), false)))
                .isInstanceOfSatisfying(KpiException.class,
                        e -> assertThat(e.findings().get(0).code()).isEqualTo("KPI-0140"));
        assertThat(out.resolve("keep.txt")).hasContent("mine");

        BureauReport r = new SparkReview(spark).run(job(Departments.BUNDLED.toString(), SparkReview.InputKind.tree,
                out.toString(), true));
        assertThat(spark.read().parquet(out.toString()).count()).isEqualTo(r.indicators());
    }
}
