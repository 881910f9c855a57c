package io.jixiao.api;

import io.jixiao.monitor.IndicatorMonitoring;
import io.jixiao.problem.Finding;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator at a monitoring (绩效运行监控, docs/monitoring.md#indicator-light): what the department reported, the
 * fraction f the year-end method gives its forecast, its light and why, and 完成目标可能性.
 *
 * @param key               the indicator's key: its id, else its 三级指标, else its description
 * @param name              its name as a person reads it
 * @param target            指标值 as written
 * @param current           当前完成值 as written; null when not given
 * @param forecast          全年预计完成值 as written; null when not given
 * @param fraction          f ∈ [0, 1] of the year-end method on the forecast (else the current value), unrounded;
 *                          null when there is neither or it is 不适用
 * @param light             {@code green} (f = 1), {@code yellow} or {@code red} (below the profile's threshold)
 * @param likelihood        完成目标可能性: 确定能, 有可能 or 完全不可能
 * @param likelihoodDerived true when the department did not give it and it follows the light
 * @param reason            偏差原因; null when not given
 * @param measures          纠偏措施; null when not given
 * @param explanation       the value scored, the method and its arithmetic, f and the light it gives
 * @param findings          what the monitoring found about the indicator, in {@link Finding#ORDER}
 */
public record IndicatorProgress(String key, String name, String target, String current, String forecast,
                                BigDecimal fraction, String light, String likelihood, boolean likelihoodDerived,
                                String reason, String measures, String explanation, List<Finding> findings) {

    /**
     * An indicator line; {@code findings} is copied.
     *
     * @param key               the indicator's key
     * @param name              its name
     * @param target            指标值
     * @param current           当前完成值, or null
     * @param forecast          全年预计完成值, or null
     * @param fraction          f, or null
     * @param light             green, yellow or red
     * @param likelihood        完成目标可能性
     * @param likelihoodDerived whether it follows the light
     * @param reason            偏差原因, or null
     * @param measures          纠偏措施, or null
     * @param explanation       the arithmetic in words
     * @param findings          its findings
     */
    public IndicatorProgress {
        findings = List.copyOf(findings);
    }

    static IndicatorProgress of(IndicatorMonitoring i) {
        return new IndicatorProgress(i.key(), i.name(), i.target(), i.current(), i.forecast(), i.fraction(),
                i.light().label(), i.likelihood() == null ? null : i.likelihood().word(), i.likelihoodDerived(),
                i.reason(), i.measures(), i.explanation(), i.findings());
    }
}
