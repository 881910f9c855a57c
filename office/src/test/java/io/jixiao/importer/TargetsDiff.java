package io.jixiao.importer;

import io.jixiao.model.Deduction;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Differences between an imported targets file and the reference (a hand transcription), table for table and
 * indicator for indicator, on loaded (normalised) values: texts stripped, amounts compared as numbers, targets
 * also as parsed values. Optional facts are compared where the reference has them. Ids are not compared:
 * a transcriber picks an id freely; both files are checked to load, so keys are unique in each.
 */
final class TargetsDiff {

    private final List<String> diffs = new ArrayList<>();

    private TargetsDiff() {
    }

    static List<String> of(DepartmentTargets imported, DepartmentTargets reference) {
        TargetsDiff d = new TargetsDiff();
        d.department(imported, reference);
        return d.diffs;
    }

    private void department(DepartmentTargets a, DepartmentTargets r) {
        same("department", a.department(), r.department());
        same("year", a.year(), r.year());
        if (r.code() != null) {
            same("code", a.code(), r.code());
        }
        amount("budget", a.budget(), r.budget());
        amount("projectBudget", a.projectBudget(), r.projectBudget());
        if ((a.overall() == null) != (r.overall() == null)) {
            diffs.add("overall: imported " + (a.overall() != null) + ", reference " + (r.overall() != null));
        } else if (r.overall() != null) {
            table("overall", a.overall(), r.overall());
        }
        same("project count", a.projects().size(), r.projects().size());
        for (int i = 0; i < Math.min(a.projects().size(), r.projects().size()); i++) {
            table("project " + (i + 1), a.projects().get(i), r.projects().get(i));
        }
    }

    private void table(String where, IndicatorTable a, IndicatorTable r) {
        same(where + " name", a.name(), r.name());
        String at = where + " '" + r.name() + "'";
        if (r.code() != null) {
            same(at + " code", a.code(), r.code());
        }
        amount(at + " budget", a.budget(), r.budget());
        if (!r.goals().isEmpty()) {
            same(at + " goals", a.goals(), r.goals());
        }
        if (!r.spendingPlan().isEmpty()) {
            same(at + " spendingPlan", a.spendingPlan(), r.spendingPlan());
        }
        same(at + " indicator count", a.indicators().size(), r.indicators().size());
        for (int i = 0; i < Math.min(a.indicators().size(), r.indicators().size()); i++) {
            indicator(at + " indicator " + (i + 1), a.indicators().get(i), r.indicators().get(i));
        }
    }

    private void indicator(String where, Indicator a, Indicator r) {
        String at = where + " (" + r.label() + ")";
        same(at + " level1", a.level1(), r.level1());
        same(at + " level2", a.level2(), r.level2());
        same(at + " name", a.name(), r.name());
        same(at + " description", a.description(), r.description());
        same(at + " target", a.targetText(), r.targetText());
        same(at + " parsed target", a.target(), r.target());
        same(at + " category", a.category(), r.category());
        same(at + " deduction", text(a.deduction()), text(r.deduction()));
        amount(at + " points", a.points(), r.points());
        same(at + " basis", a.basis(), r.basis());
    }

    private static String text(Deduction d) {
        return d == null ? null : d.text();
    }

    private void same(String what, Object a, Object r) {
        Object x = a instanceof String s ? s.strip() : a;
        Object y = r instanceof String s ? s.strip() : r;
        if (!Objects.equals(x, y)) {
            diffs.add(what + ": imported <" + a + "> but reference <" + r + ">");
        }
    }

    private void amount(String what, BigDecimal a, BigDecimal r) {
        if (a == null || r == null ? a != r : a.compareTo(r) != 0) {
            diffs.add(what + ": imported <" + a + "> but reference <" + r + ">");
        }
    }
}
