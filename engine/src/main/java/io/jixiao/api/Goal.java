package io.jixiao.api;

import io.jixiao.whatif.Aim;
import java.math.BigDecimal;

/**
 * A score to reach: a number out of 100, or a grade (优 means the profile's threshold for 优, 90 in
 * {@code national}), for the department or, with {@code table}, for one table. {@link WhatIf#goal} reads one as a
 * user writes it; {@link #score(double)} makes one from a number.
 *
 * @param score the threshold: reached when the score as displayed (HALF_UP, 2 places) is at least this, the
 *              same rule as the profile's grades
 * @param text  as the user wrote it ("90", "优")
 * @param table a table's name, or null for the department score
 */
public record Goal(BigDecimal score, String text, String table) {

    /**
     * A department score to reach.
     *
     * @param score out of 100
     * @return the goal
     */
    public static Goal score(double score) {
        return new Goal(BigDecimal.valueOf(score), BigDecimal.valueOf(score).stripTrailingZeros().toPlainString(),
                null);
    }

    /**
     * The same goal for one table's score instead of the department's.
     *
     * @param name the table's name ({@code 部门整体} or {@code overall} for the department-wide table)
     * @return the goal
     */
    public Goal forTable(String name) {
        return new Goal(score, text, name);
    }

    /**
     * Whether a score reaches this goal, by the profile's rule for grades.
     *
     * @param value a score, unrounded
     * @return true when {@code value} rounded HALF_UP to two places is at least {@link #score()}
     */
    public boolean reachedBy(BigDecimal value) {
        return aim().reachedBy(value);
    }

    /**
     * The score this goal is about in a result.
     *
     * @param r a scored result
     * @return the department's score, or the goal's table's, unrounded
     * @throws io.jixiao.problem.KpiException KPI-0351 for a table the result does not have, or when it was not
     *                                        scored
     */
    public BigDecimal measure(Result r) {
        return table == null ? r.score() : r.table(table).score();
    }

    /**
     * The goal in words, in the language in use ({@link io.jixiao.problem.Language#current()}).
     *
     * @return "部门得分 ≥ 90 (优)" or "「X」得分 ≥ 90"; in English "department score ≥ 90 (优)" or
     *         "score of 'X' ≥ 90"
     */
    public String describe() {
        String n = score.stripTrailingZeros().toPlainString();
        String grade = n.equals(text) ? "" : ApiTexts.text("goal.grade", "grade", text);
        return table == null ? ApiTexts.text("goal.department", "score", n, "grade", grade)
                : ApiTexts.text("goal.table", "table", table, "score", n, "grade", grade);
    }

    Aim aim() {
        return new Aim(score, text, table);
    }

    static Goal of(Aim a) {
        return new Goal(a.score(), a.text(), a.table());
    }
}
