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

    public static Finding unreadDeduction(Location at, String text, String problem) {
        return warning("KPI-0126", at, "评（扣）分标准 '" + text + "' not understood (" + problem
                        + "); the default method scores this indicator (--lenient)",
                "Maybe write the structured form, e.g. deduction: {per: 10, unit: 条, deduct: 1%}");
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

    public static Finding unknownProfile(String spec, Collection<String> builtIn) {
        return error("KPI-0130", Location.UNKNOWN, "profile '" + spec + "' is neither a built-in profile nor a file",
                "Maybe use one of: " + list(builtIn) + ", or the path of a profile YAML");
    }

    public static Finding badProfile(Location at, String problem) {
        return error("KPI-0131", at, "scoring profile: " + problem,
                "Maybe start from rules/profiles/national.yaml and change its numbers");
    }

    // ---- KPI-02xx: rules ----------------------------------------------------------------------

    public static Finding ruleBuild(Location at, String message) {
        return error("KPI-0201", at, "rule file does not compile: " + message,
                "Maybe check the DRL syntax at that line; packaged rules are in rules/ of the jar");
    }

    public static Finding ruleTie(String indicator, String ruleA, String ruleB, int priority) {
        return error("KPI-0202", Location.UNKNOWN, "rules '" + ruleA + "' and '" + ruleB + "' both scored '" + indicator
                + "' with priority " + priority, "Maybe give your rule a higher priority (IndicatorResult priority > 10)");
    }

    public static Finding unscored(String indicator) {
        return error("KPI-0203", Location.UNKNOWN, "no rule scored '" + indicator + "'",
                "Maybe a --rules file removed or shadowed a packaged rule; run without --rules to compare");
    }

    public static Finding ruleFailed(String rule, String problem) {
        return error("KPI-0204", Location.UNKNOWN, "rule '" + rule + "' failed: " + problem,
                "Maybe the rule calls a helper with a null value; guard it in its 'when' part");
    }

    public static Finding rulesPath(String path) {
        return error("KPI-0205", Location.of(path), "--rules path is neither a .drl file nor a folder holding some",
                "Maybe pass a .drl file or a folder of them");
    }

    // ---- KPI-03xx: scoring --------------------------------------------------------------------

    public static Finding pointsExceedWeight(Location at, String table, String group, String sum, String weight) {
        return error("KPI-0301", at, "table '" + table + "': given 分值 of " + group + " add up to " + sum
                + ", more than its " + weight + " points", "Maybe lower the 分值 so they fit in " + weight);
    }

    public static Finding pointsDoNotAddUp(Location at, String table, String group, String sum, String weight) {
        return error("KPI-0302", at, "table '" + table + "': every " + group + " indicator has a 分值 but they add up to "
                + sum + ", not " + weight, "Maybe correct the 分值, or leave one empty to take the rest");
    }

    public static Finding textNotScorable(String actual, String target) {
        return error("KPI-0303", Location.UNKNOWN, "actual '" + actual + "' is neither the target text '" + target
                        + "' nor a grade", "Maybe write 达成, 部分达成 75%, 未达成, 优/良/中/差 or 不适用");
    }

    public static Finding gradeOutsideBand(String actual, String level, String low, String high) {
        return error("KPI-0304", Location.UNKNOWN, "actual '" + actual + "': " + level + " must lie between "
                + low + "% and " + high + "%", "Maybe pick the grade whose band holds the percent");
    }

    public static Finding completedAsMet(String actual, String target) {
        return warning("KPI-0305", Location.UNKNOWN, "'" + actual + "' on the measurable target '" + target
                + "' counts as met", "Maybe write the measured value so that 复核 can check it");
    }

    public static Finding missingScoredZero(String indicator) {
        return warning("KPI-0306", Location.UNKNOWN, "no actual for '" + indicator + "': scored 0 (--allow-missing)",
                "Maybe add its actual, or 不适用 if it does not apply");
    }

    public static Finding measuredAgainstText(String actual, String target) {
        return error("KPI-0307", Location.UNKNOWN, "actual '" + actual + "' is a number but the target '" + target
                + "' is qualitative", "Maybe write a grade such as 达成 or 部分达成 75%");
    }

    public static Finding overAchievement(String actual, String target, String beyond, String flag) {
        return warning("KPI-0308", Location.UNKNOWN, "偏离度: actual '" + actual + "' is " + beyond
                + "% beyond the target '" + target + "' (flag at " + flag + "%) — 指标值可能设定偏低",
                "Maybe set next year's target closer to what is achieved");
    }

    public static Finding defaultDirection(String target, String comparator, String why) {
        return new Finding(Severity.INFO, "KPI-0309", "target '" + target + "' has no comparator: scored as "
                + comparator + " (" + why + ")", "Maybe write the comparator in the target, e.g. " + comparator + target,
                Location.UNKNOWN);
    }

    public static Finding spentAboveBudget(Location at, String table, String spent, String budget) {
        return warning("KPI-0310", at, "table '" + table + "': spent " + spent + "万元 is above its budget " + budget
                + "万元", "Maybe check 全年执行数, or the budget after adjustments (全年预算数)");
    }

    public static Finding allNotApplicable(Location at, String table) {
        return error("KPI-0311", at, "table '" + table + "': every indicator is 不适用, nothing to score",
                "Maybe give at least one indicator its actual");
    }

    public static Finding gradedMeasurable(String actual, String target) {
        return new Finding(Severity.INFO, "KPI-0312", "measurable target '" + target + "' was graded '" + actual
                + "' instead of measured", "Maybe write the measured value so that 复核 can check it", Location.UNKNOWN);
    }

    public static Finding deductionUnit(String text, String unit, String targetUnit) {
        return error("KPI-0313", Location.UNKNOWN, "评（扣）分标准 '" + text + "' counts in " + unit
                + ", which does not convert to the target's unit " + targetUnit,
                "Maybe write the step in " + targetUnit + " or as a percent, e.g. {per: 1%, deduct: 10%}");
    }

    // ---- KPI-0320…0349: 复核 (a finance bureau's review of many departments: jixiao review) --------

    /** @param difference claimed − recomputed, both rounded HALF_UP to 2 places, without sign */
    public static Finding selfScoreDiffers(Location at, String table, String indicator, String claimed,
                                           String recomputed, boolean overClaimed, String difference) {
        return warning("KPI-0320", at, "复核: '" + indicator + "' of '" + table + "' claims " + claimed
                        + " points but scores " + recomputed + " (" + (overClaimed ? "over" : "under")
                        + "-claimed by " + difference + ")",
                overClaimed ? "Maybe ask the department for the evidence behind " + claimed + ", or correct its 自评得分"
                        : "Maybe correct its 自评得分 to " + recomputed);
    }

    public static Finding lowExecution(Location at, String table, String rate, String threshold) {
        return warning("KPI-0321", at, "复核: table '" + table + "' spent only " + rate + "% of its budget (below "
                + threshold + "%)", "Maybe ask why the money was not spent, or whether the budget was cut during the year");
    }

    public static Finding notApplicableHeavy(Location at, String table, String naPoints) {
        return warning("KPI-0322", at, "复核: table '" + table + "' marks " + naPoints + " of its 100 points 不适用"
                        + " (more than a quarter); its score is rescaled on the rest",
                "Maybe ask why those indicators do not apply, or score them");
    }

    public static Finding noDepartments(String dir) {
        return error("KPI-0323", Location.of(dir), "no department folder (targets.yaml beside an actuals*.yaml)"
                + " under this folder", "Maybe point at the folder that holds one sub-folder per department");
    }

    public static Finding notAFolder(String path) {
        return error("KPI-0324", Location.of(path), "not a folder",
                "Maybe pass the folder that holds one sub-folder per department");
    }

    public static Finding noActualsFile(String folder) {
        return error("KPI-0325", Location.of(folder), "targets.yaml but no actuals*.yaml in this folder: the"
                + " department has not handed in its self-evaluation", "Maybe add its actuals.yaml, or move the"
                + " folder out of the review");
    }

    public static Finding severalActualsFiles(String folder, Collection<String> files) {
        return error("KPI-0326", Location.of(folder), "several actuals files in one department folder: "
                + list(files), "Maybe keep one actuals*.yaml per department folder (move the others aside)");
    }

    public static Finding departmentCrashed(String folder, String problem) {
        return error("KPI-0327", Location.of(folder), "internal error while reviewing this department: " + problem,
                "Maybe rerun with JIXIAO_DEBUG=1 and report it: this is a bug in jixiao, not in the files");
    }

    public static Finding generateTargetNotEmpty(String dir) {
        return error("KPI-0328", Location.of(dir), "the output folder exists and is not empty",
                "Maybe pass --force to write into it anyway, or choose another -o folder");
    }

    public static Finding outputExists(String file) {
        return error("KPI-0140", Location.of(file), "the output file already exists",
                "Maybe pass --force to overwrite it, or choose another -o path");
    }

    public static Finding cannotWrite(Location at, String reason) {
        return error("KPI-0141", at, "cannot write the output file: " + reason,
                "Maybe check that the folder exists and is writable");
    }

    public static Finding valueNote(Location at, String text, String note) {
        return warning("KPI-0150", at, "value '" + text + "': " + note,
                "Maybe correct the source table; jixiao reads it as noted");
    }
}
