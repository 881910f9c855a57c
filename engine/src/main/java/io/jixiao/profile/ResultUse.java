package io.jixiao.profile;

import java.math.BigDecimal;

/**
 * One grade's entry of a profile's {@code resultUse:} section (结果应用, docs/review.md#result-use): what next year's
 * budget does with a department or project of that grade.
 *
 * @param suggestion what the bureau does (优先保障, 保障, 压减, 压减或取消)
 * @param reduction  the share of next year's budget cut, in percent (0 when nothing is cut)
 */
public record ResultUse(String suggestion, BigDecimal reduction) {

    public ResultUse {
        reduction = reduction == null ? BigDecimal.ZERO : reduction.stripTrailingZeros();
    }
}
