package io.jixiao.store;

import io.jixiao.monitor.Light;
import io.jixiao.report.TextColumns;
import io.jixiao.report.monitor.MonitorText;
import io.jixiao.value.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code store list} and {@code library list} as terminal tables, headed in the language of the run; a department-year
 * with a stored monitoring shows its light.
 */
public final class Listings {

    private Listings() {
    }

    /** The stored department-years, one a row. */
    public static String departmentYears(List<Catalog.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("list.department"), t("list.year"), t("list.score"), t("list.grade"), t("list.light"),
                t("list.tables"), t("list.indicators"), t("list.findings"), t("list.files"), t("list.revision"),
                t("list.origin")));
        for (Catalog.Entry e : entries) {
            rows.add(List.of(e.department(), String.valueOf(e.year()),
                    e.score() == null ? t("list.notScored") : Numbers.text(e.score()), dash(e.grade()),
                    light(e.monitoring()),
                    String.valueOf(e.tables()), String.valueOf(e.indicators()), String.valueOf(e.findings()),
                    String.valueOf(e.files()), String.valueOf(e.revision()), e.origin()));
        }
        return TextColumns.render(rows, "");
    }

    /** The 指标库's entries, one a row. */
    public static String library(List<Library.Entry> entries) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(t("library.id"), t("library.name"), t("library.level1"), t("library.level2"),
                t("library.standard"), t("library.kind"), t("library.field"), t("library.scoring")));
        for (Library.Entry e : entries) {
            rows.add(List.of(e.id(), e.name(), dash(e.level1()), dash(e.level2()), dash(e.standard()),
                    t(e.common() ? "library.common" : "library.individual"), dash(e.field()), dash(e.scoring())));
        }
        return TextColumns.render(rows, "");
    }

    /** A monitoring's light and month (红灯（6月）), a dash without one. */
    static String light(History.Monitoring m) {
        return m == null ? "—" : StoreLabels.text("history.lightAt", "light",
                MonitorText.light(m.light() == null ? null : Light.valueOf(m.light().toUpperCase(Locale.ROOT))),
                "month", m.month());
    }

    private static String t(String key) {
        return StoreLabels.text(key);
    }

    private static String dash(String s) {
        return s == null || s.isEmpty() ? "—" : s;
    }
}
