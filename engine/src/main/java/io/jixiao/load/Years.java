package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.List;
import java.util.Map;

/** Reads {@code year:} (年度), a four-digit budget year. */
public final class Years {

    public static final int MIN = 1990;
    public static final int MAX = 2100;

    /** 年 or 年度 after the digits (compiled once: replaceAll would compile it for every file). */
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile("年(度)?$");

    private Years() {
    }

    static int read(Map<String, Entry> m, Nodes nodes, List<Finding> out, Location at) {
        return nodes.required(m, "year", at, LoadTexts.text("where.file")).map(t -> {
            String digits = SUFFIX.matcher(t).replaceAll("");
            try {
                int y = Integer.parseInt(digits);
                if (y >= MIN && y <= MAX) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            out.add(LoadProblems.badYear(m.get("year").value().at(), t));
            return 0;
        }).orElse(0);
    }
}
