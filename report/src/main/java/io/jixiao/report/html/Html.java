package io.jixiao.report.html;

import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.Map;

/** The few fixed colours and numbers the page and its charts share (escaping is {@link io.jixiao.report.HtmlText}). */
final class Html {

    /** Grade colours: 优 green, 良 blue, 中 amber, 差 red; anything else grey. */
    private static final Map<String, String> GRADE_COLOURS = Map.of("优", "#1b7f3b", "良", "#1f6fb2", "中", "#c77c02",
            "差", "#c0392b");

    private Html() {
    }

    static String gradeColour(String grade) {
        return GRADE_COLOURS.getOrDefault(grade, "#6b7280");
    }

    /** An SVG coordinate: at most 2 decimals, no trailing zeros, never exponent notation. */
    static String px(double v) {
        BigDecimal d = Numbers.round(BigDecimal.valueOf(v)).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
}
