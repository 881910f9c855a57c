package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.Input;
import io.jixiao.api.Jixiao;
import io.jixiao.api.Result;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Language;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plausibility of amounts (KPI-0139, docs/formats.md#plausibility): an actual 100 times its target or more, or a
 * hundredth of it or less, is a warning whose hint names the likely slip — each slip its own variant, its whole hint
 * from the bundle (never cut like quoted input), in English and in Chinese.
 */
class PlausibilityTest {

    private static final String TARGETS = """
            department: 测试部门
            year: 2023
            projects:
              - name: 项目A
                budget: 20
                indicators:
                  - {level1: 产出指标, level2: 数量指标, name: 数量, target: "≥100条"}
                  - {level1: 产出指标, level2: 质量指标, name: 覆盖率, target: "≥95%"}
                  - {level1: 产出指标, level2: 成本指标, name: 费用, target: "≤20万元"}
            """;

    private static List<Finding> plausibility(String actuals) {
        Result r = Jixiao.evaluate(Input.text("targets.yaml", TARGETS), Input.text("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    actuals: {%s}
                """.formatted(actuals)));
        return r.findings().stream().filter(f -> f.code().equals("KPI-0139")).toList();
    }

    @AfterEach
    void english() {
        Language.use(Language.EN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # actuals                                       | times   | the hint names
            数量: 100条, 覆盖率: 96%, 费用: 196000           | 9800×   | typed in 元 while the target is in 万元
            数量: 100条, 覆盖率: 9600%, 费用: 18万元         | 101×    | written ×100 (9600 for 96%)
            数量: 100条, 覆盖率: 0.5%, 费用: 18万元          | 1/190   | a fraction was written for a percent
            数量: 1000000, 覆盖率: 96%, 费用: 18万元         | 10000×  | read in the target's unit, 条
            数量: 100条, 覆盖率: 96%, 费用: 196000万元       | 9800×   | another unit than the target's
            """)
    void eachSlipHasItsOwnWholeHint(String actuals, String times, String hint) {
        // 196000 / 20 = 9800; 9600 / 95 = 101.05 → 101; 95 / 0.5 = 190; 1000000 / 100 = 10000
        assertThat(plausibility(actuals)).singleElement().satisfies(f -> {
            assertThat(f.message()).contains(times + " the size of its target");
            assertThat(f.hint()).startsWith("Maybe").contains(hint).endsWith("write its unit with it to be sure")
                    .doesNotContain("…");
        });
    }

    @Test
    void amountsInsideAHundredfoldAreNotFlagged() {
        // 1999 / 20 = 99.95: just inside; 95 / 0.96 = 98.96: just inside
        assertThat(plausibility("数量: 100条, 覆盖率: 0.96%, 费用: 1999")).isEmpty();
    }

    @Test
    void theHintIsInChineseToo() {
        Language.use(Language.ZH);
        assertThat(plausibility("数量: 100条, 覆盖率: 96%, 费用: 196000")).singleElement().satisfies(f -> {
            assertThat(f.message()).contains("约为其目标 '≤20万元' 的 9800×");
            assertThat(f.hint()).startsWith("建议").contains("196000元 即 19.6万元");
        });
    }
}
