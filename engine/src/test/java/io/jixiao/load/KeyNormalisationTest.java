package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indicator keys and actual keys are compared after NFKC and collapsed whitespace on both sides. */
class KeyNormalisationTest {

    @Test
    void fullWidthBracketsAndSpacesMatchTheirAsciiSpelling(@TempDir Path dir) throws IOException {
        Path targets = Files.writeString(dir.resolve("targets.yaml"), """
                department: 测试网信办
                year: 2023
                projects:
                  - name: 监测项目
                    indicators:
                      - level1: 产出指标
                        level2: 数量指标
                        name: 设备数量（个/套）
                        target: ≥5个
                      - level1: 产出指标
                        level2: 质量指标
                        name: 系统  可用率
                        target: ≥99%
                """);
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), """
                department: 测试网信办
                year: 2023
                projects:
                  - name: 监测项目
                    actuals:
                      设备数量(个/套): 6个
                      系统　可用率: 99.5%
                """);
        DepartmentTargets t = TargetsLoader.load(targets).orThrow();
        DepartmentActuals a = ActualsLoader.load(actuals).orThrow();
        // without normalisation: KPI-0121 twice (unknown keys) and KPI-0120 twice (missing actuals)
        assertThat(Pairing.check(t, a, false)).extracting(Finding::code).isEmpty();
        // scoring and review look actuals up by the indicator's key as the targets write it
        assertThat(Pairing.align(t, a).projects().get(0).actuals().keySet())
                .containsExactlyElementsOf(t.projects().get(0).indicators().stream().map(i -> i.key()).toList());
        io.jixiao.scoring.DepartmentScore score = new io.jixiao.scoring.Scorer(io.jixiao.rules.RuleBook.packaged(),
                io.jixiao.profile.ProfileLoader.load("national", null)).score(t, a, false);
        assertThat(score.hasErrors()).as(score.toString()).isFalse();
    }
}
