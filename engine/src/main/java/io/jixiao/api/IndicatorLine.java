package io.jixiao.api;

import io.jixiao.scoring.IndicatorScore;
import java.math.BigDecimal;

/**
 * One scored indicator, as reports show it: unrounded numbers, the rule that scored it and why.
 *
 * @param key         the indicator's key in actuals: its id, else its 三级指标, else its description
 * @param name        its name as a person reads it
 * @param level1      一级指标 as written (产出指标, 部门产出 …)
 * @param level2      二级指标
 * @param group       the profile's scoring group whose points it shares (as {@link CategoryLine#category()})
 * @param target      指标值 as written
 * @param actual      实际完成值 as written; null when there is none (scored 0 with {@code allowMissing})
 * @param points      its points in its table (分值), unrounded
 * @param score       what it scored, unrounded
 * @param status      {@code met} (target met), {@code partial} (scored more than 0, less than its points),
 *                    {@code missed} (scored 0) or {@code na} (不适用: its points left the table)
 * @param rule        the rule that scored it, e.g. {@code deduction-step} (see docs/scoring.md)
 * @param explanation the arithmetic in words, e.g. 实际19000条 &lt; 目标20000条，相差1000条；…
 */
public record IndicatorLine(String key, String name, String level1, String level2, String group, String target,
                            String actual, BigDecimal points, BigDecimal score, String status, String rule,
                            String explanation) {

    static IndicatorLine of(IndicatorScore i) {
        return new IndicatorLine(i.key(), i.name(), i.level1(), i.level2(), i.group(), i.target(), i.actual(),
                i.points(), i.score(), i.status().label(), i.rule(), i.explanation());
    }

    /**
     * Whether the target was met.
     *
     * @return true when {@link #status()} is {@code met}
     */
    public boolean met() {
        return "met".equals(status);
    }

    /**
     * Whether the indicator was 不适用.
     *
     * @return true when {@link #status()} is {@code na}
     */
    public boolean notApplicable() {
        return "na".equals(status);
    }
}
