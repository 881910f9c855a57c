package io.jixiao.load;

import static io.jixiao.problem.Catalogue.list;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * The findings of loading (KPI-0101…0129, 0132, 0150, 0151, 0180): YAML, keys, values, units, pairing of
 * actuals with targets, decoding. Texts in {@code io/jixiao/load/messages.properties}.
 */
public final class LoadProblems {

    private static final Catalogue M = Catalogue.of(LoadProblems.class);

    private LoadProblems() {
    }

    /** A row whose 指标值 is / is no indicator: skipped (docs/scoring.md#slash-rows). */
    public static Finding slashRowSkipped(Location at, String key) {
        return M.info("KPI-0133", at, "key", key);
    }

    /** The points of a 部门整体支出绩效评价 sheet that do not total 100 (docs/scoring.md#evaluation). */
    public static Finding evaluationPoints(Location at, String sum) {
        return M.error("KPI-0134", at, "sum", sum);
    }

    /** Actuals for a 部门整体支出绩效评价 sheet the targets do not have. */
    public static Finding evaluationWithoutSheet(Location at) {
        return M.error("KPI-0135", at);
    }

    public static Finding yamlSyntax(Location at, String problem) {
        return M.error("KPI-0101", at, "problem", problem);
    }

    /** A YAML syntax error on a line whose key ends in a full-width colon (名称：值). */
    public static Finding yamlFullWidthColon(Location at, String key) {
        return M.error("KPI-0101.fullWidthColon", at, "key", key);
    }

    public static Finding unknownKey(Location at, String key, String where, Collection<String> known, String closest) {
        return closest == null ? M.error("KPI-0102", at, "key", key, "where", where, "known", list(known))
                : M.error("KPI-0102.closest", at, "key", key, "where", where, "closest", closest, "known", list(known));
    }

    public static Finding missingKey(Location at, String key, String where) {
        return M.error("KPI-0103", at, "key", key, "where", where);
    }

    public static Finding wrongType(Location at, String key, String expected, String found) {
        return M.error("KPI-0104", at, "key", key, "expected", expected, "found", found);
    }

    public static Finding unknownLevel1(Location at, String level1, Collection<String> accepted) {
        return M.error("KPI-0105", at, "level1", level1, "accepted", list(accepted));
    }

    public static Finding duplicateIndicator(Location at, String key, String table, Location first) {
        return M.error("KPI-0106", at, "key", key, "table", table, "line", first.line());
    }

    /** Two keys that differ only in full-/half-width characters or spacing: actuals could not tell them apart. */
    public static Finding duplicateIndicatorSpelling(Location at, String key, String firstKey, String table,
                                                     Location first) {
        return M.error("KPI-0106.spelling", at, "key", key, "table", table, "firstKey", firstKey, "line", first.line());
    }

    public static Finding duplicateKey(Location at, String key, Location first) {
        return M.error("KPI-0107", at, "key", key, "line", first.line());
    }

    /** A key written twice under two of its names (target and 指标值). */
    public static Finding duplicateSynonym(Location at, String key, String synonym, Location first) {
        return M.error("KPI-0107.synonym", at, "key", key, "synonym", synonym, "line", first.line());
    }

    /** {@code hint}: the value grammar's hint for the problem, may be null or empty (no hint). */
    public static Finding badTarget(Location at, String text, String problem, String hint) {
        return M.error("KPI-0108", at, "text", text, "problem", problem, "hint", hint == null ? "" : hint);
    }

    /** An actual written as {@code key:} with nothing after it. */
    public static Finding emptyActual(Location at, String key) {
        // badActual quotes the text: name the indicator as the line is written ("key:")
        Catalogue.Hinted t = LoadTexts.hinted("emptyActual", "key", key);
        return badActual(at, key + ":", t.text(), t.hint());
    }

    /** A what-if change whose value is empty ({@code --set '项目/指标='}). */
    public static Finding emptyChange(Location at, String text) {
        Catalogue.Hinted t = LoadTexts.hinted("emptyChange");
        return badActual(at, text, t.text(), t.hint());
    }

    /** {@code hint}: the value grammar's hint for the problem, may be null or empty (no hint). */
    public static Finding badActual(Location at, String text, String problem, String hint) {
        return M.error("KPI-0109", at, "text", text, "problem", problem, "hint", hint == null ? "" : hint);
    }

    public static Finding incompatibleUnit(Location at, String indicator, String actual, String actualUnit,
                                           String target, String targetUnit) {
        return M.error("KPI-0110", at, "actual", actual, "indicator", indicator, "actualUnit", actualUnit,
                "targetUnit", targetUnit, "target", target);
    }

    public static Finding yamlLimit(Location at, String what) {
        return M.error("KPI-0111", at, "what", what);
    }

    public static Finding unreadable(String file, String reason) {
        return M.error("KPI-0112", Location.of(file), "reason", reason);
    }

    /**
     * A file a confined read (a department's, in jixiao review) was asked to open outside its folder; {@code link}
     * when the path is a symbolic link pointing out of it.
     */
    public static Finding outsideFolder(String file, boolean link) {
        return link ? M.error("KPI-0137.link", Location.of(file)) : M.error("KPI-0137", Location.of(file));
    }

    public static Finding decodedAsGb18030(String file) {
        return M.info("KPI-0132", Location.of(file));
    }

    public static Finding yamlTag(Location at, String tag) {
        return M.error("KPI-0113", at, "tag", tag);
    }

    public static Finding duplicateTable(Location at, String name, Location first) {
        return M.error("KPI-0114", at, "name", name, "line", first.line());
    }

    public static Finding badNumber(Location at, String key, String text, String example) {
        return M.error("KPI-0116", at, "key", key, "text", text, "example", example);
    }

    /** A number that cannot be negative (分值, 自评得分, a budget, 全年执行数) written with a minus sign. */
    public static Finding negativeNumber(Location at, String key, String text, String example) {
        return M.error("KPI-0116.negative", at, "key", key, "text", text, "example", example);
    }

    /**
     * A target or actual with a minus sign in a unit no amount of which is negative (a count, a time, money):
     * {@code what} says which ("a count (条)").
     */
    public static Finding negativeValue(Location at, boolean target, String text, String indicator, String what) {
        return target ? M.error("KPI-0138", at, "text", text, "indicator", indicator, "what", what)
                : M.error("KPI-0138.actual", at, "text", text, "indicator", indicator, "what", what);
    }

    /** The likely unit slip behind an implausible actual: it chooses KPI-0139's variant, each with its hint. */
    public enum Slip {
        /** a bare number typed in 元 where the target is in 万元 (KPI-0139.yuan) */
        YUAN,
        /** a percent written ×100, 9600 for 96% (KPI-0139.percent) */
        PERCENT_TIMES_100,
        /** a fraction written for a percent, 0.0096 for 0.96% (KPI-0139.fraction) */
        FRACTION,
        /** a bare number counted in another unit than the target's (KPI-0139.bare) */
        BARE_NUMBER,
        /** any other unit (KPI-0139) */
        OTHER_UNIT
    }

    /**
     * An actual 100 times its target or more, or a hundredth of it or less: a unit slip more often than a fact.
     *
     * @param times "9800×" or "1/150"
     * @param slip  the likely slip, which chooses the hint
     * @param unit  the target's unit ("万元", "条"; empty for a bare number)
     */
    public static Finding implausibleActual(Location at, String indicator, String actual, String target, String times,
                                            Slip slip, String unit) {
        Object[] args = {"actual", actual, "indicator", indicator, "times", times, "target", target};
        return switch (slip) {
            case YUAN -> M.warning("KPI-0139.yuan", at, args);
            case PERCENT_TIMES_100 -> M.warning("KPI-0139.percent", at, args);
            case FRACTION -> M.warning("KPI-0139.fraction", at, args);
            case BARE_NUMBER -> M.warning("KPI-0139.bare", at, "actual", actual, "indicator", indicator, "times", times,
                    "target", target, "unit", unit);
            case OTHER_UNIT -> M.warning("KPI-0139", at, args);
        };
    }

    /** A table's 全年执行数 100 times its budget or more, or a hundredth of it or less. */
    public static Finding implausibleSpent(Location at, String table, String spent, String budget, String times) {
        return M.warning("KPI-0139.spent", at, "table", table, "spent", spent, "times", times, "budget", budget);
    }

    /** A table with a budget of 0 that spent money: its 预算执行率 cannot be computed. */
    public static Finding spentWithoutBudget(Location at, String table, String spent) {
        return M.error("KPI-0144", at, "table", table, "spent", spent);
    }

    /** A single value longer than a loader reads ({@code length} characters). */
    public static Finding valueTooLong(Location at, int length, int limit) {
        return M.error("KPI-0136", at, "length", length, "limit", limit);
    }

    /** A line longer than the YAML reader reads ({@code length} characters). */
    public static Finding lineTooLong(Location at, int length, int limit) {
        return M.error("KPI-0136.line", at, "length", length, "limit", limit);
    }

    /** A 评（扣）分标准 whose step takes 0% of the points: it never deducts anything. */
    public static Finding deductsNothing(Location at, String text) {
        return M.warning("KPI-0152", at, "text", text);
    }

    /** A 评（扣）分标准 floor (低于…%不得分, zeroBelow) above 100%: an indicator that meets its target scores 0. */
    public static Finding floorAboveTarget(Location at, String text, String floor) {
        return M.warning("KPI-0153", at, "text", text, "floor", floor);
    }

    public static Finding badYear(Location at, String text) {
        return M.error("KPI-0117", at, "text", text);
    }

    public static Finding emptyTable(Location at, String table) {
        return M.error("KPI-0118", at, "table", table);
    }

    public static Finding badDeduction(Location at, String problem) {
        return M.error("KPI-0119", at, "problem", problem);
    }

    public static Finding swappedFiles(String targets, String actuals) {
        return actuals.equals(targets) ? M.error("KPI-0127", Location.of(targets), "targets", targets)
                : M.error("KPI-0127.passed", Location.of(targets), "targets", targets, "actuals", actuals);
    }

    public static Finding ratioForPercent(Location at, String indicator, String actual, String target) {
        String percent = new BigDecimal(actual.strip()).movePointRight(2).stripTrailingZeros().toPlainString();
        return M.error("KPI-0128", at, "actual", actual, "indicator", indicator, "target", target, "percent", percent);
    }

    public static Finding unreadDeduction(Location at, String text, String problem) {
        return M.warning("KPI-0126", at, "text", text, "problem", problem);
    }

    /**
     * A 评（扣）分标准 step in a unit that does not convert to the target's; under --lenient a warning and
     * the indicator keeps its default method.
     */
    public static Finding deductionUnitAt(Location at, String text, String unit, String targetUnit, boolean lenient) {
        if (targetUnit.isEmpty()) {
            return lenient ? M.warning("KPI-0129.lenientNoUnit", at, "text", text, "unit", unit)
                    : M.error("KPI-0129.noUnit", at, "text", text, "unit", unit);
        }
        return lenient ? M.warning("KPI-0129.lenient", at, "text", text, "unit", unit, "targetUnit", targetUnit)
                : M.error("KPI-0129", at, "text", text, "unit", unit, "targetUnit", targetUnit);
    }

    public static Finding missingActual(Location at, String table, String indicator, Collection<String> present) {
        return M.error("KPI-0120", at, "indicator", indicator, "table", table, "present", list(present));
    }

    public static Finding unknownIndicator(Location at, String table, String key, Collection<String> known) {
        return M.error("KPI-0121", at, "key", key, "table", table, "known", list(known));
    }

    public static Finding unknownTable(Location at, String name, Collection<String> known) {
        return M.error("KPI-0122", at, "name", name, "known", list(known));
    }

    public static Finding departmentMismatch(Location at, String actual, String target) {
        return M.error("KPI-0123", at, "actual", actual, "target", target);
    }

    public static Finding yearMismatch(Location at, int actual, int target) {
        return M.error("KPI-0124", at, "actual", actual, "target", target);
    }

    public static Finding missingTable(Location at, String table) {
        return M.error("KPI-0125", at, "table", table);
    }

    public static Finding emptyTarget(Location at, String indicator) {
        return M.warning("KPI-0151", at, "indicator", indicator);
    }

    public static Finding valueNote(Location at, String text, String note) {
        return M.warning("KPI-0150", at, "text", text, "note", note);
    }

    /** Also raised by jixiao-office's workbook reader; here because ActualsFiles raises it without that module. */
    public static Finding workbookUnreadable(String file, String reason) {
        return M.error("KPI-0180", Location.of(file), "reason", reason);
    }
}
