package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The label of a scored line (issue 14: "未达成 is shown as 未达成"): a 达成/部分达成/未达成 actual is its own grade
 * whatever it scores; everything else goes by its status. Through the real rules, profile national.
 */
class AchievementTest {

    @ParameterizedTest(name = "{0} on {1} → {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # actual        | target  | status  | achievement
            # 未达成 scores its default 30%: status partial, but it is 未达成
            未达成          | 有效改善 | PARTIAL | NOT_ACHIEVED
            未达成 10%      | 有效改善 | PARTIAL | NOT_ACHIEVED
            部分达成        | 有效改善 | PARTIAL | PARTLY_ACHIEVED
            部分达成 75%    | 有效改善 | PARTIAL | PARTLY_ACHIEVED
            达成            | 有效改善 | MET     | ACHIEVED
            # 优/良/中/差 are ratings, not achievements: by status
            优              | 有效改善 | MET     | ACHIEVED
            良              | 有效改善 | PARTIAL | PARTLY_ACHIEVED
            差              | 有效改善 | MISSED  | NOT_ACHIEVED
            # measured actuals: by status
            95个            | ≥100个  | PARTIAL | PARTLY_ACHIEVED
            0个             | ≥100个  | MISSED  | NOT_ACHIEVED
            100个           | ≥100个  | MET     | ACHIEVED
            完成            | ≥100个  | MET     | ACHIEVED
            不适用          | ≥100个  | NA      | NOT_APPLICABLE
            """)
    void labelsTheLine(String actual, String target, Status status, Achievement achievement) {
        IndicatorScore line = TestDepartment.only(TestDepartment.single("数量指标", target, null, actual).score());
        assertThat(line.status()).isEqualTo(status);
        assertThat(line.achievement()).isEqualTo(achievement);
    }

    @ParameterizedTest(name = "pass/fail on {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # 达标得满分，不达标不得分: 部分达成 (70% < 80%) scores 0, status missed, and stays 部分达成
            部分达成 | MISSED | PARTLY_ACHIEVED
            未达成   | MISSED | NOT_ACHIEVED
            达成     | MET    | ACHIEVED
            """)
    void aGradeKeepsItsWordWhateverItScores(String actual, Status status, Achievement achievement) {
        IndicatorScore line = TestDepartment.only(
                TestDepartment.single("数量指标", "有效改善", "达标得满分，不达标不得分", actual).score());
        assertThat(line.status()).isEqualTo(status);
        assertThat(line.achievement()).isEqualTo(achievement);
    }
}
