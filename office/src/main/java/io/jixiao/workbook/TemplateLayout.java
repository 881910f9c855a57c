package io.jixiao.workbook;

import java.util.List;

/**
 * Where things are on a sheet of the actuals template ({@code jixiao template}); the writer
 * ({@link ActualsTemplate}) and the reader ({@code load.ActualsWorkbookLoader}) both go by it.
 * Rows and columns are 0-based as in POI; a finding names them the spreadsheet way (E7).
 *
 * <pre>
 *   1  title
 *   2  部门名称 | department …            预算年度 | year
 *   3  项目名称 | table name …
 *   4  年初预算数（万元）| budget   全年执行数（万元）| [spent]   全年预算数（万元）| [adjusted, the 年初 figure to start with]
 *   5  how to fill in
 *   6  一级指标 二级指标 三级指标 年度指标值 [实际完成值] [未完成原因] 分值 绩效指标描述 评（扣）分标准 填写说明 | key unit (hidden)
 *   7… one row per indicator
 * </pre>
 */
public final class TemplateLayout {

    /** Written in the hidden cell K1 of every table sheet: marks the sheet and says which table kind. */
    public static final String MARKER = "jixiao-actuals/1";
    public static final String OVERALL = "overall";
    public static final String PROJECT = "project";
    /** The 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): no budget row to fill in. */
    public static final String EVALUATION = "evaluation";

    public static final int TITLE_ROW = 0;
    public static final int DEPARTMENT_ROW = 1;
    public static final int TABLE_ROW = 2;
    public static final int BUDGET_ROW = 3;
    public static final int NOTE_ROW = 4;
    public static final int HEADER_ROW = 5;
    public static final int FIRST_INDICATOR_ROW = 6;

    public static final int LABEL_COL = 0;
    public static final int VALUE_COL = 1;
    public static final int YEAR_LABEL_COL = 5;
    public static final int YEAR_COL = 6;
    public static final int BUDGET_COL = 1;
    public static final int SPENT_LABEL_COL = 3;
    public static final int SPENT_COL = 4;
    /** 全年预算数 (docs/scoring.md#adjusted-budget): its label and its input cell, filled with the 年初 budget. */
    public static final int ADJUSTED_LABEL_COL = 5;
    public static final int ADJUSTED_COL = 6;
    /** Where the note on the budget row starts, right of 全年预算数. */
    public static final int BUDGET_NOTE_COL = 7;

    public static final int LEVEL1 = 0;
    public static final int LEVEL2 = 1;
    public static final int NAME = 2;
    public static final int TARGET = 3;
    public static final int ACTUAL = 4;
    public static final int REASON = 5;
    public static final int POINTS = 6;
    public static final int DESCRIPTION = 7;
    public static final int DEDUCTION = 8;
    public static final int HINT = 9;
    /** Hidden: the indicator key actuals are filed under (id, else name, else description). */
    public static final int KEY = 10;
    /** Hidden: the unit a bare number in 实际完成值 is taken in (the target's unit, e.g. 条, %, 分钟). */
    public static final int UNIT = 11;
    /**
     * Hidden: the 分值 the targets file wrote for the indicator, blank when the profile shares them (validate of the
     * workbook alone reads it, so that it shares the points as score does).
     */
    public static final int WRITTEN_POINTS = 12;
    /** Hidden: "1" when the 评（扣）分标准 shown is the 指标库's suggestion, not the targets file's. */
    public static final int SUGGESTED = 13;
    /** Hidden K1: {@link #MARKER} + " " + {@link #OVERALL} or {@link #PROJECT}. */
    public static final int MARKER_COL = KEY;
    /** Hidden L1: the built-in profile the template's 分值 were shared by (national, hubei, sichuan), else empty. */
    public static final int PROFILE_COL = UNIT;
    /** Hidden M1: the table's 预算执行率分值 as the targets file wrote it (budgetPoints), else empty. */
    public static final int BUDGET_POINTS_COL = WRITTEN_POINTS;
    /** Hidden N1 of the 部门整体 sheet: the department's 项目支出 (projectBudget) as the targets file wrote it, else empty. */
    public static final int PROJECT_BUDGET_COL = SUGGESTED;
    public static final int MARKER_ROW = TITLE_ROW;

    /**
     * The label keys of the header row's visible columns (WorkbookLabels: in the language of the run, the 自评表's
     * words in Chinese); {@link #HIDDEN_HEADERS} follow them.
     */
    public static final List<String> COLUMNS = List.of("column.level1", "column.level2", "column.name",
            "column.target", "column.actual", "column.reason", "column.points", "column.description",
            "column.deduction", "column.howTo");

    /** The headers of the hidden columns {@link #KEY} and {@link #UNIT}: data names, the same in every language. */
    public static final List<String> HIDDEN_HEADERS = List.of("key", "unit", "points", "suggested");

    /** The header of 实际完成值 and of 全年执行数 as findings about the cells name them. */
    public static final String ACTUAL_HEADER = "实际完成值";
    public static final String SPENT_HEADER = "全年执行数（万元）";
    public static final String ADJUSTED_HEADER = "全年预算数（万元）";

    /**
     * Grades offered by the drop-down of a qualitative indicator: every grade word the reader accepts
     * (docs/scoring.md#grades): 达成/部分达成/未达成, the ratings 优/良/中/差, and 不适用. They are data, the same in
     * every language.
     */
    public static final List<String> ACHIEVEMENT_GRADES = List.of("达成", "部分达成", "未达成", "优", "良", "中", "差",
            "不适用");
    /** The same words, the ratings first, when the target is a rating scale such as 优.良.中.差. */
    public static final List<String> RATING_GRADES = List.of("优", "良", "中", "差", "达成", "部分达成", "未达成", "不适用");

    private TemplateLayout() {
    }
}
