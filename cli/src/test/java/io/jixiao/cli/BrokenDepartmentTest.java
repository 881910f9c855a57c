package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.pipeline.Rechecker;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.Fixtures;
import io.jixiao.rules.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A department that cannot be loaded or scored is reported with its coded error; the others are still reviewed. */
class BrokenDepartmentTest {

    @TempDir
    Path dir;

    private void brokenDepartments() throws Exception {
        Fixtures.copySeeds(dir);
        // an unknown 一级指标 (KPI-0105)
        Path bad = dir.resolve("broken/2023");
        Fixtures.copy(dir.resolve("guangyang/2023"), bad);
        String targets = Fixtures.read(bad.resolve("targets.yaml"));
        Fixtures.write(bad.resolve("targets.yaml"), targets.replaceFirst("level1: 部门产出", "level1: 部门产品"));
        // targets but no self-evaluation handed in (KPI-0325)
        Fixtures.copy(dir.resolve("kaiping/2025"), dir.resolve("late/2025"));
        Files.delete(dir.resolve("late/2025/actuals-example.yaml"));
        // two actuals files: which one counts? (KPI-0326)
        Fixtures.copy(dir.resolve("shifeng/2023"), dir.resolve("twice/2023"));
        Files.copy(dir.resolve("twice/2023/actuals-example.yaml"), dir.resolve("twice/2023/actuals.yaml"));
        // actuals of another department (KPI-0123), with YAML that is not valid in a third (KPI-0101)
        Fixtures.copy(dir.resolve("luancheng/2020"), dir.resolve("swapped/2020"));
        Files.copy(dir.resolve("kaiping/2025/actuals-example.yaml"), dir.resolve("swapped/2020/actuals-example.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Fixtures.write(dir.resolve("unreadable/targets.yaml"), "department: [unclosed\n");
        Fixtures.write(dir.resolve("unreadable/actuals.yaml"), "department: x\n");
    }

    @Test
    void everyOtherDepartmentIsStillScored() throws Exception {
        brokenDepartments();
        BureauReport r = new Rechecker(new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults()), 3).run(dir, n -> { });
        assertThat(r.ranking()).extracting(x -> x.review().folder())
                .containsExactly("kaiping/2025", "shifeng/2023", "guangyang/2023", "luancheng/2020");
        assertThat(r.failed()).extracting(DepartmentRecheck::folder, d -> d.errors().get(0).code(), DepartmentRecheck::crashed)
                .containsExactly(tuple("broken/2023", "KPI-0105", false), tuple("late/2025", "KPI-0325", false),
                        tuple("swapped/2020", "KPI-0123", false), tuple("twice/2023", "KPI-0326", false),
                        tuple("unreadable", "KPI-0103", false));
        // errors are listed by file, line, column: the actuals file's missing year before the targets' syntax error
        assertThat(r.failed().get(4).errors()).extracting(f -> f.code()).contains("KPI-0101");
        assertThat(r.failed().get(0).errors().get(0).location().line()).as("file:line of the bad 一级指标").isPositive();
        assertThat(r.failed().get(0).department()).isEqualTo("中共廊坊市广阳区委网络安全和信息化委员会办公室");
        assertThat(r.failed().get(3).errors().get(0).message()).contains("actuals-example.yaml", "actuals.yaml");
        assertThat(r.departments()).isEqualTo(9);
        assertThat(r.anyCrashed()).isFalse();
    }

    @Test
    void theCommandReportsThemAndExitsWithOne() throws Exception {
        brokenDepartments();
        Path out = dir.resolve("review.json");
        Run run = Run.of("review", dir.toString(), "--format", "json", "-o", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("5 department(s) could not be scored");
        String json = Fixtures.read(out);
        assertThat(json).contains("\"scored\" : 4", "\"failed\" : 5", "\"code\" : \"KPI-0325\"", "\"folder\" : \"late/2025\"");
    }

    @Test
    void aTableErrorFoundWhileScoringFailsItsDepartmentOnly() throws Exception {
        Fixtures.copySeeds(dir);
        // free text that is neither the target text nor a grade cannot be scored (KPI-0303, an error finding)
        Path actuals = dir.resolve("guangyang/2023/actuals-example.yaml");
        Fixtures.write(actuals, Fixtures.read(actuals).replaceFirst("改善广阳区网络环境: \"达成\"", "改善广阳区网络环境: \"还行\""));
        BureauReport r = new Rechecker(new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults()), 2).run(dir, n -> { });
        assertThat(r.failed()).extracting(DepartmentRecheck::folder, d -> d.errors().get(0).code())
                .containsExactly(tuple("guangyang/2023", "KPI-0303"));
        assertThat(r.ranking()).hasSize(3);
    }
}
