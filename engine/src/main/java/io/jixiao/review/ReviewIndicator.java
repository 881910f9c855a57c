package io.jixiao.review;

import io.jixiao.model.Category;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Location;
import io.jixiao.value.Comparator;
import io.jixiao.value.Dimension;
import io.jixiao.value.Value;
import java.math.BigDecimal;
import java.util.Set;

/**
 * One indicator as the review rules see it: what is written, and what the value grammar and the
 * profile's review section make of it. Immutable; rules derive {@link ReviewFinding}s from it.
 *
 * @param id              tableId + "/" + key
 * @param label           三级指标, else 绩效指标描述, else the key: what a person reads
 * @param level1Category  the category of the 一级指标 alone (效益 for a 满意度 row under 效益指标)
 * @param category        the scoring category (SATISFACTION for that row)
 * @param level2Word      the word of the review section's level2 list for level1Category that the 二级指标
 *                        contains ("数量" for "数量指标"); "" when none does
 * @param amount          the number of a NUMBER target, the low end of a RANGE, in the target's unit; else null
 * @param high            the number of a NUMBER target, the high end of a RANGE; else null
 * @param unit            the unit as written ("" for none)
 * @param dimension       what the unit measures (PLAIN for none); null unless NUMBER or RANGE
 * @param costIndicator   the 二级指标 names a cost (成本指标)
 * @param costAmount      a 成本指标's amount in 万元 (a number without unit counts as 元: ≤68万 is 68万元); else null
 * @param points          the 分值 given, or null
 * @param location        where the row starts
 * @param gradingScale    a TEXT, GRADE or COMPLETED target that is a grading scale (优.良.中.差: {@code Wording.gradingScale});
 *                        false for any other
 * @param vagueWord       the first of the profile's vague words in a TEXT target that states no number
 *                        ({@code Wording.vagueWord}); else null
 * @param namedAmount     a NUMBER target's amount with its unit as the name writes it when it differs from the target
 *                        (12期 in 编写《石峰舆情》12期 with ≥1期: {@code Wording.namedAmount}); else null
 * @param malformation    what the value grammar noted reading a NUMBER or RANGE target (a leading zero:
 *                        {@code Wording.malformation}); else null
 * @param costAboveBudget a 成本指标 whose costAmount is above its table's budget by more than the profile's
 *                        moneyTolerance ({@code Money.above})
 * @param firstCost       the row of its table's first costAmount (no row with a costAmount on a line before it)
 * @param repeatOf        when a row of the same table with the same label starts on a line before this one, the first
 *                        such line; else null
 * @param differingOverall for a project's row, the ids of the 部门整体 rows with the same label whose targets differ
 *                        from its target ({@code Consistency.differ}); else empty
 */
public record ReviewIndicator(String id, String tableId, String table, TableKind tableKind, String key, String label,
                              String level1, String level2, Category level1Category, Category category,
                              String level2Word, String targetText, Value target, ValueKind valueKind,
                              Comparator comparator, BigDecimal amount, BigDecimal high, String unit,
                              Dimension dimension, boolean costIndicator, BigDecimal costAmount, BigDecimal points,
                              Location location, boolean gradingScale, String vagueWord, String namedAmount,
                              String malformation, boolean costAboveBudget, boolean firstCost, Integer repeatOf,
                              Set<String> differingOverall) {

    public ReviewIndicator {
        differingOverall = Set.copyOf(differingOverall);
    }
}
