package io.jixiao.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code monitoring:} section of a scoring profile: the thresholds of mid-year monitoring (绩效运行监控,
 * docs/monitoring.md#settings). Inserted into the monitoring rule session as a fact, so that the rules
 * ({@code rules/monitoring/*.drl}) hold no number.
 *
 * @param paceGapYellow   points by which 预算执行率 may fall behind the 序时进度 and stay green (10): behind by more is
 *                        yellow
 * @param paceGapRed      behind by more than this is red (20)
 * @param indicatorRed    a forecast scoring less than this percent of its points is red (80); less than all of them
 *                        is yellow
 * @param floors          预算执行率 floors by month (sichuan: 4 → 25, 6 → 40, 8 → 60, 10 → 80): execution below the floor
 *                        of the latest floor month at or before the monitoring month is red; empty for none
 * @param goalSpendingGap goal progress and 预算执行率 apart by more than these points is a warning (sichuan: 10); null
 *                        for no such check
 */
public record MonitoringSettings(BigDecimal paceGapYellow, BigDecimal paceGapRed, BigDecimal indicatorRed,
                                 Map<Integer, BigDecimal> floors, BigDecimal goalSpendingGap) {

    public MonitoringSettings {
        paceGapYellow = strip(paceGapYellow);
        paceGapRed = strip(paceGapRed);
        indicatorRed = strip(indicatorRed);
        floors = floors == null ? null : Collections.unmodifiableMap(new TreeMap<>(floors));
        goalSpendingGap = strip(goalSpendingGap);
    }

    /** The floors as facts a rule can match ({@code from}), by month. */
    public List<ExecutionFloor> floorList() {
        List<ExecutionFloor> all = new ArrayList<>();
        if (floors != null) {
            floors.forEach((m, p) -> all.add(new ExecutionFloor(m, p)));
        }
        return all;
    }

    /** True when the goal-progress check applies (it needs the current values scored too). */
    public boolean checksGoalProgress() {
        return goalSpendingGap != null;
    }

    /** This section with the thresholds it lacks taken from {@code defaults}. */
    public MonitoringSettings orElse(MonitoringSettings defaults) {
        return new MonitoringSettings(paceGapYellow != null ? paceGapYellow : defaults.paceGapYellow,
                paceGapRed != null ? paceGapRed : defaults.paceGapRed,
                indicatorRed != null ? indicatorRed : defaults.indicatorRed,
                floors != null ? floors : defaults.floors,
                goalSpendingGap != null ? goalSpendingGap : defaults.goalSpendingGap);
    }

    /** True when the profile gives every threshold it must (floors may be empty, goalSpendingGap absent). */
    public boolean complete() {
        return paceGapYellow != null && paceGapRed != null && indicatorRed != null && floors != null;
    }

    /** What is wrong with these thresholds, or null: the gaps ordered, percents within 0–100, floor months 1–12. */
    public String problem() {
        if (paceGapYellow.signum() < 0 || paceGapRed.compareTo(paceGapYellow) < 0) {
            return "monitoring: paceGapYellow (" + paceGapYellow.toPlainString() + ") must be at least 0 and at most"
                    + " paceGapRed (" + paceGapRed.toPlainString() + ")";
        }
        if (!percent(indicatorRed)) {
            return "monitoring: indicatorRed " + indicatorRed.toPlainString() + " is not a percent from 0 to 100";
        }
        for (Map.Entry<Integer, BigDecimal> f : floors.entrySet()) {
            if (f.getKey() == null || f.getKey() < 1 || f.getKey() > 12 || f.getValue() == null || !percent(f.getValue())) {
                return "monitoring: floors must map months 1–12 to percents 0–100, not " + f.getKey() + ": "
                        + f.getValue();
            }
        }
        if (goalSpendingGap != null && goalSpendingGap.signum() < 0) {
            return "monitoring: goalSpendingGap must not be negative";
        }
        return null;
    }

    private static boolean percent(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(BigDecimal.valueOf(100)) <= 0;
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
