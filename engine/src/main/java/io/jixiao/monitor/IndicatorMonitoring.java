package io.jixiao.monitor;

import io.jixiao.model.Likelihood;
import io.jixiao.problem.Finding;
import io.jixiao.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One indicator's line of a monitoring: what the department reported, the fraction f of the year-end method on it,
 * its light and why, 完成目标可能性 and the projected year-end line.
 *
 * @param current     当前完成值 as written, null when not given
 * @param forecast    全年预计完成值 as written, null when not given
 * @param fraction    f ∈ [0, 1], null when nothing was scored (no value, 不适用)
 * @param why         the value scored, the method and its arithmetic, f and the light it gives ({@link #explanation()})
 * @param likelihood  完成目标可能性, as written or (when {@code likelihoodDerived}) following the light
 * @param projected   the indicator's line of the projected year-end score
 */
public record IndicatorMonitoring(String key, String name, String level1, String level2, String target,
                                  String current, String forecast, Basis basis, BigDecimal fraction, Light light,
                                  Words why, Likelihood likelihood, boolean likelihoodDerived, String reason,
                                  String measures, IndicatorScore projected, List<Finding> findings) {

    public IndicatorMonitoring {
        findings = List.copyOf(findings);
    }

    /** {@link #why} in the language of the run: put into words here, for an output that shows it. */
    public String explanation() {
        return why.text();
    }
}
