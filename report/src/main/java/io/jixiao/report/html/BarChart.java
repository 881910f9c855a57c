package io.jixiao.report.html;

import static io.jixiao.report.HtmlText.esc;
import static io.jixiao.report.html.Html.px;

import io.jixiao.report.Labels;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One horizontal bar per table: its score out of 100, coloured by grade, with the profile's grade
 * thresholds as dashed lines. Inline SVG; every bar is a {@code rect class="bar"} with its value in
 * {@code data-score}, so tests and readers can check what was drawn. The report's table scores and {@code history}'s
 * department score by year (jixiao-store) draw with it.
 */
public final class BarChart {

    /** One bar: label, score, grade, and the page anchor it links to (null: no link). */
    public record Bar(String label, BigDecimal score, String grade, String anchor) {
    }

    static final int WIDTH = 960;
    private static final int LABEL = 300;
    private static final int PLOT = 520;
    private static final int ROW = 38;
    private static final int BAR = 22;
    private static final int TOP = 26;

    private BarChart() {
    }

    static String render(List<Bar> bars, Map<String, BigDecimal> thresholds) {
        return render(Labels.text("chart.bars"), bars, thresholds);
    }

    /**
     * The chart named {@code title} (its {@code aria-label}).
     *
     * @param thresholds grade thresholds drawn as dashed lines (grade → score); empty for none
     */
    public static String render(String title, List<Bar> bars, Map<String, BigDecimal> thresholds) {
        int height = TOP + bars.size() * ROW + 28;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart bars\" role=\"img\" aria-label=\"").append(esc(title))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\"")
                .append(" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\">");
        int bottom = TOP + bars.size() * ROW;
        for (int tick = 0; tick <= 100; tick += 20) {
            double x = LABEL + PLOT * tick / 100.0;
            b.append("<line class=\"grid\" x1=\"").append(px(x)).append("\" y1=\"").append(TOP - 6).append("\" x2=\"")
                    .append(px(x)).append("\" y2=\"").append(bottom).append("\"/>");
            b.append("<text class=\"tick\" x=\"").append(px(x)).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"middle\">").append(tick).append("</text>");
        }
        thresholds.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> {
            double x = LABEL + PLOT * e.getValue().doubleValue() / 100.0;
            b.append("<line class=\"threshold\" x1=\"").append(px(x)).append("\" y1=\"").append(TOP - 10)
                    .append("\" x2=\"").append(px(x)).append("\" y2=\"").append(bottom).append("\" stroke=\"")
                    .append(Html.gradeColour(e.getKey())).append("\"/>");
            b.append("<text class=\"threshold-label\" x=\"").append(px(x)).append("\" y=\"").append(TOP - 13)
                    .append("\" text-anchor=\"middle\" fill=\"").append(Html.gradeColour(e.getKey())).append("\">")
                    .append(esc(e.getKey())).append(' ').append(e.getValue().stripTrailingZeros().toPlainString())
                    .append("</text>");
        });
        for (int i = 0; i < bars.size(); i++) {
            bar(b, bars.get(i), TOP + i * ROW + (ROW - BAR) / 2);
        }
        return b.append("</svg>").toString();
    }

    private static void bar(StringBuilder b, Bar bar, int y) {
        double score = Math.max(0, Math.min(100, bar.score().doubleValue()));
        double w = PLOT * score / 100.0;
        String colour = Html.gradeColour(bar.grade());
        if (bar.anchor() != null) {
            b.append("<a href=\"#").append(esc(bar.anchor())).append("\">");
        }
        b.append("<g class=\"row\"><title>")
                .append(esc(Labels.text("chart.bars.tooltip", "label", bar.label(), "score", Numbers.text(bar.score()),
                        "grade", bar.grade()))).append("</title>");
        b.append("<text class=\"label\" x=\"").append(LABEL - 12).append("\" y=\"").append(y + BAR / 2 + 5)
                .append("\" text-anchor=\"end\">").append(esc(clip(bar.label()))).append("</text>");
        b.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"").append(PLOT)
                .append("\" height=\"").append(BAR).append("\" rx=\"3\"/>");
        b.append("<rect class=\"bar\" data-score=\"").append(Numbers.text(bar.score())).append("\" x=\"").append(LABEL)
                .append("\" y=\"").append(y).append("\" width=\"").append(px(w)).append("\" height=\"").append(BAR)
                .append("\" rx=\"3\" fill=\"").append(colour).append("\"/>");
        b.append("<text class=\"value\" x=\"").append(px(LABEL + w + 8)).append("\" y=\"").append(y + BAR / 2 + 5)
                .append("\" fill=\"").append(colour).append("\">").append(Numbers.text(bar.score())).append(' ')
                .append(esc(bar.grade())).append("</text></g>");
        if (bar.anchor() != null) {
            b.append("</a>");
        }
    }

    /** Long project names are shortened for the axis; the full name is in the bar's tooltip. */
    static String clip(String s) {
        return s.codePointCount(0, s.length()) <= 20 ? s : s.substring(0, s.offsetByCodePoints(0, 19)) + "…";
    }
}
