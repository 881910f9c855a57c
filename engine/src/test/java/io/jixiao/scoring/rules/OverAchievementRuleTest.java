package io.jixiao.scoring.rules;

import static io.jixiao.scoring.TestDepartment.assertLine;
import static io.jixiao.scoring.TestDepartment.codes;
import static io.jixiao.scoring.TestDepartment.findings;
import static io.jixiao.scoring.TestDepartment.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TestDepartment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rule "over-achievement" (rules/scoring/over-achievement.drl, docs/scoring.md#over-achievement): an actual beyond its
 * target by more than the profile's overAchievementFlag (national: 30%) raises the warning KPI-0308 指标值可能设定偏低; the
 * score never changes. Beyond = (actual − target)/target for ≥, (target − actual)/target for ≤; never for =.
 */
class OverAchievementRuleTest {

    @ParameterizedTest(name = "{0} with actual {2} → beyond {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # target   | deduction                    | actual   | score | beyond | flagged
            # at target: 0% beyond
            ≥100个     |                              | 100个    | 100   |        | false
            # 30/100 = 30%: not more than the flag
            ≥100个     |                              | 130个    | 100   |        | false
            # 31/100 = 31% > 30%: flagged, still 100
            ≥100个     |                              | 131个    | 100   | 31     | true
            # 1100% beyond (the seed's 12期 against ≥1期)
            ≥1期       |                              | 12期     | 100   | 1100   | true
            # short of the target: never flagged (80/100 → 80)
            ≥100个     |                              | 80个     | 80    |        | false
            # ≤: 9/30 = 30% under: not flagged; 10/30 = 33.33% under: flagged
            ≤30分钟    |                              | 21分钟   | 100   |        | false
            ≤30分钟    |                              | 20分钟   | 100   | 33.3333 | true
            # zero on ≤: 100% under
            ≤30分钟    |                              | 0分钟    | 100   | 100    | true
            # strict <: the seed's 3% against <5% is 40% under
            <5%        |                              | 3%       | 100   | 40     | true
            # no comparator (≥): 2次 against 1次 is 100% beyond
            1次        |                              | 2次      | 100   | 100    | true
            # a deduction rule: still only a finding, full points
            ≥2万条     | 每减少10条，扣减数量分值的1% | 3万条    | 100   | 50     | true
            ≥20万元    | 达标得满分，不达标不得分     | 30万元   | 100   | 50     | true
            # =: never flagged (48 against =24 scores 1 − 24/24 = 0)
            =24小时    |                              | 48小时   | 0     |        | false
            # target 0: never flagged
            ≥0个       |                              | 5个      | 100   |        | false
            # N/A (a lone N/A indicator: status na)
            ≥100个     |                              | 不适用   | 0     |        | false
            """)
    void flagsButNeverChangesTheScore(String target, String deduction, String actual, String score, String beyond,
                                      boolean flagged) {
        DepartmentScore d = TestDepartment.single("数量指标", target, deduction, actual).score();
        TestDepartment.assertNumber(only(d).score(), score);
        if (!flagged) {
            assertThat(codes(d)).doesNotContain("KPI-0308");
            return;
        }
        assertThat(codes(d)).contains("KPI-0308");
        Finding f = findings(d).stream().filter(x -> x.code().equals("KPI-0308")).findFirst().orElseThrow();
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        // a ≥ target far exceeded is set too low (偏低); a ≤ target far undercut has its ceiling set too high (偏高)
        String verdict = target.startsWith("≤") || target.startsWith("<") ? "指标值可能设定偏高" : "指标值可能设定偏低";
        assertThat(f.message()).contains("'" + actual + "'", "'" + target + "'", beyond + "% beyond", "flag at 30%",
                verdict);
        assertThat(d.hasErrors()).isFalse();
    }

    @Test
    void theScoreIsTheSameWithAndWithoutTheFlag(@TempDir Path dir) throws IOException {
        // 131个 against ≥100个 is 31% beyond: flagged by national (30), not by a profile flagging at 50
        Path lax = profileWithFlag(dir, "50");
        TestDepartment t = TestDepartment.single("数量指标", "≥100个", null, "131个");
        DepartmentScore national = t.score();
        DepartmentScore custom = t.score(lax);
        assertThat(codes(national)).containsExactly("KPI-0308");
        assertThat(codes(custom)).isEmpty();
        assertLine(only(national), "at-least", Status.MET, "100");
        assertLine(only(custom), "at-least", Status.MET, "100");
        assertThat(only(national).explanation()).isEqualTo(only(custom).explanation());
    }

    @ParameterizedTest(name = "flag {0}%: 131 of ≥100 flagged = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 31% beyond
            10  | true
            30  | true
            31  | false
            50  | false
            """)
    void onlyBeyondTheProfilesFlag(String flag, boolean flagged, @TempDir Path dir) throws IOException {
        DepartmentScore d = TestDepartment.single("数量指标", "≥100个", null, "131个").score(profileWithFlag(dir, flag));
        assertThat(codes(d).contains("KPI-0308")).isEqualTo(flagged);
        TestDepartment.assertNumber(only(d).score(), "100");
    }

    /** The national profile with another overAchievementFlag. */
    static Path profileWithFlag(Path dir, String flag) throws IOException {
        String national;
        try (var in = OverAchievementRuleTest.class.getResourceAsStream("/rules/profiles/national.yaml")) {
            national = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = national.replaceFirst("(?m)^overAchievementFlag: *30", "overAchievementFlag: " + flag);
        assertThat(changed).contains("overAchievementFlag: " + flag);
        Path p = dir.resolve("flag-" + flag + ".yaml");
        Files.writeString(p, changed.replaceFirst("(?m)^name: national", "name: flag" + flag), StandardCharsets.UTF_8);
        return p;
    }
}
