package io.jixiao.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the templates (src/main/jte) show: plain records, filled by {@link Workbench} from the pipeline's results. */
public final class Pages {

    private Pages() {
    }

    /** One department-year in the ranking; {@code change} against last year, null without one. */
    public record Row(int rank, long id, String department, int year, BigDecimal score, String grade, int findings,
                      BigDecimal change) {
    }

    /** The bureau's overview of a year. */
    public record Overview(Account account, String csrf, List<Integer> years, int year, String grade, List<Row> rows,
                           Map<String, Integer> grades) {

        /** The largest count of a grade (the bars' scale), at least 1. */
        public int most() {
            return Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        }
    }

    /** One indicator line of a table. */
    public record Line(String key, String name, String level1, String level2, String target, String actual,
                       BigDecimal points, BigDecimal score, String status, String explanation) {
    }

    /** One scored table. */
    public record Table(String name, BigDecimal score, String grade, List<Line> lines) {
    }

    /** A year of a department's history. */
    public record Point(int year, BigDecimal score) {
    }

    /** A department-year's page. */
    public record Department(Account account, String csrf, long id, String name, int year, int revision,
                             BigDecimal score, String grade, List<Table> tables, List<String> findings,
                             List<Integer> years, List<Point> history, boolean maySubmit) {

        /** The URL of this department-year. */
        public String base() {
            return "/departments/" + id + "/years/" + year;
        }
    }

    /** A before/after pair. */
    public record Delta(String name, BigDecimal before, BigDecimal after, BigDecimal delta, String grade) {

        /** The change with its sign. */
        public String signed() {
            return (delta.signum() > 0 ? "+" : "") + delta.toPlainString();
        }
    }

    /** The what-if fragment: the department's and each table's before and after, or what is wrong with a value. */
    public record WhatIf(Delta department, String gradeBefore, List<Delta> tables, String error) {
    }

    /** The upload fragment: stored with its score, or the located errors. */
    public record Upload(boolean stored, BigDecimal score, String grade, int revision, List<String> errors) {
    }
}
