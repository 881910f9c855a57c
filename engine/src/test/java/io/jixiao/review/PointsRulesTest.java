package io.jixiao.review;

import static io.jixiao.review.Fixtures.TARGETS;
import static io.jixiao.review.Fixtures.of;
import static io.jixiao.review.Fixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * rules/review/points.drl: 分值 given on some rows against the points the indicators share. When every row has a
 * 分值, they are the table's weights (docs/scoring.md#given-points): sharing the points says whether they depart from
 * the profile or do not total 100 (KPI-0319), in the review of the targets alone as in scoring.
 */
class PointsRulesTest {

    /** TARGETS with the project's rows given these 分值, in row order (null: none given). */
    static String points(Integer... points) {
        String[] names = {"监测信息数量", "监测覆盖率", "响应时间", "项目成本", "负面舆情处置率", "群众满意度"};
        String text = TARGETS;
        int from = text.indexOf("- name: 监测项目");
        for (int k = 0; k < names.length; k++) {
            if (points[k] == null) {
                continue;
            }
            int at = text.indexOf("name: " + names[k] + "\n", from);
            int end = text.indexOf('\n', text.indexOf("target:", at));
            text = text.substring(0, end) + "\n        points: " + points[k] + text.substring(end);
        }
        return text;
    }

    @Test
    void pointsDoNotAddUp() {
        // every row given: the project has a budget, so with 预算执行率 10 they make 20 + 10 + 10 + 10 + 30 + 5 + 10 =
        // 95, not 100 — said once, by sharing the points (KPI-0319.total), not by this rule
        String all = points(20, 10, 10, 10, 30, 5);
        assertThat(of(review(all), "points-do-not-add-up")).isEmpty();
        assertThat(Fixtures.REVIEWER.review(Fixtures.targets(all))).filteredOn(f -> f.code().equals("KPI-0319"))
                .extracting(io.jixiao.problem.Finding::message)
                .contains("table '监测项目': the 分值 and 预算执行率 (10) add up to 95, not 100; the table's score is"
                        + " rescaled ×100/95");
        // given on some rows: 50 + 30 + 10 = 90 leaves nothing for the other three
        assertThat(of(review(points(null, null, null, 50, 30, 10)), "points-do-not-add-up")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("add up to 90, leaving nothing of 90 for the 3"));
        // 20 + 10 + 10 + 10 + 30 + 10 = 90; and 50 + 30 on two rows leaves 10 for four
        assertThat(of(review(points(20, 10, 10, 10, 30, 10)), "points-do-not-add-up")).isEmpty();
        assertThat(of(review(points(null, null, null, 50, 30, null)), "points-do-not-add-up")).isEmpty();
        assertThat(of(review(TARGETS), "points-do-not-add-up")).isEmpty();
    }
}
