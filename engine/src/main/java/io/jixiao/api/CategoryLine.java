package io.jixiao.api;

import io.jixiao.scoring.CategoryScore;
import java.math.BigDecimal;

/**
 * A scoring group of a table: its points out of 100 and what its indicators scored (before 不适用 rescaling).
 *
 * @param category the group's name in the profile, e.g. {@code OUTPUT}; an indicator's {@link IndicatorLine#group()}
 * @param level1   the 一级指标 it groups, joined by + (产出指标, or 效益指标+满意度指标)
 * @param points   its points, unrounded
 * @param score    what its indicators scored, unrounded
 */
public record CategoryLine(String category, String level1, BigDecimal points, BigDecimal score) {

    static CategoryLine of(CategoryScore c) {
        return new CategoryLine(c.category(), c.level1(), c.points(), c.score());
    }
}
