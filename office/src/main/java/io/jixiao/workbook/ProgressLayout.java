package io.jixiao.workbook;

import io.jixiao.model.Likelihood;
import java.util.List;

/**
 * Where things are on a table sheet of the monitoring workbook (绩效监控表, {@code jixiao template --monitoring}); the
 * template ({@link ProgressTemplate}), its reader ({@link ProgressWorkbookLoader}) and the filled 绩效监控表 that
 * {@code jixiao monitor -o F.xlsx} writes ({@link MonitoringWorkbook}) go by it. Rows and columns are 0-based as in POI.
 *
 * <pre>
 *   1  title
 *   2  部门名称 | department …      预算年度 | year    监控截至月份 | [month]
 *   3  项目名称 | table name …
 *   4  年初预算数（万元）| budget   调整后预算数 | [adjusted]   1–N月执行数 | [spent]   全年预计执行数 | [expected]
 *   5  how to fill in
 *   6  一级指标 二级指标 三级指标 年度指标值 [当前完成值] [全年预计完成值] [完成目标可能性] [偏差原因] [纠偏措施] 分值
 *      评（扣）分标准 填写说明 | key unit (hidden)
 *   7… one row per indicator
 * </pre>
 */
public final class ProgressLayout {

    /** Written in the hidden cell M1 of every table sheet: marks the sheet and says which table kind. */
    public static final String MARKER = "jixiao-progress/1";

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
    public static final int MONTH_LABEL_COL = 7;
    public static final int MONTH_COL = 8;
    public static final int BUDGET_COL = 1;
    public static final int ADJUSTED_LABEL_COL = 2;
    public static final int ADJUSTED_COL = 3;
    public static final int SPENT_LABEL_COL = 4;
    public static final int SPENT_COL = 5;
    public static final int EXPECTED_LABEL_COL = 6;
    public static final int EXPECTED_COL = 7;

    public static final int LEVEL1 = 0;
    public static final int LEVEL2 = 1;
    public static final int NAME = 2;
    public static final int TARGET = 3;
    public static final int CURRENT = 4;
    public static final int FORECAST = 5;
    public static final int LIKELIHOOD = 6;
    public static final int REASON = 7;
    public static final int MEASURES = 8;
    public static final int POINTS = 9;
    public static final int DEDUCTION = 10;
    public static final int HINT = 11;
    /** Hidden: the indicator key the progress is filed under. */
    public static final int KEY = 12;
    /** Hidden: the unit a bare number is taken in (the target's). */
    public static final int UNIT = 13;
    public static final int MARKER_COL = KEY;
    public static final int MARKER_ROW = TITLE_ROW;

    /** The headers of the form (the 绩效监控表's words), as findings name the columns; the hidden ones are data names. */
    public static final List<String> HEADERS = List.of("一级指标", "二级指标", "三级指标", "年度指标值", "当前完成值",
            "全年预计完成值", "完成目标可能性", "偏差原因", "纠偏措施", "分值", "评（扣）分标准", "填写说明", "key", "unit");
    /** The label keys of the visible headers as the template shows them (WorkbookLabels, in the run's language). */
    public static final List<String> COLUMN_LABELS = List.of("column.level1", "column.level2", "column.name",
            "column.target", "progress.column.current", "progress.column.forecast", "progress.column.likelihood",
            "progress.column.reason", "progress.column.measures", "column.points", "column.deduction", "column.howTo");

    public static final String MONTH_HEADER = "监控截至月份";
    public static final String SPENT_HEADER = "1–N月执行数（万元）";
    public static final String ADJUSTED_HEADER = "调整后预算数（万元）";
    public static final String EXPECTED_HEADER = "全年预计执行数（万元）";

    /** The 完成目标可能性 drop-down: the form's words (财预〔2019〕136号). */
    public static final List<String> LIKELIHOODS = Likelihood.words();
    /** The 偏差原因 drop-down: the form's kinds of cause; own words may be typed. */
    public static final List<String> REASONS = List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", "其他");

    private ProgressLayout() {
    }
}
