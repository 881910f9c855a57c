package io.jixiao.model;

import java.util.Collection;
import java.util.List;

/**
 * Every coded message jixiao gives, built by one named factory method each (KPI-01xx loading,
 * KPI-02xx rules, KPI-03xx scoring). Messages name the value; hints start with "Maybe".
 */
public final class Problems {

    private Problems() {
    }

    private static Finding error(String code, Location at, String message, String hint) {
        return new Finding(Severity.ERROR, code, message, hint, at);
    }

    private static Finding warning(String code, Location at, String message, String hint) {
        return new Finding(Severity.WARNING, code, message, hint, at);
    }

    static String list(Collection<String> names) {
        List<String> sorted = names.stream().toList();
        String joined = String.join(", ", sorted.size() > 40 ? sorted.subList(0, 40) : sorted);
        return sorted.size() > 40 ? joined + ", …" : joined;
    }

    // ---- KPI-01xx: loading ------------------------------------------------------------------

    public static Finding yamlSyntax(Location at, String problem) {
        return error("KPI-0101", at, "not valid YAML: " + problem,
                "Maybe a quote or a colon is missing, or the indentation is off; indent with spaces, not tabs");
    }

    public static Finding unknownKey(Location at, String key, String where, Collection<String> known, String closest) {
        String maybe = closest == null ? "Maybe use one of: " + list(known)
                : "Maybe you meant '" + closest + "' (known keys: " + list(known) + ")";
        return error("KPI-0102", at, "unknown key '" + key + "' in " + where, maybe);
    }

    public static Finding missingKey(Location at, String key, String where) {
        return error("KPI-0103", at, "missing key '" + key + "' in " + where, "Maybe add '" + key + ": …' here");
    }

    public static Finding wrongType(Location at, String key, String expected, String found) {
        return error("KPI-0104", at, "'" + key + "' must be " + expected + ", found " + found,
                "Maybe write it as " + expected);
    }

    public static Finding unknownLevel1(Location at, String level1, Collection<String> accepted) {
        return error("KPI-0105", at, "unknown 一级指标 '" + level1 + "'", "Maybe use one of: " + list(accepted));
    }

    public static Finding duplicateIndicator(Location at, String key, String table, Location first) {
        return error("KPI-0106", at, "indicator '" + key + "' appears twice in table '" + table
                        + "' (first at line " + first.line() + ")",
                "Maybe give one of them a distinct 'id:' (actuals refer to indicators by id, name or description)");
    }

    public static Finding duplicateKey(Location at, String key, Location first) {
        return error("KPI-0107", at, "key '" + key + "' is written twice in the same mapping (first at line "
                + first.line() + ")", "Maybe delete one of them, or merge their values");
    }

    public static Finding badTarget(Location at, String text, String problem, String hint) {
        return error("KPI-0108", at, "target '" + text + "': " + problem, hint);
    }

    public static Finding badActual(Location at, String text, String problem, String hint) {
        return error("KPI-0109", at, "actual '" + text + "': " + problem, hint);
    }

    public static Finding incompatibleUnit(Location at, String indicator, String actual, String actualUnit,
                                           String target, String targetUnit) {
        return error("KPI-0110", at, "actual '" + actual + "' of '" + indicator + "' is in " + actualUnit
                        + ", which does not convert to the target's unit " + targetUnit + " ('" + target + "')",
                "Maybe write the actual in " + targetUnit + ", e.g. '" + "…" + targetUnit + "'");
    }

    public static Finding yamlLimit(Location at, String what) {
        return error("KPI-0111", at, "YAML limit: " + what,
                "Maybe write the values out in full; anchors, aliases, huge or deeply nested documents are refused");
    }

    public static Finding unreadable(String file, String reason) {
        return error("KPI-0112", Location.of(file), "cannot read the file: " + reason,
                "Maybe check the path and that the file is UTF-8 text");
    }

    public static Finding yamlTag(Location at, String tag) {
        return error("KPI-0113", at, "YAML tag '" + tag + "' is not allowed",
                "Maybe remove the tag; jixiao reads plain mappings, lists and strings only");
    }

    public static Finding duplicateTable(Location at, String name, Location first) {
        return error("KPI-0114", at, "project '" + name + "' appears twice (first at line " + first.line() + ")",
                "Maybe rename one of them; projects are matched by name");
    }

    public static Finding unrecognisedFile(String file) {
        return error("KPI-0115", Location.of(file), "neither a targets file (with 'projects:' or 'overall:' tables"
                + " of 'indicators:') nor an actuals file (with 'actuals:' per table)",
                "Maybe start from indicators/guangyang/2023/targets.yaml or actuals-example.yaml");
    }

    public static Finding badNumber(Location at, String key, String text, String example) {
        return error("KPI-0116", at, "'" + key + "' must be a number, found '" + text + "'", "Maybe write " + example);
    }

    public static Finding badYear(Location at, String text) {
        return error("KPI-0117", at, "year '" + text + "' is not a year between 1990 and 2100",
                "Maybe write the four-digit budget year, e.g. year: 2023");
    }

    public static Finding emptyTable(Location at, String table) {
        return error("KPI-0118", at, "table '" + table + "' has no indicators",
                "Maybe add its rows under 'indicators:', or remove the table");
    }

    public static Finding badDeduction(Location at, String problem) {
        return error("KPI-0119", at, "评（扣）分标准: " + problem,
                "Maybe write the structured form, e.g. deduction: {per: 10, unit: 条, deduct: 1%}"
                        + " or {passFail: true}");
    }

    public static Finding missingActual(Location at, String table, String indicator, Collection<String> present) {
        return error("KPI-0120", at, "no actual for indicator '" + indicator + "' of '" + table + "'",
                "Maybe add '" + indicator + ": …' under its actuals (present: " + list(present)
                        + "), write 不适用 if it does not apply, or pass --allow-missing");
    }

    public static Finding unknownIndicator(Location at, String table, String key, Collection<String> known) {
        return error("KPI-0121", at, "'" + key + "' is not an indicator of '" + table + "'",
                "Maybe use one of: " + list(known));
    }

    public static Finding unknownTable(Location at, String name, Collection<String> known) {
        return error("KPI-0122", at, "'" + name + "' is not a project of the targets file",
                "Maybe use one of: " + list(known));
    }

    public static Finding departmentMismatch(Location at, String actual, String target) {
        return error("KPI-0123", at, "actuals are for department '" + actual + "' but the targets are for '"
                + target + "'", "Maybe pair the actuals with the targets file of '" + actual + "'");
    }

    public static Finding yearMismatch(Location at, int actual, int target) {
        return error("KPI-0124", at, "actuals are for year " + actual + " but the targets are for " + target,
                "Maybe pair them with the " + actual + " targets, or correct 'year:'");
    }

    public static Finding missingTable(Location at, String table) {
        return error("KPI-0125", at, "no actuals for table '" + table + "'",
                "Maybe add '- name: " + table + "' with its 'actuals:' under 'projects:' (or 'overall:')");
    }

    public static Finding emptyTarget(Location at, String indicator) {
        return warning("KPI-0151", at, "indicator '" + indicator + "' has no target value (指标值 is empty)",
                "Maybe fill in the 指标值; until then only a grade (达成/部分达成/未达成) or 不适用 can score it");
    }

    public static Finding valueNote(Location at, String text, String note) {
        return warning("KPI-0150", at, "value '" + text + "': " + note,
                "Maybe correct the source table; jixiao reads it as noted");
    }
}
