package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.Input;
import io.jixiao.api.Jixiao;
import io.jixiao.api.Result;
import io.jixiao.value.Quantity;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Signs where a target can be signed, and keys with invisible characters (issue 13): a growth rate of −3% against
 * ≥−5% is written and scored; a key pasted with a zero-width space finds its indicator.
 */
class SignedAndInvisibleTest {

    private static final String TARGETS = """
            department: 测试部门
            year: 2023
            projects:
              - name: 项目A
                indicators:
                  - {level1: 产出指标, level2: 数量指标, name: 数量, target: "≥100条"}
                  - {level1: 效益指标, level2: 社会效益指标, name: 增长率, target: "≥-5%"}
            """;

    private static Result score(String actuals) {
        return Jixiao.evaluate(Input.text("targets.yaml", TARGETS), Input.text("actuals.yaml", """
                department: 测试部门
                year: 2023
                projects:
                  - name: 项目A
                    actuals: {%s}
                """.formatted(actuals)));
    }

    @Test
    void aSignIsReadInEveryWayItIsWritten() {
        for (String s : new String[] {"-3%", "−3%", "－3%", "- 3%"}) {
            assertThat(ValueParser.parse(s).value()).as(s).isEqualTo(new Quantity(io.jixiao.value.Comparator.NONE,
                    new BigDecimal("-3"), io.jixiao.value.Units.of("%").orElseThrow()));
        }
        assertThat(((Quantity) ValueParser.parse("≥-5%").value()).amount()).isEqualByComparingTo("-5");
        assertThat(((Quantity) ValueParser.parse("+5%").value()).amount()).isEqualByComparingTo("5");
    }

    @Test
    void aNegativeGrowthRateMeetsANegativeFloor() {
        Result r = score("数量: 100条, 增长率: -3%");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.indicator("项目A", "增长率").status()).isEqualTo("met");
    }

    @Test
    void aGrowthRateBelowANegativeFloorScoresNothingRatherThanAFraction() {
        // -8/-5 = 1.6 would be full marks for a miss: a target of 0 or below has no completion rate
        Result r = score("数量: 100条, 增长率: -8%");
        assertThat(r.ok()).isTrue();
        assertThat(r.indicator("项目A", "增长率").score()).isEqualByComparingTo("0");
        assertThat(r.indicator("项目A", "增长率").explanation()).contains("not met (a negative number: no ratio)");
    }

    @Test
    void aKeyWithAZeroWidthSpaceFindsItsIndicator() {
        Result r = score("\"数量\u200B\": 100条, 增长率: -3%");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.indicator("项目A", "数量").status()).isEqualTo("met");
        assertThat(ValueParser.normalize("数\u200B量\uFEFF")).isEqualTo("数量");
    }
}
