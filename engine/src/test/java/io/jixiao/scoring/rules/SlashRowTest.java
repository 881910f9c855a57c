package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertNumber;
import static io.jixiao.scoring.TestDepartment.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.LoadResult;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.TestDepartment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A row whose target is {@code /} (生态效益指标 | 指标1：/ | /, a row of the printed form left empty) is no indicator
 * (docs/scoring.md#slash-rows): skipped when the targets load, with the info KPI-0133; it gets no points and needs no
 * actual, and an actual written for it is ignored.
 *
 * <p>The table (national, no budget): OUTPUT A ≥100个; OUTCOME C 有效改善, and the 生态效益 row 指标1：/ with target
 * {@code /}. Without the row, OUTPUT 50 and OUTCOME 30 + 满意度's 10 = 40 share 90: A = 50 × 100/90 = 55.5556, C =
 * 40 × 100/90 = 44.4444.
 */
class SlashRowTest {

    @ParameterizedTest(name = "target ''{0}'', its actual ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            # target | actual of the / row (none: not written)
            /        |
            /        | /
            ／       |
            ／       | 不适用
            """)
    void aSlashRowIsNoIndicator(String slash, String actual) {
        TestDepartment dept = TestDepartment.create().project("P")
                .output("数量指标", "A", "≥100个").actual("100个")
                .outcome("社会效益指标", "C", "有效改善").actual("部分达成")
                .outcome("生态效益指标", "指标1：/", slash);
        if (actual != null) {
            dept.actual(actual);
        }
        LoadResult<DepartmentTargets> loaded = dept.loadTargets(false);
        assertThat(loaded.ok()).isTrue();
        assertThat(loaded.findings()).extracting(Finding::code).containsExactly("KPI-0133");
        Finding f = loaded.findings().get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).contains("指标1：/", "'/'", "skipped");
        assertThat(f.location().line()).isPositive();
        assertThat(loaded.value().projects().get(0).indicators()).extracting(i -> i.key()).containsExactly("A", "C");
        assertThat(loaded.value().projects().get(0).skipped()).containsExactly("指标1：/");

        DepartmentScore d = dept.score();
        assertThat(d.projects().get(0).indicators()).extracting(IndicatorScore::key).containsExactly("A", "C");
        // 50 and 40 rescaled ×100/90 as 2-place shares: 55.5556 and 44.4444 → 55.55 + 44.44 = 99.99, the cent to the
        // larger remainder (.0056): A 55.56, C 44.44. A met: 55.56; C 部分达成 70%: 44.44 × 0.7 = 31.108 → 31.11;
        // total 55.56 + 31.11 = 86.67 (no 不适用 rescaling: the row is gone)
        assertNumber(d.projects().get(0).score(), "86.67");
        assertNumber(d.projects().get(0).naPoints(), "0");
        assertThat(codes(d)).isEmpty();
    }
}
