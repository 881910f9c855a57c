package io.jixiao.model;

import io.jixiao.problem.Location;
import io.jixiao.value.Value;
import java.math.BigDecimal;

/**
 * One row of a performance-target table (三级指标). {@code key} is the id, else the name, else the
 * description: it is what actuals refer to. {@code points} is the given 分值 or null. {@code library} is the id of
 * the indicator's entry in the 指标库 ({@code library:} / 指标库编码), or null.
 */
public record Indicator(String key, String level1, String level2, String name, String description,
                        String targetText, Value target, Category category, Deduction deduction,
                        BigDecimal points, String basis, Location location, String library) {

    /** Without a 指标库 id. */
    public Indicator(String key, String level1, String level2, String name, String description, String targetText,
                     Value target, Category category, Deduction deduction, BigDecimal points, String basis,
                     Location location) {
        this(key, level1, level2, name, description, targetText, target, category, deduction, points, basis, location,
                null);
    }

    /** The name a person reads: 三级指标, else the description, else the key. */
    public String label() {
        if (name != null && !name.isBlank()) {
            return name;
        }
        return description != null && !description.isBlank() ? description : key;
    }
}
