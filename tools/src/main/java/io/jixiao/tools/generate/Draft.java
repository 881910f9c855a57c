package io.jixiao.tools.generate;

import java.math.BigDecimal;
import java.util.List;

/** A synthetic department before it is written out: its tables, rows and outcomes as text. */
record Draft(int index, String department, String code, int year, BigDecimal budget, BigDecimal projectBudget,
             Table overall, List<Table> projects) {

    /** One table: {@code name} null for the 部门整体 table. */
    record Table(String name, String code, BigDecimal budget, BigDecimal spent, List<Row> rows) {
    }

    /**
     * One indicator row and its outcome. {@code claim} says how the department's 自评得分 for it will
     * relate to the recomputed score (it is filled in after scoring). {@code shortOf}: for a row that a
     * benchmark flips ({@link Generator#flippable}), the actual that falls short of the same target; else null.
     */
    record Row(String level1, String level2, String name, String description, String target, String deduction,
               BigDecimal points, String basis, String actual, Claim claim, String shortOf) {

        Row withActual(String text) {
            return new Row(level1, level2, name, description, target, deduction, points, basis, text, claim, shortOf);
        }
    }

    enum Claim {
        /** the recomputed score, rounded to 2 places */
        HONEST,
        /** full points whatever the outcome */
        OVER,
        /** 90% of the recomputed score */
        UNDER,
        /** no 自评得分 for this row */
        NONE
    }
}
