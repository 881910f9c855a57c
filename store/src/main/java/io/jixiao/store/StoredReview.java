package io.jixiao.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.load.Source;
import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Prepared;
import io.jixiao.pipeline.PipelineProblems;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ResultUse;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.CategoryTotal;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.report.Csv;
import io.jixiao.report.HtmlText;
import io.jixiao.report.JsonReport;
import io.jixiao.report.TextWidth;
import io.jixiao.report.recheck.ReviewHtml;
import io.jixiao.report.recheck.ReviewJson;
import io.jixiao.report.recheck.ReviewText;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code jixiao review --db DB --year Y} (docs/store.md#review): the bureau's 复核 of a year from the store — the
 * ranking, grades, categories and 复核 findings as {@code jixiao review DIR} reports them, built from what the pipeline
 * stored at import (nothing is scored again) — with each department's change against its latest stored year before,
 * the 结果应用 suggestion for its grade (the profile's {@code resultUse:}), and the 审核 of its targets across years
 * and against the 指标库 (KPI-0440…0442).
 */
public final class StoredReview {

    /**
     * A department's year against the year before and what its grade means for next year's budget.
     *
     * @param lastYear  the latest stored year before, 0 when none
     * @param lastScore its score; null when none or not scored
     * @param use       the profile's 结果应用 for the grade
     */
    public record Outlook(String department, int year, BigDecimal score, String grade, int lastYear,
                          BigDecimal lastScore, String lastGrade, ResultUse use) {

        /**
         * The change as a reader checks it: the score shown minus last year's score shown (98.73 − 90.78 = 7.95); null
         * without a last score.
         */
        public BigDecimal change() {
            return lastScore == null ? null : Numbers.round(score).subtract(Numbers.round(lastScore));
        }
    }

    /** The review: the 复核 report, one outlook per scored department (ranking order), the 审核 findings. */
    public record Review(int year, BureauReport report, List<Outlook> outlooks, List<Finding> targetFindings) {
    }

    private final Store store;

    public StoredReview(Store store) {
        this.store = store;
    }

    /**
     * @throws KpiException KPI-0511 when no department has the year
     */
    public Review review(int year) {
        Catalog catalog = new Catalog(store);
        List<Catalog.Entry> entries = catalog.list(year);
        if (entries.isEmpty()) {
            List<Integer> years = store.read(h -> h.createQuery("SELECT DISTINCT budget_year FROM department_year"
                    + " ORDER BY budget_year").mapTo(Integer.class).list());
            throw new KpiException(StoreProblems.noYear(store.location().shown(), year, years));
        }
        List<DepartmentRecheck> reviews = new ArrayList<>();
        for (Catalog.Entry e : entries) {
            reviews.add(e.score() == null ? DepartmentRecheck.failed(e.origin(), e.department(), year,
                    List.of(PipelineProblems.noActualsFile(e.origin())), false) : recheck(e, year));
        }
        BureauReport report = BureauReport.of(store.location().shown(), null, reviews);
        TargetChecks checks = new TargetChecks(store);
        HistoryReader history = new HistoryReader(store);
        List<Finding> targetFindings = new ArrayList<>();
        for (Catalog.Entry e : entries) {
            List<History.Year> upTo = history.years(e.department(), year + 1);
            History.Year now = upTo.get(upTo.size() - 1);
            History.Year last = upTo.size() > 1 ? upTo.get(upTo.size() - 2) : null;
            targetFindings.addAll(checks.check(now, last));
        }
        return new Review(year, report, outlooks(report), targetFindings.stream().sorted(Finding.ORDER).toList());
    }

    /**
     * {@code jixiao review DIR --db}: the folders' review with each department's change against its latest stored
     * year before, the 结果应用 for its grade and the 审核 of its targets against the store.
     *
     * @param pipeline the pipeline the folders were reviewed with: its profile decides the targets' directions
     */
    public Review around(BureauReport report, List<DepartmentFolder> folders, Pipeline pipeline) {
        TargetChecks checks = new TargetChecks(store);
        List<Finding> targetFindings = new ArrayList<>();
        int year = 0;
        for (DepartmentFolder f : folders) {
            // the targets as the pipeline loads them (targets that do not load are the review's failures already)
            Prepared p = pipeline.prepare(Source.file(f.targets()), null);
            if (p.ok()) {
                targetFindings.addAll(checks.check(p.targets(), p.profile()));
                year = Math.max(year, p.targets().year());
            }
        }
        return new Review(year, report, outlooks(report), targetFindings.stream().sorted(Finding.ORDER).toList());
    }

    /** Each ranked department against its latest stored year before, with the 结果应用 of its grade. */
    private List<Outlook> outlooks(BureauReport report) {
        Map<String, ScoringProfile> profiles = new HashMap<>();
        List<Outlook> outlooks = new ArrayList<>();
        HistoryReader history = new HistoryReader(store);
        java.util.Set<String> stored = new java.util.HashSet<>(new Catalog(store).departments());
        for (BureauReport.Ranked r : report.ranking()) {
            DepartmentRecheck d = r.review();
            List<History.Year> years = stored.contains(d.department()) ? history.years(d.department(), d.year())
                    : List.of();
            History.Year last = years.isEmpty() ? null : years.get(years.size() - 1);
            ScoringProfile p = profiles.computeIfAbsent(d.profile() == null ? ProfileLoader.DEFAULT : d.profile(),
                    StoredReview::profile);
            outlooks.add(new Outlook(d.department(), d.year(), d.score(), d.grade(), last == null ? 0 : last.year(),
                    last == null ? null : last.score(), last == null ? null : last.grade(),
                    p.resultUse(d.grade()).orElse(null)));
        }
        return outlooks;
    }

    /** The profile a department-year was scored with; national when it no longer loads (a profile file moved). */
    private static ScoringProfile profile(String name) {
        try {
            return ProfileLoader.load(name, null);
        } catch (KpiException e) {
            return ProfileLoader.load(ProfileLoader.DEFAULT, null);
        }
    }

    /** What the review keeps of a stored, scored department-year (DepartmentRecheck.of, from the rows). */
    private DepartmentRecheck recheck(Catalog.Entry e, int year) {
        return store.read(h -> {
            // the department-year's row once: its method and its findings' document
            String[] row = h.createQuery("SELECT y.method, y.findings FROM department_year y JOIN department d"
                            + " ON d.id = y.department_id WHERE d.name = :n AND y.budget_year = :y")
                    .bind("n", e.department()).bind("y", year)
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).one();
            String method = row[0];
            Map<String, CategoryTotal> totals = new LinkedHashMap<>();
            // each table's category scores (its document) and 预算执行率, in table order
            Map<String, Integer> tableOrdinals = new HashMap<>();
            h.createQuery("SELECT t.ordinal, t.name, t.categories, t.execution_points, t.execution_score"
                            + " FROM indicator_table t JOIN department_year y ON y.id = t.department_year_id"
                            + " JOIN department d ON d.id = y.department_id"
                            + " WHERE d.name = :n AND y.budget_year = :y ORDER BY t.ordinal")
                    .bind("n", e.department()).bind("y", year)
                    .map((rs, ctx) -> {
                        tableOrdinals.putIfAbsent(rs.getString(2), rs.getInt(1));
                        for (Documents.StoredCategory c : Documents.readCategories(rs.getString(3))) {
                            totals.merge(c.category(), new CategoryTotal(c.category(), c.level1(), 1,
                                    Catalog.strip(c.points()), Catalog.strip(c.score())), CategoryTotal::plus);
                        }
                        BigDecimal points = Catalog.strip(rs.getBigDecimal(4));
                        if (points != null) {
                            totals.merge(CategoryTotal.BUDGET, new CategoryTotal(CategoryTotal.BUDGET, "预算执行率", 1,
                                    points, Catalog.strip(rs.getBigDecimal(5))), CategoryTotal::plus);
                        }
                        return rs.getInt(1);
                    })
                    .list();
            // the 复核's findings by their table's order (a department's own first), then in the pipeline's order
            List<Documents.StoredFinding> rechecked = Documents.readFindings(row[1]).stream()
                    .filter(f -> f.recheck() != null).sorted(java.util.Comparator.comparingInt(
                            (Documents.StoredFinding f) -> f.table() == null ? -1
                                    : tableOrdinals.getOrDefault(f.table(), -1)))
                    .toList();
            List<RecheckFinding> findings = new ArrayList<>(rechecked.size());
            for (Documents.StoredFinding f : rechecked) {
                findings.add(new RecheckFinding(e.origin(), e.department(), f.table(), kind(f.recheck()),
                        new Finding(Severity.valueOf(f.severity().toUpperCase(java.util.Locale.ROOT)), f.code(),
                                f.message(), f.hint(), new Location(f.file(), f.line(), f.col()))));
            }
            // the folder is the one the department-year was imported from
            return new DepartmentRecheck(e.origin(), e.department(), year, e.profile(), method, e.score(),
                    e.grade(), e.tables(), e.indicators(), new ArrayList<>(totals.values()), findings, List.of(),
                    false);
        });
    }

    private static RecheckFinding.Kind kind(String key) {
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            if (k.key().equals(key)) {
                return k;
            }
        }
        throw new IllegalStateException("a stored 复核 kind this jixiao does not know: " + key);
    }

    // renderings: the 复核 report as jixiao review renders it, then the store's additions

    public static String text(Review r) {
        StringBuilder sb = new StringBuilder(ReviewText.render(r.report()));
        sb.append('\n').append(StoreLabels.text("outlook.heading", "year", r.year())).append('\n');
        List<List<String>> rows = new ArrayList<>();
        rows.add(outlookColumns());
        for (Outlook o : r.outlooks()) {
            rows.add(List.of(o.department(), Numbers.text(o.score()), o.grade(), o.lastYear() == 0 ? "—"
                            : String.valueOf(o.lastYear()), Numbers.text(o.lastScore()), change(o.change()),
                    o.use() == null ? "—" : o.use().suggestion(), reduction(o.use())));
        }
        int[] w = new int[rows.get(0).size()];
        rows.forEach(row -> {
            for (int i = 0; i < row.size(); i++) {
                w[i] = Math.max(w[i], TextWidth.of(row.get(i)));
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.size(); i++) {
                line.append(TextWidth.padRight(row.get(i), w[i])).append("  ");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        sb.append('\n');
        if (r.targetFindings().isEmpty()) {
            sb.append(StoreLabels.text("outlook.targetFindings.none")).append('\n');
        } else {
            sb.append(StoreLabels.text("outlook.targetFindings", "count", r.targetFindings().size())).append('\n');
            r.targetFindings().forEach(f -> sb.append("  ").append(f.render()).append('\n'));
        }
        return sb.toString();
    }

    public static String json(Review r) {
        ObjectNode root;
        try {
            JsonNode parsed = new ObjectMapper().readTree(ReviewJson.render(r.report()));
            root = (ObjectNode) parsed;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("the review's own JSON does not parse", e);
        }
        ObjectNode out = JsonReport.object();
        out.put("year", r.year());
        root.fields().forEachRemaining(f -> out.set(f.getKey(), f.getValue()));
        ArrayNode outlook = out.putArray("yearOnYear");
        for (Outlook o : r.outlooks()) {
            ObjectNode n = outlook.addObject();
            n.put("department", o.department());
            n.put("score", Numbers.round(o.score()));
            n.put("grade", o.grade());
            if (o.lastYear() == 0) {
                n.putNull("lastYear");
            } else {
                n.put("lastYear", o.lastYear());
            }
            if (o.lastScore() == null) {
                n.putNull("lastScore");
                n.putNull("change");
            } else {
                n.put("lastScore", Numbers.round(o.lastScore()));
                n.put("change", Numbers.round(o.change()));
            }
            n.put("lastGrade", o.lastGrade());
            n.put("resultUse", o.use() == null ? null : o.use().suggestion());
            if (o.use() == null) {
                n.putNull("reduction");
            } else {
                n.put("reduction", o.use().reduction());
            }
        }
        out.set("targetFindings", JsonReport.findings(r.targetFindings()));
        return JsonReport.write(out);
    }

    public static String html(Review r) {
        String page = ReviewHtml.render(r.report());
        StringBuilder sb = new StringBuilder("<h2>").append(HtmlText.esc(StoreLabels.text("outlook.heading", "year",
                r.year()))).append("</h2>\n<table>\n<tr>");
        outlookColumns().forEach(c -> sb.append("<th>").append(HtmlText.esc(c)).append("</th>"));
        sb.append("</tr>\n");
        for (Outlook o : r.outlooks()) {
            sb.append("<tr><td>").append(HtmlText.esc(o.department())).append("</td><td>").append(Numbers.text(o.score()))
                    .append("</td><td>").append(HtmlText.esc(o.grade())).append("</td><td>")
                    .append(o.lastYear() == 0 ? "—" : o.lastYear()).append("</td><td>")
                    .append(Numbers.text(o.lastScore())).append("</td><td>").append(change(o.change()))
                    .append("</td><td>").append(HtmlText.esc(o.use() == null ? "—" : o.use().suggestion()))
                    .append("</td><td>").append(reduction(o.use())).append("</td></tr>\n");
        }
        sb.append("</table>\n<h2>").append(HtmlText.esc(StoreLabels.text("outlook.targetFindings.heading")))
                .append("</h2>\n");
        if (r.targetFindings().isEmpty()) {
            sb.append("<p>").append(HtmlText.esc(StoreLabels.text("outlook.targetFindings.noneFound")))
                    .append("</p>\n");
        } else {
            sb.append("<ul>\n");
            r.targetFindings().forEach(f -> sb.append("<li>").append(HtmlText.esc(f.render())).append("</li>\n"));
            sb.append("</ul>\n");
        }
        int end = page.lastIndexOf("</body>");
        return page.substring(0, end) + sb + page.substring(end);
    }

    /** The columns of the change against last year and the use of results, in the language of the run. */
    private static List<String> outlookColumns() {
        return List.of(StoreLabels.text("outlook.department"), StoreLabels.text("outlook.score"),
                StoreLabels.text("outlook.grade"), StoreLabels.text("outlook.lastYear"),
                StoreLabels.text("outlook.lastScore"), StoreLabels.text("outlook.change"),
                StoreLabels.text("outlook.resultUse"), StoreLabels.text("outlook.reduction"));
    }

    /** One row per scored department: the ranking with the change against last year and the use of results. */
    public static String csv(Review r) {
        Csv csv = new Csv();
        csv.row(List.of("rank", "department", "year", "score", "grade", "lastYear", "lastScore", "change", "resultUse",
                "reduction"));
        for (int i = 0; i < r.outlooks().size(); i++) {
            Outlook o = r.outlooks().get(i);
            csv.row(List.of(String.valueOf(r.report().ranking().get(i).rank()), o.department(),
                    String.valueOf(o.year()), Numbers.text(o.score()), o.grade(),
                    o.lastYear() == 0 ? "" : String.valueOf(o.lastYear()),
                    o.lastScore() == null ? "" : Numbers.text(o.lastScore()),
                    o.change() == null ? "" : Numbers.text(o.change()), o.use() == null ? "" : o.use().suggestion(),
                    o.use() == null ? "" : o.use().reduction().toPlainString()));
        }
        return csv.text();
    }

    private static String change(BigDecimal c) {
        if (c == null) {
            return "—";
        }
        String t = Numbers.text(c);
        return c.signum() > 0 ? "+" + t : t;
    }

    private static String reduction(ResultUse u) {
        return u == null ? "—" : u.reduction().signum() == 0 ? "—" : u.reduction().toPlainString() + "%";
    }
}
