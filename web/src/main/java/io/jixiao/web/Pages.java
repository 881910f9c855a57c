package io.jixiao.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What the templates (src/main/jte) show: plain records, filled by {@link Workbench} from the pipeline's results. */
public final class Pages {

    private Pages() {
    }

    /**
     * One department-year in the ranking.
     *
     * @param rank      0 when it is not scored
     * @param change    against the department's previous stored year (the review's), null without one
     * @param light     the worst light of its monitoring ({@code red}, {@code yellow}, {@code green}), {@code failed}
     *                  when its progress file did not monitor, {@code none} without one
     * @param resultUse the profile's 结果应用 for its grade, null without one
     * @param reduction next year's budget cut in percent, null without a 结果应用
     */
    public record Row(int rank, long id, String department, int year, BigDecimal score, String grade, int findings,
                      BigDecimal change, String light, String resultUse, BigDecimal reduction) {

        /** The change with its sign, or — . */
        public String signedChange() {
            return change == null ? "—" : (change.signum() > 0 ? "+" : "") + change.toPlainString();
        }

        /** The cut as the overview shows it: 10%, or — when nothing is cut. */
        public String cut() {
            return reduction == null || reduction.signum() == 0 ? "—" : reduction.toPlainString() + "%";
        }
    }

    /**
     * A category's average over the year's scored tables (the review's {@code CategoryAverage}): its 一级指标, the
     * mean points and score per table and the share of its points scored, in percent.
     */
    public record Category(String name, int tables, BigDecimal points, BigDecimal score, BigDecimal rate) {

        /** The bar's width in percent of the chart, 0…100. */
        public int width() {
            return Math.max(0, Math.min(100, rate.intValue()));
        }
    }

    /** The filters of the overview: a grade, {@code with}/{@code without} findings, a light; empty for all. */
    public record Filter(String grade, String findings, String light) {

        public boolean keeps(Row r) {
            return (grade.isEmpty() || grade.equals(r.grade()))
                    && (findings.isEmpty() || findings.equals("with") == (r.findings() > 0))
                    && (light.isEmpty() || light.equals(r.light()));
        }

        /** The query string of these filters for {@code year} (the export links keep them). */
        public String query(int year) {
            return "year=" + year + "&grade=" + enc(grade) + "&findings=" + enc(findings) + "&light=" + enc(light);
        }

        private static String enc(String s) {
            return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * The bureau's overview of a year.
     *
     * @param lights how many departments have each light ({@code red}, {@code yellow}, {@code green}, {@code failed},
     *               {@code none})
     */
    public record Overview(Account account, String csrf, List<Integer> years, int year, Filter filter, List<Row> rows,
                           Map<String, Integer> grades, List<Category> categories, Map<String, Integer> lights) {

        /** The largest count of a grade (the bars' scale), at least 1. */
        public int most() {
            return Math.max(1, grades.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        }

        /** The largest count of a light (the bars' scale), at least 1. */
        public int mostLights() {
            return Math.max(1, lights.values().stream().mapToInt(Integer::intValue).max().orElse(1));
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
                             List<Integer> years, List<Point> history, boolean maySubmit, Notes notes) {

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

    /**
     * One 复核 note as the page shows it.
     *
     * @param on the indicator it is about ({@code 表/指标名}), null for the whole year
     */
    public record Note(String author, String at, int revision, String on, String text) {
    }

    /**
     * The notes of a department-year: the list, and for a bureau reviewer the form (with the indicators it may name).
     *
     * @param message what the last addition said (added, or what was wrong), empty otherwise
     */
    public record Notes(String base, List<Note> notes, boolean mayAdd, List<String> indicators, String message,
                        boolean error) {
    }

    /**
     * The accounts as an admin manages them: every account (never a hash shown), and what the last change said.
     *
     * @param message what the last change said (done, or what was wrong), empty otherwise
     */
    public record Accounts(List<io.jixiao.store.Users.User> users, String message, boolean error) {
    }

    /** The accounts page. */
    public record UsersPage(Account account, String csrf, Accounts accounts) {
    }
}
