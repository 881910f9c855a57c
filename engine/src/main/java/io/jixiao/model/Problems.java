package io.jixiao.model;

import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import java.util.Collection;
import java.util.List;

/**
 * Every coded message jixiao gives, built by one named factory method each (KPI-01xx loading,
 * KPI-02xx rules, KPI-03xx scoring, KPI-0401…0449 review (审核): weak or inconsistent targets and
 * self-evaluations, found by rules/review/*.drl; always warnings or info, never errors — KPI-0448/0449
 * are for users' own review rules). Messages name the value; hints start with "Maybe".
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

    /** A YAML syntax error on a line whose key ends in a full-width colon (名称：值). */
    public static Finding yamlFullWidthColon(Location at, String key) {
        return error("KPI-0101", at, "not valid YAML: '" + key + "：' ends its key with a full-width colon '：',"
                + " which YAML does not read as a key separator",
                "Maybe write ':' and a space instead of the full-width '：'");
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

    /** Two keys that differ only in full-/half-width characters or spacing: actuals could not tell them apart. */
    public static Finding duplicateIndicatorSpelling(Location at, String key, String firstKey, String table,
                                                     Location first) {
        return error("KPI-0106", at, "indicator '" + key + "' in table '" + table + "' is '" + firstKey
                        + "' (line " + first.line() + ") written differently; actuals match keys ignoring full-width"
                        + " and half-width forms and spacing, so they could not tell the two apart",
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

    public static Finding decodedAsGb18030(String file) {
        return new Finding(Severity.INFO, "KPI-0132", "the file is not UTF-8; read as GB18030 (GBK)",
                "Maybe save it as UTF-8 so that every tool reads it the same way", Location.of(file));
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

    public static Finding swappedFiles(String targets, String actuals) {
        return error("KPI-0127", Location.of(targets), "this file holds actuals (实际完成值), not targets",
                "Maybe swap them: jixiao score <targets.yaml> --actuals " + targets
                        + (actuals.equals(targets) ? "" : " (you passed --actuals " + actuals + ")"));
    }

    public static Finding ratioForPercent(Location at, String indicator, String actual, String target) {
        return error("KPI-0128", at, "actual '" + actual + "' of '" + indicator + "' is a bare fraction but the target '"
                + target + "' is a percentage", "Maybe you meant " + new java.math.BigDecimal(actual.strip())
                .movePointRight(2).stripTrailingZeros().toPlainString() + "%; write the % sign either way");
    }

    public static Finding unreadDeduction(Location at, String text, String problem) {
        return warning("KPI-0126", at, "评（扣）分标准 '" + text + "' not understood (" + problem
                        + "); the default method scores this indicator (--lenient)",
                "Maybe write the structured form, e.g. deduction: {per: 10, unit: 条, deduct: 1%}");
    }

    /**
     * A 评（扣）分标准 step in a unit that does not convert to the target's; under --lenient a warning and
     * the indicator keeps its default method.
     */
    public static Finding deductionUnitAt(Location at, String text, String unit, String targetUnit, boolean lenient) {
        String what = "评（扣）分标准 '" + text + "' counts in " + unit + ", which does not convert to the target's unit "
                + (targetUnit.isEmpty() ? "(none)" : targetUnit);
        String hint = "Maybe write the step in " + (targetUnit.isEmpty() ? "the target's unit" : targetUnit)
                + " or as a percent, e.g. {per: 1%, deduct: 10%}";
        return lenient ? warning("KPI-0129", at, what + "; the default method scores this indicator (--lenient)", hint)
                : error("KPI-0129", at, what, hint);
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

    public static Finding unknownProfile(Location at, String spec, Collection<String> builtIn) {
        return error("KPI-0130", at, "profile '" + spec + "' is neither a built-in profile nor a file",
                "Maybe use one of: " + list(builtIn) + ", or the path of a profile YAML");
    }

    public static Finding badProfile(Location at, String problem) {
        return error("KPI-0131", at, "scoring profile: " + problem,
                "Maybe start from rules/profiles/national.yaml and change its numbers");
    }

    // ---- KPI-0160 … KPI-0179: import of disclosures (jixiao import) ---------------------------

    public static Finding importNotDocx(String file, String reason) {
        return error("KPI-0160", Location.of(file), "not a Word .docx file: " + reason,
                "Maybe open it in Word or WPS and save it as .docx, or pass its text export (.txt)");
    }

    public static Finding importEncrypted(String file) {
        return error("KPI-0161", Location.of(file), "the document is encrypted (password-protected)",
                "Maybe open it with its password and save a copy without one (Word: 文件 › 信息 › 保护文档)");
    }

    public static Finding importLegacyDoc(String file) {
        return error("KPI-0162", Location.of(file), "an old binary Office file (Word 97-2003 .doc), not a .docx",
                "Maybe open it in Word or WPS and save it as .docx");
    }

    public static Finding importNotText(String file, String reason) {
        return error("KPI-0163", Location.of(file), "neither a .docx nor a text export: " + reason,
                "Maybe pass the .docx itself, or save the text as UTF-8 (one table cell per line, starting with a TAB)");
    }

    public static Finding importNoTargetTable(String file) {
        return error("KPI-0164", Location.of(file), "no performance-target table (绩效目标表 with 一级指标 and"
                        + " 指标值 columns) in the document",
                "Maybe the tables are pictures or the document holds only the budget tables; the 绩效目标表 may"
                        + " be published separately");
    }

    public static Finding importRowNotPlaced(Location at, String reason, String cells) {
        return warning("KPI-0165", at, "row not imported as an indicator: " + reason + " [" + cells + "]",
                "Maybe correct the row in the YAML, where it is written as a comment");
    }

    public static Finding importCellSplit(Location at, int count, String how) {
        return new Finding(Severity.INFO, "KPI-0166", "one row split into " + count + " indicators: " + how,
                "Maybe check the pairing of names and targets in the YAML", at);
    }

    public static Finding importSplitMismatch(Location at, int names, int targets) {
        return warning("KPI-0167", at, "the 三级指标 cell holds " + names + " indicators but the 指标值 cell "
                        + targets + " targets; kept as one indicator",
                "Maybe split the row by hand in the YAML, one indicator per target");
    }

    public static Finding importTargetUnread(Location at, String text, String problem) {
        return warning("KPI-0168", at, "指标值 '" + text + "' kept as written but jixiao cannot read it: " + problem,
                "Maybe correct it in the YAML, e.g. ≥95%, ≤30分钟 or a qualitative target such as 有效改善");
    }

    public static Finding importDeductionUnread(Location at, String text, String problem) {
        return warning("KPI-0169", at, "评（扣）分标准 '" + text + "' not understood (" + problem
                        + "); written as a comment, the default method scores the indicator",
                "Maybe write the structured form, e.g. deduction: {per: 10, unit: 条, deduct: 1%}");
    }

    public static Finding importPointsNotNumber(Location at, String text) {
        return warning("KPI-0170", at, "分值 '" + text + "' is not a number; written as a comment",
                "Maybe write the points as a number, e.g. points: 10");
    }

    public static Finding importIdAdded(Location at, String key, String id) {
        return new Finding(Severity.INFO, "KPI-0171", "indicator '" + key + "' appears twice in its table: the"
                + " second is given id '" + id + "'", "Maybe choose a shorter id; actuals refer to it by the id", at);
    }

    public static Finding importBudgetFound(Location at, String project, String amount, String source) {
        return new Finding(Severity.INFO, "KPI-0172", "budget of '" + project + "' (" + amount
                + "万元) taken from " + source,
                "Maybe check it against the project's own budget (项目支出表) if the disclosure has one", at);
    }

    public static Finding importBudgetsDisagree(Location at, String what, String first, String second) {
        return warning("KPI-0173", at, what + ": " + first + " but " + second,
                "Maybe check which figure is right and correct it in the YAML");
    }

    public static Finding importMissingFact(String file, String what, String example) {
        return warning("KPI-0174", Location.of(file), what + " not found in the document",
                "Maybe fill it in by hand in the YAML, e.g. " + example);
    }

    public static Finding importTableNotRead(Location at, String reason) {
        return warning("KPI-0175", at, "table with 一级指标 not imported: " + reason,
                "Maybe the header row is split or renamed; copy the rows into the YAML by hand");
    }

    public static Finding importNoProjectName(Location at, String name) {
        return warning("KPI-0176", at, "no project name (项目名称 or a title ending in 绩效目标表) above this table;"
                + " named '" + name + "'", "Maybe write the project's name in the YAML");
    }

    public static Finding importYamlDoesNotLoad(Finding loader) {
        return warning("KPI-0177", loader.location(), "the imported YAML does not load yet: " + loader.code()
                + " " + loader.message(), "Maybe fix that spot of the YAML by hand, then run jixiao validate");
    }

    public static Finding importDecoded(String file, String charset) {
        return new Finding(Severity.INFO, "KPI-0178", "the text export is not UTF-8; read as " + charset,
                "Maybe save it as UTF-8", Location.of(file));
    }

    // ---- KPI-0180 … KPI-0199: workbooks (the actuals template, filled workbooks, xlsx/html reports) ----------

    public static Finding workbookUnreadable(String file, String reason) {
        return error("KPI-0180", Location.of(file), "cannot read the workbook: " + reason,
                "Maybe open it in Excel or WPS and save it again as an Excel workbook (.xlsx);"
                        + " .xls, .et and password-protected files are not read");
    }

    public static Finding notATemplate(String file, Collection<String> sheets) {
        return error("KPI-0181", Location.of(file), "no sheet of this workbook was made by 'jixiao template' (sheets: "
                        + list(sheets) + ")",
                "Maybe make one with 'jixiao template TARGETS -o actuals.xlsx' and copy the values into it");
    }

    public static Finding cellKind(Location at, String column, String found, String example) {
        return error("KPI-0182", at, column + " holds " + found + ", not a value jixiao reads",
                "Maybe type the value itself, e.g. " + example);
    }

    public static Finding templateChanged(Location at, String what) {
        return error("KPI-0183", at, "the template was changed: " + what,
                "Maybe make a fresh template with 'jixiao template TARGETS -o actuals.xlsx' and copy the values into it");
    }

    public static Finding duplicateSheet(Location at, String table, String firstSheet) {
        return error("KPI-0184", at, "table '" + table + "' is filled in twice (also on sheet '" + firstSheet + "')",
                "Maybe delete the copied sheet; each table has one sheet");
    }

    public static Finding workbookTooLarge(String file, long bytes, long limit) {
        return error("KPI-0185", Location.of(file), "the workbook is " + bytes + " bytes, more than the "
                + limit + " bytes an actuals workbook may have", "Maybe remove pictures or extra sheets");
    }

    public static Finding emptyActual(Location at, String table, String indicator) {
        return error("KPI-0186", at, "实际完成值 of '" + indicator + "' in '" + table + "' is empty",
                "Maybe fill it in (不适用 if it does not apply this year), or pass --allow-missing to score it 0");
    }

    public static Finding outputExtension(String file, String command, Collection<String> accepted) {
        return error("KPI-0190", Location.of(file), "'" + command + "' writes " + list(accepted)
                + " files; the output name does not end with one of them", "Maybe write -o " + example(file, accepted));
    }

    private static String example(String file, Collection<String> accepted) {
        String base = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        return base + accepted.iterator().next();
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

    public static Finding nothingLeft(Location at, String table, String group, String given, String weight, int n) {
        return error("KPI-0314", at, "table '" + table + "': the given 分值 of " + group + " (" + given
                + ") already reach its " + weight + " points, leaving nothing for " + n + " indicator(s) without 分值",
                "Maybe give those indicators their 分值 too, or lower the given ones");
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

    public static Finding rangeAsActual(String actual, String target) {
        return error("KPI-0316", Location.UNKNOWN, "actual '" + actual + "' is a range, but the target '" + target
                + "' is scored against the one value reached", "Maybe write the value reached, such as the year-end"
                + " figure, and keep the range in the reason");
    }

    public static Finding measuredAgainstText(String actual, String target) {
        return error("KPI-0307", Location.UNKNOWN, "actual '" + actual + "' is a number but the target '" + target
                + "' is qualitative", "Maybe write a grade such as 达成 or 部分达成 75%");
    }

    /** @param ceiling true for a ≤ target far undercut (its ceiling is set too high), false for a ≥ target far exceeded */
    public static Finding overAchievement(String actual, String target, String beyond, String flag, boolean ceiling) {
        return warning("KPI-0308", Location.UNKNOWN, "偏离度: actual '" + actual + "' is " + beyond
                + "% beyond the target '" + target + "' (flag at " + flag + "%) — 指标值可能设定"
                + (ceiling ? "偏高" : "偏低"), "Maybe set next year's target closer to what is achieved");
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

    /** validate: an actuals file that could not be paired with targets, so pairing and 自评 review were skipped. */
    public static Finding notCheckedAgainstTargets(String actualsFile, String why) {
        return new Finding(Severity.INFO, "KPI-0315", "not checked against targets: " + why
                + "; pairing and the self-evaluation review (自评) were skipped",
                "Maybe put the department's targets beside it as targets.yaml, or run jixiao score <targets.yaml>"
                        + " --actuals " + actualsFile, Location.of(actualsFile));
    }

    public static Finding deductionUnit(String text, String unit, String targetUnit) {
        return error("KPI-0313", Location.UNKNOWN, "评（扣）分标准 '" + text + "' counts in " + unit
                + ", which does not convert to the target's unit " + targetUnit,
                "Maybe write the step in " + targetUnit + " or as a percent, e.g. {per: 1%, deduct: 10%}");
    }

    // ---- KPI-0350 … KPI-0369: what-if (jixiao whatif, io.jixiao.api) -----------------------------

    public static Finding whatifSetSyntax(Location at, String text) {
        return error("KPI-0350", at, "'" + text + "' is not of the form 项目/指标=值",
                "Maybe write --set '网络安全监测项目经费/全年监测舆情信息数量=18000条' (部门整体 for the overall table)");
    }

    public static Finding whatifUnknownTable(Location at, String table, Collection<String> known) {
        return error("KPI-0351", at, "'" + table + "' is not a table of the targets file",
                "Maybe use one of: " + list(known));
    }

    public static Finding whatifUnknownIndicator(Location at, String table, String indicator, Collection<String> known) {
        return error("KPI-0352", at, "'" + indicator + "' is not an indicator of '" + table + "'",
                "Maybe use one of: " + list(known));
    }

    public static Finding whatifBadGoal(Location at, String text, Collection<String> grades) {
        return error("KPI-0353", at, "goal '" + text + "' is neither a score from 0 to 100 nor a grade",
                "Maybe write --goal 90 or --goal " + (grades.isEmpty() ? "优" : list(grades)));
    }

    public static Finding whatifSpentSyntax(Location at, String text) {
        return error("KPI-0354", at, "'" + text + "' is not of the form 项目=执行数",
                "Maybe write --spent '网络安全监测项目经费=18.5' (万元; '185000元' converts)");
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

    // ---- KPI-04xx: review (审核) ----------------------------------------------------------------
    // Built by rules/review/*.drl (one rule per code). Warnings or info only: a review finding never
    // stops loading or scoring and never changes a score.

    public static Finding reviewMissingCategory(Location at, String table, String category) {
        return warning("KPI-0401", at, "table '" + table + "' has no " + category + " indicator",
                "Maybe add at least one " + category + " row (产出, 效益 and 满意度 are each scored)");
    }

    public static Finding reviewMissingLevel2(Location at, String table, String level1, Collection<String> missing) {
        return warning("KPI-0402", at, "table '" + table + "': " + level1 + " has no 二级指标 " + String.join("/", missing),
                "Maybe add a row for each of " + String.join(", ", missing) + " under " + level1);
    }

    public static Finding reviewLevel2NotInLevel1(Location at, String indicator, String level2, String level1,
                                                  Collection<String> accepted) {
        String written = level2 == null || level2.isBlank() ? "(empty)" : "'" + level2 + "'";
        return warning("KPI-0403", at, "indicator '" + clip(indicator) + "': 二级指标 " + written
                + " does not belong to 一级指标 '" + level1 + "'", "Maybe use one of: " + list(accepted)
                + ", or move the row under the 一级指标 it belongs to");
    }

    public static Finding reviewUnmeasurableTarget(Location at, String indicator, String level2, String target) {
        return warning("KPI-0404", at, "indicator '" + clip(indicator) + "' (" + level2 + ") has the text target '" + target
                + "', which cannot be measured", "Maybe write a number with a unit and a comparator, e.g. ≥95%,"
                + " ≥12期 or ≤30天, and say how it is counted in 绩效指标描述");
    }

    public static Finding reviewVagueTarget(Location at, String indicator, String target, String word) {
        return warning("KPI-0405", at, "indicator '" + clip(indicator) + "': target '" + target + "' says '" + word
                + "' without a criterion", "Maybe state what counts as reached, with a number, e.g. 投诉量下降10%"
                + " or 满意度≥90%");
    }

    public static Finding reviewGradingScaleTarget(Location at, String indicator, String target) {
        return warning("KPI-0406", at, "indicator '" + clip(indicator) + "': target '" + target
                + "' is a grading scale, not a target", "Maybe write the grade or the number to reach, e.g. 优 or ≥95%");
    }

    public static Finding reviewMissingComparator(Location at, String indicator, String target) {
        return warning("KPI-0407", at, "indicator '" + clip(indicator) + "': target '" + target
                + "' has no comparator, so it is not clear whether it is a minimum or a limit (scored as ≥)",
                "Maybe write ≥" + target + " for a minimum or ≤" + target + " for a deadline or limit");
    }

    public static Finding reviewTargetWithoutUnit(Location at, String indicator, String target, String example) {
        return warning("KPI-0408", at, "indicator '" + clip(indicator) + "': target '" + target + "' has no unit",
                "Maybe write " + example + "; without a unit any actual number is accepted as comparable");
    }

    public static Finding reviewNameContradictsTarget(Location at, String indicator, String named, String target) {
        return warning("KPI-0409", at, "indicator '" + clip(indicator) + "' names " + named + " but its target is '"
                + target + "'", "Maybe correct the target or the 三级指标 so that they say the same");
    }

    public static Finding reviewCostAboveBudget(Location at, String indicator, String table, String cost,
                                                String budget) {
        return warning("KPI-0410", at, "成本指标 '" + clip(indicator) + "' allows " + cost + "万元, more than the budget "
                + budget + "万元 of '" + table + "'", "Maybe lower the cost target to the budget, or correct the budget");
    }

    public static Finding reviewProjectBudgetsDoNotAddUp(Location at, String sum, int projects, String projectBudget) {
        return warning("KPI-0411", at, "the budgets of the " + projects + " projects add up to " + sum
                + "万元, not the 项目支出 " + projectBudget + "万元", "Maybe a project is missing or a budget is mistyped;"
                + " correct 'budget:' of the projects or 'projectBudget:'");
    }

    public static Finding reviewCostTargetsDoNotAddUp(Location at, String table, String sum, String budget,
                                                      String other) {
        String against = other == null ? "its 资金总额 " + budget + "万元"
                : "its 资金总额 " + budget + "万元 or the 项目支出 " + other + "万元";
        return warning("KPI-0412", at, "table '" + table + "': the 成本指标 targets add up to " + sum + "万元, not "
                + against, "Maybe the cost targets should cover the whole budget; correct the amounts or the budget");
    }

    public static Finding reviewPercentAboveCeiling(Location at, String indicator, String target, String ceiling) {
        return warning("KPI-0413", at, "indicator '" + clip(indicator) + "': target '" + target + "' is above " + ceiling
                + "%", "Maybe the target is a growth rate (write it as 增长率) or a typo for a value up to " + ceiling + "%");
    }

    public static Finding reviewMalformedValue(Location at, String indicator, String target, String note,
                                               String corrected) {
        return warning("KPI-0414", at, "indicator '" + clip(indicator) + "': target '" + target + "' is malformed (" + note
                + ")", "Maybe write " + corrected);
    }

    public static Finding reviewZeroAtLeast(Location at, String indicator, String target) {
        return warning("KPI-0415", at, "indicator '" + clip(indicator) + "': target '" + target
                + "' is met by doing nothing (at least 0)", "Maybe write the amount to reach, or ≤0 / =0 if none is the aim");
    }

    public static Finding reviewRepeatedIndicator(Location at, String indicator, String table, int firstLine) {
        return warning("KPI-0416", at, "indicator '" + clip(indicator) + "' appears twice in table '" + table
                + "' (first at line " + firstLine + ")", "Maybe merge the two rows, or name what each one measures");
    }

    public static Finding reviewOverallProjectMismatch(Location at, String indicator, String project, String target,
                                                       String overallTarget, int overallLine) {
        return warning("KPI-0417", at, "indicator '" + clip(indicator) + "' has the target '" + target + "' in '" + project
                + "' but '" + overallTarget + "' in the 部门整体 table (line " + overallLine + ")",
                "Maybe one of them is a typo; the department-wide and project targets of the same indicator should agree");
    }

    public static Finding reviewSpendingPlanShort(Location at, String table, String step, String percent, String end) {
        return warning("KPI-0418", at, "table '" + table + "': 资金支出计划 ends at " + step + " with " + percent
                + "%, not " + end + "%", "Maybe the plan misses its last step; the budget is spent by " + end + "%");
    }

    public static Finding reviewSpendingPlanNotMonotone(Location at, String table, String step, String percent,
                                                        String earlier, String earlierPercent) {
        return warning("KPI-0419", at, "table '" + table + "': 资金支出计划 falls from " + earlierPercent + "% ("
                + earlier + ") to " + percent + "% (" + step + ")",
                "Maybe write cumulative percentages (each step the share spent so far)");
    }

    public static Finding reviewSpendingPlanUnreadable(Location at, String table, String step, String text) {
        return warning("KPI-0420", at, "table '" + table + "': 资金支出计划 step " + step + " is '" + text
                + "', not a percentage", "Maybe write the cumulative share spent by then, e.g. " + step + ": 50%");
    }

    /** @param without how many indicators of the table have no 分值 (0: every one has) */
    public static Finding reviewPointsDoNotAddUp(Location at, String table, String sum, String share, long without) {
        String problem = without == 0 ? "the 分值 of its indicators add up to " + sum + ", not " + share
                : "the given 分值 add up to " + sum + ", leaving nothing of " + share + " for the " + without
                + " indicator(s) without one";
        return warning("KPI-0421", at, "table '" + table + "': " + problem + " (the indicators share 100 less"
                + " 预算执行率)", "Maybe correct the 分值 so that the indicators share " + share + " points");
    }

    public static Finding reviewSelfScoreAbovePoints(Location at, String table, String indicator, String claimed,
                                                     String points) {
        return warning("KPI-0422", at, "自评得分 " + claimed + " of '" + clip(indicator) + "' (" + table
                + ") is more than its 分值 " + points, "Maybe the claim is out of another scale; an indicator scores at most"
                + " its 分值");
    }

    public static Finding reviewDeviation(Location at, String indicator, String actual, String target, String beyond,
                                          String flag, boolean ceiling) {
        return warning("KPI-0423", at, "偏离度: '" + clip(indicator) + "' achieved '" + actual + "', " + beyond
                + "% beyond its target '" + target + "' (threshold " + flag + "%) — 指标值可能设定"
                + (ceiling ? "偏高" : "偏低"), "Maybe explain the deviation (偏差原因), and set next year's target"
                + " closer to what is achieved");
    }

    public static Finding reviewSpentAboveBudget(Location at, String table, String spent, String budget) {
        return warning("KPI-0424", at, "table '" + table + "': spent " + spent + "万元 is above its budget " + budget
                + "万元", "Maybe check 全年执行数, or the budget after adjustments (全年预算数)");
    }

    public static Finding reviewExecutionBelowFloor(Location at, String table, String rate, String floor,
                                                    String spent, String budget) {
        return warning("KPI-0425", at, "table '" + table + "': 预算执行率 " + rate + "% (" + spent + "/" + budget
                + "万元) is below " + floor + "%", "Maybe explain why the money was not spent (偏差原因), or check 全年执行数");
    }

    /** For users' own review rules (--rules): a note, with the rule's name in front of the message. */
    public static Finding userNote(Location at, String rule, String message, String hint) {
        return new Finding(Severity.INFO, "KPI-0448", "[" + rule + "] " + message, maybe(hint), at);
    }

    /** For users' own review rules (--rules): a warning, with the rule's name in front of the message. */
    public static Finding userCheck(Location at, String rule, String message, String hint) {
        return warning("KPI-0449", at, "[" + rule + "] " + message, maybe(hint));
    }

    /** A long 三级指标 (some are whole sentences) cut to its first 30 characters, for review messages. */
    static String clip(String name) {
        return name == null || name.codePointCount(0, name.length()) <= 30 ? name
                : name.substring(0, name.offsetByCodePoints(0, 29)) + "…";
    }

    private static String maybe(String hint) {
        if (hint == null || hint.isBlank()) {
            return "";
        }
        return hint.startsWith("Maybe") ? hint : "Maybe " + hint;
    }
}
