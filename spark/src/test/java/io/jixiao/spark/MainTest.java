package io.jixiao.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.report.recheck.ReviewJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao-spark review end to end, as ./jixiao-spark runs it (its own local session, stopped at the end). */
class MainTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // English unless the command line says otherwise (--lang), as the CLI's tests run
        int code = Main.run(args, java.util.Map.of("JIXIAO_LANG", "en"), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void reviewOfTheBundledDepartmentsWritesReviewsJson() throws Exception {
        Path json = tmp.resolve("review.json");

        Run r = run("review", Departments.BUNDLED.toString(), "--master", "local[2]", "--format", "json", "-o",
                json.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8))
                .isEqualTo(ReviewJson.render(Departments.review(Departments.BUNDLED)));
        assertThat(r.err()).contains("wrote " + json + " (5 departments scored, 0 failed");
    }

    @Test
    void aFolderThatIsNotThereExitsOneWithKpi0324() {
        Path nowhere = tmp.resolve("nowhere");

        Run r = run("review", nowhere.toString(), "--master", "local[1]");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains(nowhere + ": error KPI-0324");
    }

    @Test
    void anExistingOutputFileIsKpi0140BeforeSparkStarts() throws Exception {
        Path json = Files.writeString(tmp.resolve("taken.json"), "mine");

        Run r = run("review", Departments.BUNDLED.toString(), "--format", "json", "-o", json.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("KPI-0140");
        assertThat(json).hasContent("mine");
    }

    @Test
    void zeroPartitionsIsAUsageError() {
        assertThat(run("review", Departments.BUNDLED.toString(), "--partitions", "0", "--master", "local[1]").code())
                .isEqualTo(2);
    }

    @Test
    void theHelpIsInTheLanguageOfTheRun() {
        Run en = run("review", "--help", "--lang", "en");
        Run zh = run("review", "--help", "--lang", "zh");

        assertThat(en.code()).isZero();
        assertThat(en.out()).contains("--parquet=DIR").contains("the folder tree, the table (.parquet, .csv), or a");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).contains("--parquet=DIR").contains("文件夹树，或表（.parquet、.csv）");
    }

    @Test
    void zeroPartitionsIsAUsageErrorInChineseToo() {
        Run r = run("--lang", "zh", "review", Departments.BUNDLED.toString(), "--partitions", "0");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--partitions 至少为 1，而不是 0");
    }

    @Test
    void inChineseTheFindingsOfTheJobAreChineseAsReviewsAre() throws Exception {
        Path json = tmp.resolve("review-zh.json");

        Run r = run("--lang", "zh", "review", Departments.BUNDLED.toString(), "--master", "local[2]", "--format",
                "json", "-o", json.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("已写出 " + json);
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).contains("\"hint\" : \"建议");
    }

    @Test
    void benchMeasuresReviewAndTheJobOnTheSameTree() {
        Run r = run("bench", Departments.BUNDLED.toString(), "--master", "local[2]", "--warmup", "0", "--rounds", "2");

        assertThat(r.code()).as(r.err()).isZero();
        // the bundled five: the four published ones' 107 indicators + guangyang 2024's 29 = 136 (review's JSON says so)
        assertThat(r.out()).contains("5 departments, 136 indicators scored").contains("round 2: review ")
                .containsPattern("review wall best [0-9.]+ s · median [0-9.]+ s · worst [0-9.]+ s; [0-9,]+ indicators/s")
                .containsPattern("spark  wall best [0-9.]+ s");
        assertThat(run("bench", Departments.BUNDLED.toString(), "--rounds", "0").code()).isEqualTo(2);
    }

    @Test
    void theInputKindFollowsTheExtension() {
        assertThat(ReviewJobCommand.kindOf("s3a://b/departments.parquet/")).isEqualTo(SparkReview.InputKind.parquet);
        assertThat(ReviewJobCommand.kindOf("in/2024.CSV")).isEqualTo(SparkReview.InputKind.csv);
        assertThat(ReviewJobCommand.kindOf("hdfs://nn/budget/2024")).isEqualTo(SparkReview.InputKind.tree);
    }
}
