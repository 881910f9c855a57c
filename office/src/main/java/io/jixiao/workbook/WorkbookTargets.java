package io.jixiao.workbook;

import io.jixiao.load.YNode;
import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.problem.Location;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.workbook.FilledWorkbook.Cell;
import io.jixiao.workbook.FilledWorkbook.Row;
import io.jixiao.workbook.FilledWorkbook.Sheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets a filled template holds, as a targets file's tree: the template shows each indicator's 一级/二级/三级
 * 指标, 年度指标值, 评（扣）分标准 and 绩效指标描述 (locked), keeps its key in a hidden column, and each table's
 * 年初预算数. {@code jixiao validate actuals.xlsx} without a targets.yaml beside it evaluates the workbook against
 * these — pairing, units, fractions, plausibility, scoring — so that it checks everything {@code score} would
 * (KPI-0192 says so). Every node is placed at its cell, so a finding about a target names the template's cell.
 * 分值 are as the targets file the template was made from wrote them (kept in a hidden column; the profile shares
 * the rest), the 部门整体支出绩效评价 sheet becomes the targets' {@code evaluation}, and a 评（扣）分标准 the template
 * showed as the 指标库's suggestion is not the department's.
 */
public final class WorkbookTargets {

    private final String file;

    private WorkbookTargets(String file) {
        this.file = file;
    }

    /** The targets tree of a workbook with at least one template sheet; {@code file} names it in locations. */
    public static YMap of(FilledWorkbook wb, String file) {
        return new WorkbookTargets(file).department(wb);
    }

    private YMap department(FilledWorkbook wb) {
        Sheet first = wb.tables().get(0);
        Map<String, Entry> top = new LinkedHashMap<>();
        put(top, "department", scalar(first, first.department()));
        put(top, "year", scalar(first, first.year()));
        if (wb.profile() != null && ProfileLoader.BUILT_IN.contains(wb.profile())) {
            put(top, "profile", new YScalar(wb.profile(), false, at(first, first.department())));
        }
        List<YNode> projects = new ArrayList<>();
        for (Sheet s : wb.tables()) {
            if (s.evaluation()) {
                // the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): its name and rows, with their 分值
                put(top, "evaluation", table(s));
            } else if (s.overall()) {
                if (s.budget() != null && !s.budget().blank()) {
                    put(top, "budget", scalar(s, s.budget()));
                }
                put(top, "projectBudget", scalar(s, s.projectBudget()));
                put(top, "overall", table(s));
            } else {
                projects.add(table(s).value());
            }
        }
        if (!projects.isEmpty()) {
            top.put("projects", new Entry("projects", at(first, first.table()), new YList(projects,
                    at(first, first.table()))));
        }
        return new YMap(top, at(first, first.department()));
    }

    private Entry table(Sheet s) {
        Map<String, Entry> t = new LinkedHashMap<>();
        if (!s.overall() || !s.table().blank()) {
            put(t, "name", scalar(s, s.table()));
        }
        if (!s.overall() && !s.evaluation() && s.budget() != null && !s.budget().blank()) {
            put(t, "budget", scalar(s, s.budget()));
        }
        put(t, "budgetPoints", scalar(s, s.budgetPoints()));
        List<YNode> rows = new ArrayList<>();
        for (Row r : s.rows()) {
            rows.add(indicator(s, r));
        }
        Location at = at(s, s.actualHeader());
        t.put("indicators", new Entry("indicators", at, new YList(rows, at)));
        return new Entry("table", at(s, s.table()), new YMap(t, at(s, s.table())));
    }

    private YMap indicator(Sheet s, Row r) {
        Map<String, Entry> i = new LinkedHashMap<>();
        Location rowAt = at(s, r.name() != null ? r.name() : r.actual());
        i.put("id", new Entry("id", rowAt, new YScalar(r.key(), false, rowAt)));
        if (r.level1() != null) {
            put(i, "level1", scalar(s, r.level1()));
            put(i, "level2", scalar(s, r.level2()));
            put(i, "name", scalar(s, r.name()));
            put(i, "description", scalar(s, r.description()));
            // a target cell left blank is the targets file's empty target (target: ""), not a missing key
            put(i, "target", r.target().problem() == null && r.target().text().isBlank()
                    ? new YScalar("", false, at(s, r.target())) : scalar(s, r.target()));
            if (!r.suggested()) {
                // the 指标库's suggestion is shown, not the department's 评（扣）分标准
                put(i, "deduction", scalar(s, r.deduction()));
            }
            put(i, "points", scalar(s, r.written()));
        }
        return new YMap(i, rowAt);
    }

    private static void put(Map<String, Entry> m, String key, YScalar value) {
        if (value != null) {
            m.put(key, new Entry(key, value.at(), value));
        }
    }

    private static void put(Map<String, Entry> m, String key, Entry value) {
        m.put(key, new Entry(key, value.keyAt(), value.value()));
    }

    /** A cell's text as a scalar at the cell; none for a blank cell or one that cannot be read. */
    private YScalar scalar(Sheet s, Cell c) {
        if (c == null || c.problem() != null || c.text().isBlank()) {
            return null;
        }
        return new YScalar(c.text(), false, at(s, c));
    }

    private Location at(Sheet s, Cell c) {
        return Location.cell(file, s.name(), c.row(), c.column());
    }
}
