package io.jixiao.review;

import io.jixiao.problem.Location;
import java.math.BigDecimal;

/** A table's 全年执行数 against its budget (万元), in a self-evaluation. {@code budget} may be null. */
public record ReviewSpent(String tableId, String table, BigDecimal budget, BigDecimal spent, Location location) {
}
