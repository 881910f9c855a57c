package io.jixiao.monitor;

import io.jixiao.model.Likelihood;
import io.jixiao.problem.Location;
import io.jixiao.profile.MonitoringSettings;
import io.jixiao.scoring.Explanation;
import java.math.BigDecimal;

/**
 * An indicator at a monitoring (docs/monitoring.md#indicator-light): which value the year-end scoring was applied to,
 * the fraction f it gave, and what the department wrote about it.
 *
 * @param basis       the value scored: the forecast (全年预计完成值), else the current value (当前完成值), else none
 * @param notApplicable the value scored is 不适用
 * @param fraction    f ∈ [0, 1] of the year-end method on that value; null for NONE and 不适用
 * @param percent     f in percent (f × 100), as the profile's thresholds are written; null with {@code fraction}
 * @param value       the value scored as written, null for NONE
 * @param rule        the scoring rule that gave f (at-least, deduction-step …), empty for NONE
 * @param method      its explanation: the arithmetic of the year-end method on the value (worded when shown)
 * @param likelihood  完成目标可能性 as written, null when not given
 * @param likelihoodLocation where it is written, else where it would be (the workbook's cell, the YAML line's key)
 * @param explanationLocation where the missing 偏差原因 or 纠偏措施 would be written
 * @param location    where the indicator's progress is written (the value scored), else its row in the targets
 * @param thresholds  the profile's {@code monitoring:} section, whose indicatorRed the light rules compare f with
 *                    (a field of the indicator, so that each light is decided on the indicator alone)
 */
public record MonitoredIndicator(String tableId, String table, String key, String label, Basis basis,
                                 boolean notApplicable, BigDecimal fraction, BigDecimal percent, String value,
                                 String rule, Explanation method, Likelihood likelihood, Location likelihoodLocation,
                                 boolean reasonGiven, boolean measuresGiven, Location explanationLocation,
                                 Location location, MonitoringSettings thresholds) {

    /** True when f was computed: a forecast or current value that is not 不适用. */
    public boolean scored() {
        return fraction != null;
    }
}
