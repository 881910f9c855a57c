package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.indicator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "missing-actual" (rules/scoring/qualitative.drl): with --allow-missing an indicator without an actual
 * scores 0 with the warning KPI-0306; without it, the missing actual is the error KPI-0120.
 */
class MissingActualRuleTest {

    @ParameterizedTest(name = "B {0} without an actual → table {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # B's target | A's actual | table score
            # A (50 of 100) met, B missing → 50 + 0 = 50
            ≥95%         | 100个      | 50
            # A at 80个: 50 × 0.8 = 40; B missing → 40
            ≥95%         | 80个       | 40
            # A zero → 0
            有效改善     | 0个        | 0
            # A N/A: table = 0 × 100 / (100 − 50) = 0
            ≥2万条       | 不适用     | 0
            """)
    void allowMissingScoresZeroWithAFinding(String target, String a, String table) {
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual(a)
                .output("质量指标", "B", target)
                .scoreAllowingMissing();
        assertLine(indicator(d, "B"), "missing-actual", Status.MISSED, "0", "缺少实际完成值，按0分计 → 50.00×0=0.00");
        assertNumber(d.projects().get(0).score(), table);
        assertThat(codes(d)).containsExactly("KPI-0306");
        assertThat(findings(d).get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(findings(d).get(0).message()).contains("'B'");
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void withoutAllowMissingItIsAnErrorNamingTheKeysPresent() {
        TestDepartment t = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual("100个")
                .output("质量指标", "B", "≥95%");
        assertThatThrownBy(t::score).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0120");
            assertThat(e.first().message()).contains("'B'", "'P'");
            assertThat(e.first().hint()).startsWith("Maybe").contains("A", "--allow-missing");
        });
    }

    @Test
    void aWholeTableWithoutActualsScoresZeroWithAllowMissing() {
        // the table has no 'actuals' entries: every indicator scores 0; budget unknown → the table is 0
        DepartmentScore d = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个")
                .scoreAllowingMissing();
        assertLine(indicator(d, "A"), "missing-actual", Status.MISSED, "0");
        assertNumber(d.score(), "0");
    }
}
