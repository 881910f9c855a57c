package io.jixiao.scoring;

import java.math.BigDecimal;

/** A scoring group's points out of 100 and what its indicators scored (unscaled by N/A). */
public record CategoryScore(String category, String level1, BigDecimal points, BigDecimal score) {
}
