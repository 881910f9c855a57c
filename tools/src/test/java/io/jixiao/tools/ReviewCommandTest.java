package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.tools.Fixtures.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao review and jixiao generate on the command line: output and exit codes (0 ok, 1 bad input, 2 usage). */
class ReviewCommandTest {

    @TempDir
    Path dir;

    @Test
    void reviewOfTheSeedsExitsZeroAndPrintsTheRanking() {
        Fixtures.copySeeds(dir);
        Run run = Fixtures.cli("review", dir.toString());
        assertThat(run.code()).isZero();
        // the tests run in English (the words of the table are the report's labels, in the language of the run)
        assertThat(run.out()).contains("■ ranking", "96.70", "kaiping/2025", "■ grades", "■ category averages",
                "■ findings (16)", "KPI-0320", "■ not scored (0)");
        assertThat(run.err()).as("no progress bar when stderr is not a terminal").isEmpty();
    }

    @Test
    void everyFormatWritesAFileAtomicallyAndRefusesToOverwrite() {
        Fixtures.copySeeds(dir.resolve("in"));
        for (String format : new String[] {"table", "json", "csv", "html"}) {
            Path out = dir.resolve("review." + format);
            Run run = Fixtures.cli("review", dir.resolve("in").toString(), "--format", format, "-o", out.toString());
            assertThat(run.code()).as(format).isZero();
            assertThat(run.err()).contains("wrote " + out, "4 departments scored, 0 failed, 16 复核 findings");
            Run again = Fixtures.cli("review", dir.resolve("in").toString(), "--format", format, "-o", out.toString());
            assertThat(again.code()).as(format + " without --force").isEqualTo(1);
            assertThat(again.err()).contains("KPI-0140");
            assertThat(Fixtures.cli("review", dir.resolve("in").toString(), "--format", format, "-o", out.toString(),
                    "--force").code()).isZero();
        }
        assertThat(Fixtures.read(dir.resolve("review.csv"))).startsWith("\uFEFFrank,folder,department,year,score,grade")
                .contains("1,kaiping/2025,中共唐山市开平区委网络安全和信息化委员会办公室,2025,96.70,优,budget-weighted,3,27,3,2,0,0,0,1,0,scored,");
        assertThat(Fixtures.read(dir.resolve("review.html"))).startsWith("<!DOCTYPE html>")
                .contains(">中共石家庄市栾城区委网络安全和信息化委员会办公室</a></td>")
                // self-contained: the only script is the ranking's inline sort, nothing is fetched when it is viewed
                .doesNotContain("<script src", "src=\"http", "href=\"http", "@import");
        assertThat(Fixtures.read(dir.resolve("review.json"))).contains("\"selfScore\" : 7", "\"overAchievement\" : 4");
    }

    @Test
    void aProfileOverrideAppliesToEveryDepartment() {
        Fixtures.copySeeds(dir);
        Run run = Fixtures.cli("review", dir.toString(), "--profile", "hubei", "--format", "json");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"profile\" : \"hubei\"", "\"category\" : \"OUTCOME+SATISFACTION\"")
                .doesNotContain("\"profile\" : \"national\"");
    }

    @Test
    void badInputExitsOne() {
        Run notAFolder = Fixtures.cli("review", dir.resolve("nothing-here").toString());
        assertThat(notAFolder.code()).isEqualTo(1);
        assertThat(notAFolder.err()).contains("KPI-0324");
        Run empty = Fixtures.cli("review", dir.toString());
        assertThat(empty.code()).isEqualTo(1);
        assertThat(empty.err()).contains("KPI-0323").contains("Maybe");
        Fixtures.copySeeds(dir);
        Run profile = Fixtures.cli("review", dir.toString(), "--profile", "atlantis");
        assertThat(profile.code()).isEqualTo(1);
        assertThat(profile.err()).contains("KPI-0130");
        assertThat(profile.out()).isEmpty();
    }

    @Test
    void usageErrorsExitTwo() {
        Fixtures.copySeeds(dir);
        assertThat(Fixtures.cli("review", dir.toString(), "--threads", "0").code()).isEqualTo(2);
        assertThat(Fixtures.cli("review", dir.toString(), "--format", "pdf").code()).isEqualTo(2);
        assertThat(Fixtures.cli("review").code()).isEqualTo(2);
        assertThat(Fixtures.cli("generate", "--departments", "3", "--indicators", "1", "-o", dir.resolve("g").toString())
                .code()).isEqualTo(2);
        assertThat(Fixtures.cli("generate", "--departments", "0", "--indicators", "10", "-o", dir.resolve("g").toString())
                .code()).isEqualTo(2);
        assertThat(Fixtures.cli("generate", "--departments", "3", "-o", dir.resolve("g").toString()).code()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("g"))).isFalse();
    }

    @Test
    void generateRefusesAFolderThatIsNotEmptyWithoutForce() {
        Path out = dir.resolve("g");
        Run first = Fixtures.cli("generate", "--departments", "3", "--indicators", "12", "-o", out.toString());
        assertThat(first.code()).isZero();
        assertThat(first.err()).contains("wrote 3 departments × 12 indicators");
        Run again = Fixtures.cli("generate", "--departments", "3", "--indicators", "12", "-o", out.toString());
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("KPI-0328");
        assertThat(Fixtures.cli("generate", "--departments", "3", "--indicators", "12", "-o", out.toString(), "--force")
                .code()).isZero();
        Run review = Fixtures.cli("review", out.toString(), "--format", "csv");
        assertThat(review.code()).isZero();
        assertThat(review.out().lines()).hasSize(4);
    }
}
