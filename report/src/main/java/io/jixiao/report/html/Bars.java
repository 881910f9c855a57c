package io.jixiao.report.html;

import static io.jixiao.report.HtmlText.esc;
import static io.jixiao.report.html.Html.px;

import java.util.List;

/**
 * A plain horizontal bar chart for the review page: one bar per row, its length {@code value / max} of the plot, its
 * colour given, the value's words beside it. Inline SVG; every bar is a {@code rect class="bar"} with its value in
 * {@code data-value}.
 */
public final class Bars {

    /** One row: its label, its value against the chart's maximum, the bar's colour and the words beside the bar. */
    public record Row(String label, double value, String colour, String text) {
    }

    private static final int WIDTH = 760;
    private static final int LABEL = 170;
    private static final int PLOT = 380;
    private static final int ROW = 32;
    private static final int BAR = 18;

    private Bars() {
    }

    /** The chart; {@code name} is its accessible name, {@code kind} a CSS class ("grades", "categories"). */
    public static String render(String kind, String name, List<Row> rows, double max) {
        int height = rows.size() * ROW + 8;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart ").append(esc(kind)).append("\" role=\"img\" aria-label=\"").append(esc(name))
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = 4 + i * ROW + (ROW - BAR) / 2;
            double w = max <= 0 ? 0 : PLOT * Math.max(0, Math.min(r.value(), max)) / max;
            b.append("<g class=\"row\"><title>").append(esc(r.label())).append("：").append(esc(r.text()))
                    .append("</title>");
            b.append("<text class=\"label\" x=\"").append(LABEL - 10).append("\" y=\"").append(y + BAR / 2 + 5)
                    .append("\" text-anchor=\"end\">").append(esc(BarChart.clip(r.label()))).append("</text>");
            b.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(PLOT).append("\" height=\"").append(BAR).append("\" rx=\"3\"/>");
            b.append("<rect class=\"bar\" data-value=\"").append(px(r.value())).append("\" x=\"").append(LABEL)
                    .append("\" y=\"").append(y).append("\" width=\"").append(px(w)).append("\" height=\"").append(BAR)
                    .append("\" rx=\"3\" fill=\"").append(r.colour()).append("\"/>");
            b.append("<text class=\"value\" x=\"").append(LABEL + PLOT + 10).append("\" y=\"").append(y + BAR / 2 + 5)
                    .append("\">").append(esc(r.text())).append("</text></g>");
        }
        return b.append("</svg>").toString();
    }

    /** The colour of a grade (优 green, 良 blue, 中 amber, 差 red, anything else grey). */
    public static String gradeColour(String grade) {
        return Html.gradeColour(grade);
    }
}
