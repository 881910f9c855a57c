package io.jixiao.review;

import static io.jixiao.review.Fixtures.ACTUALS;
import static io.jixiao.review.Fixtures.ACTUALS_FILE;
import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.editAfter;
import static io.jixiao.review.Fixtures.line;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * rules/review/self-evaluation.drl: 自评得分 above the 分值. (偏离度, spending above budget and 预算执行率 below the floor
 * are scoring's and the 复核's: {@link SelfEvaluationConcernsTest}.)
 */
class SelfEvaluationRulesTest {

    static String projectActuals(String from, String to) {
        return editAfter(ACTUALS, "- name: 监测项目", from, to);
    }

    @Test
    void selfScoreAbovePoints() {
        // 产出 50 shared by 4 indicators: 12.5 each; 15 is more
        String text = projectActuals("{监测信息数量: 12.5}", "{监测信息数量: 15}");
        assertThat(of(review(TARGETS, text), "self-score-above-points")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0422");
            assertThat(f.message()).isEqualTo("自评得分 15 of '监测信息数量' (监测项目) is more than its 分值 12.5");
            assertThat(f.location().file()).isEqualTo(ACTUALS_FILE);
            assertThat(f.location().line()).isEqualTo(line(text, null, "selfScores"));
        });
        assertThat(of(review(TARGETS, ACTUALS), "self-score-above-points")).isEmpty();
    }
}
