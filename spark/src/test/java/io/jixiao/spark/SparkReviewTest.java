package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.report.recheck.ReviewJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Spark job in local mode (local[2]) against jixiao review on the same folder trees: the same JSON, byte for byte. */
class SparkReviewTest {

    static SparkSession spark;
    @TempDir
    static Path tmp;
    static Path generated;
    static String reviewOfGenerated;

    @BeforeAll
    static void start() {
        spark = Departments.session("local[2]");
        generated = Departments.generated(tmp.resolve("generated"), 200);
        reviewOfGenerated = ReviewJson.render(Departments.review(generated));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void theBundledDepartmentsGiveReviewsJsonByteForByte() {
        String review = ReviewJson.render(Departments.review(Departments.BUNDLED));

        BureauReport job = new SparkReview(spark).run(SparkReview.Job.tree(Departments.BUNDLED.toString(), 2));

        assertThat(ReviewJson.render(job)).isEqualTo(review);
        // the five bundled department-years (guangyang 2023 and its ILLUSTRATIVE 2024, kaiping, luancheng, shifeng)
        // are scored, none failed
        assertThat(job.ranking()).hasSize(5);
        assertThat(job.failed()).isEmpty();
    }

    @ParameterizedTest(name = "{0} partition(s)")
    @ValueSource(ints = {1, 2, 7})
    void twoHundredGeneratedDepartmentsGiveReviewsJsonWhateverThePartitions(int partitions) {
        BureauReport job = new SparkReview(spark).run(SparkReview.Job.tree(generated.toString(), partitions));

        assertThat(ReviewJson.render(job)).isEqualTo(reviewOfGenerated);
        // 200 generated + 4 bad ones; each department once
        assertThat(job.departments()).isEqualTo(204);
        assertThat(job.ranking()).hasSize(200);
    }

    @Test
    void aBadDepartmentIsAFailedRowWithItsCodedErrorNotAFailedJob() {
        BureauReport job = new SparkReview(spark).run(SparkReview.Job.tree(generated.toString(), 3));

        Map<String, List<String>> codes = job.failed().stream().collect(Collectors.toMap(DepartmentRecheck::folder,
                d -> d.errors().stream().map(f -> f.code()).distinct().toList()));
        assertThat(codes).containsOnlyKeys("bad-yaml", "no-actuals", "two-actuals", "wrong-actuals");
        assertThat(codes.get("bad-yaml")).contains("KPI-0101");
        assertThat(codes.get("no-actuals")).containsExactly("KPI-0325");
        assertThat(codes.get("two-actuals")).containsExactly("KPI-0326");
        // d0004's actuals name another department than d0003's targets
        assertThat(codes.get("wrong-actuals")).contains("KPI-0123");
        // located as review locates them: the file under the root as given, line and column
        assertThat(location(job, "bad-yaml", "KPI-0101").file())
                .isEqualTo(generated.resolve("bad-yaml/targets.yaml").toString());
        assertThat(location(job, "no-actuals", "KPI-0325")).isEqualTo(Location.of(generated.resolve("no-actuals")
                .toString()));
        assertThat(location(job, "wrong-actuals", "KPI-0123").toString())
                .isEqualTo(generated.resolve("wrong-actuals/actuals.yaml") + ":2:13");
    }

    private static Location location(BureauReport r, String folder, String code) {
        return r.failed().stream().filter(d -> d.folder().equals(folder)).flatMap(d -> d.errors().stream())
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow().location();
    }

    @Test
    void aUsersRulesAreBroadcastAndScoreAsInReview() {
        Path rules = Path.of("../indicators/rules-examples");
        String review = ReviewJson.render(new Rechecker(new Pipeline(Options.defaults().ownProfiles(false).rules(List.of(rules))), 2)
                .run(Departments.BUNDLED, i -> { }));

        BureauReport job = new SparkReview(spark).run(new SparkReview.Job(Departments.BUNDLED.toString(),
                SparkReview.InputKind.tree, 3, null, List.of(rules), false, false, null, false));

        assertThat(ReviewJson.render(job)).isEqualTo(review);
    }

    @Test
    void aRuleFileThatDoesNotCompileFailsTheJobOnceBeforeItStartsWithKpi0201() throws Exception {
        Path bad = java.nio.file.Files.writeString(tmp.resolve("broken.drl"),
                "package x;\nrule \"broken\" when\n  this is not DRL\nthen\nend\n");

        assertThatThrownBy(() -> new SparkReview(spark).run(new SparkReview.Job(Departments.BUNDLED.toString(),
                SparkReview.InputKind.tree, 2, null, List.of(bad), false, false, null, false)))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.findings()).extracting(f -> f.code()).containsOnly("KPI-0201");
                    assertThat(e.findings().get(0).location().file()).isEqualTo(bad.toString());
                });
    }

    @Test
    void aRuleThatCallsSystemExitIsRefusedOnceBeforeTheJobAsInTheCliWithKpi0209() throws Exception {
        // the broadcast DRL goes through the same check as --rules files: an executor never compiles it
        Path exits = java.nio.file.Files.writeString(tmp.resolve("exits.drl"), """
                package rules.user;

                import io.jixiao.scoring.ScoringCase;

                rule "stop the executor"
                when
                    ScoringCase()
                then
                    System.exit(1);
                end
                """);

        assertThatThrownBy(() -> new SparkReview(spark).run(new SparkReview.Job(Departments.BUNDLED.toString(),
                SparkReview.InputKind.tree, 2, null, List.of(exits), false, false, null, false)))
                .isInstanceOfSatisfying(KpiException.class, e -> {
                    assertThat(e.findings()).extracting(f -> f.code()).containsOnly("KPI-0209");
                    // line 9, column 5: where System.exit is written
                    assertThat(e.findings().get(0).location().toString()).isEqualTo(exits + ":9:5");
                });
    }

    @Test
    void aFolderThatIsNotThereIsKpi0324AndOneWithoutDepartmentsKpi0323() {
        assertThatThrownBy(() -> new SparkReview(spark).run(SparkReview.Job.tree(tmp.resolve("nowhere").toString(), 2)))
                .isInstanceOfSatisfying(KpiException.class,
                        e -> assertThat(e.findings().get(0).code()).isEqualTo("KPI-0324"));
        Path empty = tmp.resolve("empty");
        empty.toFile().mkdirs();
        assertThatThrownBy(() -> new SparkReview(spark).run(SparkReview.Job.tree(empty.toString(), 2)))
                .isInstanceOfSatisfying(KpiException.class,
                        e -> assertThat(e.findings().get(0).code()).isEqualTo("KPI-0323"));
    }
}
