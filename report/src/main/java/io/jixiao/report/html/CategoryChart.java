package io.jixiao.report.html;

import static io.jixiao.report.HtmlText.esc;
import static io.jixiao.report.html.Html.px;

import io.jixiao.report.Labels;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;

/**
 * A table's categories against their points: for each (产出, 效益, 满意度, 预算执行) a grey track as long as
 * its points and a bar as long as what it scored, on one scale, so a short bar is a category that lost points.
 */
final class CategoryChart {

    /** One category: its label, points out of 100, and score; {@code notApplicable} when all its indicators are. */
    record Row(String label, BigDecimal points, BigDecimal score, boolean notApplicable) {
    }

    static final int WIDTH = 560;
    private static final int LABEL = 120;
    private static final int PLOT = 300;
    private static final int ROW = 34;
    private static final int BAR = 18;

    private CategoryChart() {
    }

    static String render(List<Row> rows) {
        double max = rows.stream().mapToDouble(r -> r.points().doubleValue()).max().orElse(1);
        int height = rows.size() * ROW + 8;
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart categories\" role=\"img\" aria-label=\"")
                .append(esc(Labels.text("chart.categories"))).append("\"")
                .append(" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(height).append("\">");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int y = 4 + i * ROW + (ROW - BAR) / 2;
            double full = max <= 0 ? 0 : PLOT * r.points().doubleValue() / max;
            double got = max <= 0 ? 0 : PLOT * Math.max(0, Math.min(r.score().doubleValue(), r.points().doubleValue())) / max;
            double share = r.points().signum() == 0 ? 0 : r.score().doubleValue() / r.points().doubleValue();
            b.append("<g class=\"row\"><title>").append(esc(Labels.text("chart.categories.tooltip", "label", r.label(),
                    "score", Numbers.text(r.score()), "points", Numbers.text(r.points())))).append("</title>");
            b.append("<text class=\"label\" x=\"").append(LABEL - 10).append("\" y=\"").append(y + BAR / 2 + 5)
                    .append("\" text-anchor=\"end\">").append(esc(r.label())).append("</text>");
            b.append("<rect class=\"track\" x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
                    .append(px(full)).append("\" height=\"").append(BAR).append("\" rx=\"3\"/>");
            b.append("<rect class=\"bar\" data-score=\"").append(Numbers.text(r.score())).append("\" data-points=\"")
                    .append(Numbers.text(r.points())).append("\" x=\"").append(LABEL).append("\" y=\"").append(y)
                    .append("\" width=\"").append(px(got)).append("\" height=\"").append(BAR).append("\" rx=\"3\" fill=\"")
                    .append(colour(share)).append("\"/>");
            b.append("<text class=\"value\" x=\"").append(px(LABEL + full + 8)).append("\" y=\"").append(y + BAR / 2 + 5)
                    .append("\">").append(esc(r.notApplicable()
                            ? Labels.text("chart.categories.na", "points", Numbers.text(r.points()))
                            : Numbers.text(r.score()) + " / " + Numbers.text(r.points()))).append("</text></g>");
        }
        return b.append("</svg>").toString();
    }

    /** Full or nearly: blue; lost more than a tenth: amber; more than 40%: red. */
    private static String colour(double share) {
        if (share >= 0.9) {
            return "#1f6fb2";
        }
        return share >= 0.6 ? "#c77c02" : "#c0392b";
    }
}
