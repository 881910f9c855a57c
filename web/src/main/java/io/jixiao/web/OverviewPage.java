package io.jixiao.web;

import io.jixiao.monitor.Light;
import io.jixiao.monitor.MonitoredDepartment;
import io.jixiao.pipeline.Monitored;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.DepartmentRecheck;
import io.jixiao.store.Catalog;
import io.jixiao.store.StoredReview;
import io.jixiao.store.Users;
import io.jixiao.value.Numbers;
import io.jixiao.workbook.RankingWorkbook;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The overview of a year (docs/web.md#pages), from what the store's review already computed — the ranking, grades,
 * category averages, change against last year and 结果应用 of {@link StoredReview} — and each department-year's
 * monitoring of its stored progress file (the pipeline's): nothing is scored or averaged here. A department user's
 * overview is the review of the departments it may see (its own).
 */
final class OverviewPage {

    /** The lights in the order the overview lists them. */
    static final List<String> LIGHTS = List.of("red", "yellow", "green", "failed", "none");

    private final Ledger ledger;
    private final Users users;

    OverviewPage(Ledger ledger, Users users) {
        this.ledger = ledger;
        this.users = users;
    }

    /** The year's ranking as the account may see it, with every line (filters apply to what is shown only). */
    record Year(List<Pages.Row> rows, Map<String, Integer> grades, List<Pages.Category> categories,
                Map<String, Integer> lights) {
    }

    Year year(Account a, int year) {
        if (ledger.list(year).isEmpty()) {
            return new Year(List.of(), emptyGrades(), List.of(), emptyLights());
        }
        StoredReview.Review review = ledger.review(year);
        BureauReport report = review.report();
        if (report.ranking().stream().anyMatch(r -> !a.maySee(r.review().department()))
                || report.failed().stream().anyMatch(f -> !a.maySee(f.department()))) {
            // the review of what the account may see: the review's own ranking, grades and averages over those
            List<DepartmentRecheck> visible = new ArrayList<>();
            report.ranking().stream().map(BureauReport.Ranked::review).filter(r -> a.maySee(r.department()))
                    .forEach(visible::add);
            report.failed().stream().filter(f -> a.maySee(f.department())).forEach(visible::add);
            report = BureauReport.of(report.root(), report.profile(), visible);
        }
        Map<String, StoredReview.Outlook> outlooks = new LinkedHashMap<>();
        review.outlooks().forEach(o -> outlooks.put(o.department(), o));
        Map<String, Catalog.Entry> entries = new LinkedHashMap<>();
        ledger.list(year).forEach(e -> entries.put(e.department(), e));

        List<Pages.Row> rows = new ArrayList<>();
        Map<String, Integer> lights = emptyLights();
        for (BureauReport.Ranked r : report.ranking()) {
            DepartmentRecheck d = r.review();
            Catalog.Entry e = entries.get(d.department());
            StoredReview.Outlook o = outlooks.get(d.department());
            String light = light(e);
            lights.merge(light, 1, Integer::sum);
            rows.add(new Pages.Row(r.rank(), id(d.department()), d.department(), year, Numbers.round(d.score()),
                    d.grade(), e.findings(), o == null ? null : o.change(), light,
                    o == null || o.use() == null ? null : o.use().suggestion(),
                    o == null || o.use() == null ? null : o.use().reduction()));
        }
        for (DepartmentRecheck f : report.failed()) {
            Catalog.Entry e = entries.get(f.department());
            String light = light(e);
            lights.merge(light, 1, Integer::sum);
            rows.add(new Pages.Row(0, id(f.department()), f.department(), year, null, null, e.findings(), null, light,
                    null, null));
        }
        List<Pages.Category> categories = report.categories().stream().map(c -> new Pages.Category(c.level1(),
                c.tables(), Numbers.round(c.points()), Numbers.round(c.score()), Numbers.round(c.rate()))).toList();
        Map<String, Integer> grades = emptyGrades();
        report.grades().forEach((g, n) -> grades.merge(g, n, Integer::sum));
        return new Year(rows, grades, categories, lights);
    }

    /** The worst light of the department-year's monitoring; {@code failed} or {@code none}. */
    private String light(Catalog.Entry e) {
        Optional<Monitored> m = ledger.monitored(e);
        if (m.isEmpty()) {
            return "none";
        }
        if (m.get().monitoring() == null) {
            return "failed";
        }
        Light worst = null;
        for (MonitoredDepartment.TableLight t : MonitoredDepartment.of(e.origin(), m.get().monitoring()).lights()) {
            worst = Light.worst(worst, t.light());
        }
        return worst == null ? "none" : worst.label();
    }

    /** The ranking's lines as the workbook writes them. */
    static List<RankingWorkbook.Line> lines(List<Pages.Row> rows) {
        return rows.stream().map(r -> new RankingWorkbook.Line(r.rank(), r.department(), r.year(), r.score(),
                r.grade(), r.change(), r.findings(), switch (r.light()) {
                    case "red" -> Light.RED;
                    case "yellow" -> Light.YELLOW;
                    case "green" -> Light.GREEN;
                    default -> null;
                }, r.resultUse(), r.reduction())).toList();
    }

    /** The ranking as CSV (report's one CSV writer): the workbook's columns, the overview's words. */
    static String csv(List<Pages.Row> rows) {
        io.jixiao.report.Csv csv = new io.jixiao.report.Csv();
        csv.row(List.of(WebLabels.t("column.rank"), WebLabels.t("column.department"), WebLabels.t("column.year"),
                WebLabels.t("column.score"), WebLabels.t("column.grade"), WebLabels.t("column.change"),
                WebLabels.t("column.findings"), WebLabels.t("column.light"), WebLabels.t("column.resultUse"),
                WebLabels.t("column.reduction")));
        for (Pages.Row r : rows) {
            csv.row(List.of(r.rank() == 0 ? "" : String.valueOf(r.rank()), r.department(), String.valueOf(r.year()),
                    r.score() == null ? "" : Numbers.text(r.score()), r.grade() == null ? "" : r.grade(),
                    r.change() == null ? "" : Numbers.text(r.change()), String.valueOf(r.findings()),
                    WebLabels.t("light." + r.light()),
                    r.resultUse() == null ? "" : r.resultUse(),
                    r.reduction() == null ? "" : r.reduction().toPlainString()));
        }
        return csv.text();
    }

    private long id(String department) {
        return users.departmentId(department).orElseThrow();
    }

    private static Map<String, Integer> emptyGrades() {
        Map<String, Integer> grades = new LinkedHashMap<>();
        for (String g : List.of("优", "良", "中", "差")) {
            grades.put(g, 0);
        }
        return grades;
    }

    private static Map<String, Integer> emptyLights() {
        Map<String, Integer> lights = new LinkedHashMap<>();
        LIGHTS.forEach(l -> lights.put(l, 0));
        return lights;
    }
}
