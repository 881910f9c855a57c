package io.jixiao.api;

import io.jixiao.api.Draft.Mapping;
import io.jixiao.api.Draft.Sequence;
import java.math.BigDecimal;

/**
 * A department's targets written in code instead of a targets file: the same fields, checked by the same loader
 * when the input is evaluated — an unknown 一级指标 or a target that does not read is a finding, not an exception.
 *
 * <pre>{@code
 * Input targets = Input.targets("示例局", 2024).budget(new BigDecimal("100"))
 *         .overall()
 *         .indicator("产出指标", "数量", "培训人次", "≥200人次").deduction("每减少10人次扣1%")
 *         .indicator("效益指标", "社会效益", "覆盖面", "有效提升")
 *         .project("培训项目", new BigDecimal("20"))
 *         .indicator("产出指标", "质量", "合格率", "≥95%").points(new BigDecimal("50"))
 *         .build();
 * }</pre>
 *
 * <p>Findings about built targets are located in {@code targets (built)} at line = the ordinal of the builder call
 * that gave the value ({@link Input#targets} is call 1, the next call 2, …) and column = the argument of that call,
 * e.g. {@code targets (built):5:1} for the 一级指标 given to the fifth call. A null argument leaves the field out,
 * as a file that omits it; a field given again replaces the earlier value. A builder is not thread-safe;
 * {@link #build()} takes a snapshot, and the builder can go on.
 */
public final class TargetsBuilder {

    private final Draft draft = new Draft("targets (built)");
    private final Mapping root;
    private Mapping table;
    private Mapping indicator;

    TargetsBuilder(String department, int year) {
        int c = draft.call();
        root = new Mapping(draft.at(c, 1));
        root.text("department", department, draft.at(c, 1));
        root.text("year", Integer.toString(year), draft.at(c, 2));
    }

    /**
     * The department's code (部门编码).
     *
     * @param code as printed before the department's name in the budget tables
     * @return this builder
     */
    public TargetsBuilder code(String code) {
        int c = draft.call();
        root.text("code", code, draft.at(c, 1));
        return this;
    }

    /**
     * The department's budget (预算数, 收入总计).
     *
     * @param wanYuan in 万元
     * @return this builder
     */
    public TargetsBuilder budget(BigDecimal wanYuan) {
        int c = draft.call();
        root.number("budget", wanYuan, draft.at(c, 1));
        return this;
    }

    /**
     * The department's project spending in total (项目支出).
     *
     * @param wanYuan in 万元
     * @return this builder
     */
    public TargetsBuilder projectBudget(BigDecimal wanYuan) {
        int c = draft.call();
        root.number("projectBudget", wanYuan, draft.at(c, 1));
        return this;
    }

    /**
     * The scoring profile the targets name (a targets file's {@code profile:}); {@link Options#profile(String)}
     * overrides it.
     *
     * @param nameOrPath a built-in profile name, or a profile file relative to the working folder
     * @return this builder
     */
    public TargetsBuilder profile(String nameOrPath) {
        int c = draft.call();
        root.text("profile", nameOrPath, draft.at(c, 1));
        return this;
    }

    /**
     * Starts (or goes back to) the department-wide table, 部门整体: the indicators that follow are its.
     *
     * @return this builder
     */
    public TargetsBuilder overall() {
        int c = draft.call();
        Mapping t = root.mapping("overall", draft.at(c, 1));
        t.sequence("indicators", draft.at(c, 1));
        table = t;
        indicator = null;
        return this;
    }

    /**
     * Starts a project's table: the indicators that follow are its.
     *
     * @param name   the project's name (项目名称), as its actuals name it
     * @param budget the project's budget in 万元, or null when not stated
     * @return this builder
     */
    public TargetsBuilder project(String name, BigDecimal budget) {
        int c = draft.call();
        Mapping t = new Mapping(draft.at(c, 1));
        t.text("name", name, draft.at(c, 1));
        t.number("budget", budget, draft.at(c, 2));
        t.sequence("indicators", draft.at(c, 1));
        root.sequence("projects", draft.at(c, 1)).add(t);
        table = t;
        indicator = null;
        return this;
    }

    /**
     * Starts (or goes back to) the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation): the indicators that follow
     * are its rows, each with its {@link #points} and its {@link #deduction} (评分标准).
     *
     * @param name the sheet's name, or null for 部门整体支出绩效评价
     * @return this builder
     */
    public TargetsBuilder evaluation(String name) {
        int c = draft.call();
        Mapping t = root.mapping("evaluation", draft.at(c, 1));
        t.text("name", name, draft.at(c, 1));
        t.sequence("indicators", draft.at(c, 1));
        table = t;
        indicator = null;
        return this;
    }

    /**
     * The current table's 预算执行率 分值, when it departs from the profile's (docs/scoring.md#given-points).
     *
     * @param points 0 to 100; null for the profile's
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public TargetsBuilder budgetPoints(BigDecimal points) {
        Mapping t = current();
        int c = draft.call();
        t.number("budgetPoints", points, draft.at(c, 1));
        return this;
    }

    /**
     * Adds a performance goal (绩效目标) to the current table.
     *
     * @param text the goal as written
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public TargetsBuilder goal(String text) {
        Mapping t = current();
        int c = draft.call();
        if (text != null) {
            t.sequence("goals", draft.at(c, 1)).add(Draft.scalar(text, draft.at(c, 1)));
        }
        return this;
    }

    /**
     * Adds a line of the current table's spending plan (资金支出计划).
     *
     * @param period  e.g. 一季度
     * @param wanYuan the amount planned, e.g. 5 or 5万元
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public TargetsBuilder spendingPlan(String period, String wanYuan) {
        Mapping t = current();
        int c = draft.call();
        t.mapping("spendingPlan", draft.at(c, 1)).text(period, draft.at(c, 1), wanYuan, draft.at(c, 2));
        return this;
    }

    /**
     * Adds an indicator to the current table; {@link #points}, {@link #deduction}, {@link #id},
     * {@link #description} and {@link #basis} then apply to it.
     *
     * @param level1 一级指标: 产出指标, 效益指标 or 满意度指标 (or a name they are also written as, e.g. 部门产出)
     * @param level2 二级指标, e.g. 数量
     * @param name   三级指标: the indicator's name, and its key unless {@link #id} gives one
     * @param target 指标值 as written, e.g. ≥200人次, ≤30分钟, 有效改善
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public TargetsBuilder indicator(String level1, String level2, String name, String target) {
        Mapping t = current();
        int c = draft.call();
        Mapping i = new Mapping(draft.at(c, 1));
        i.text("level1", level1, draft.at(c, 1));
        i.text("level2", level2, draft.at(c, 2));
        i.text("name", name, draft.at(c, 3));
        i.text("target", target, draft.at(c, 4));
        t.sequence("indicators", draft.at(c, 1)).add(i);
        indicator = i;
        return this;
    }

    /**
     * The last indicator's points (分值); without them, the profile shares its table's points.
     *
     * @param points 0 or more
     * @return this builder
     * @throws IllegalStateException before any {@link #indicator}
     */
    public TargetsBuilder points(BigDecimal points) {
        Mapping i = last();
        int c = draft.call();
        i.number("points", points, draft.at(c, 1));
        return this;
    }

    /**
     * The last indicator's 评（扣）分标准.
     *
     * @param text as written, e.g. 每减少10人次扣1分
     * @return this builder
     * @throws IllegalStateException before any {@link #indicator}
     */
    public TargetsBuilder deduction(String text) {
        Mapping i = last();
        int c = draft.call();
        i.text("deduction", text, draft.at(c, 1));
        return this;
    }

    /**
     * The last indicator's id: its key in actuals instead of its name.
     *
     * @param id e.g. A1
     * @return this builder
     * @throws IllegalStateException before any {@link #indicator}
     */
    public TargetsBuilder id(String id) {
        Mapping i = last();
        int c = draft.call();
        i.text("id", id, draft.at(c, 1));
        return this;
    }

    /**
     * The last indicator's description (绩效指标描述).
     *
     * @param text as written
     * @return this builder
     * @throws IllegalStateException before any {@link #indicator}
     */
    public TargetsBuilder description(String text) {
        Mapping i = last();
        int c = draft.call();
        i.text("description", text, draft.at(c, 1));
        return this;
    }

    /**
     * The last indicator's 指标值确定依据.
     *
     * @param text e.g. 计划标准
     * @return this builder
     * @throws IllegalStateException before any {@link #indicator}
     */
    public TargetsBuilder basis(String text) {
        Mapping i = last();
        int c = draft.call();
        i.text("basis", text, draft.at(c, 1));
        return this;
    }

    /**
     * The targets as they now stand.
     *
     * @return an input named {@code targets (built)}
     */
    public Input build() {
        return Input.of(draft.source(root));
    }

    private Mapping current() {
        if (table == null) {
            throw new IllegalStateException("start a table first: overall() or project(name, budget)");
        }
        return table;
    }

    private Mapping last() {
        if (indicator == null) {
            throw new IllegalStateException("add an indicator first: indicator(level1, level2, name, target)");
        }
        return indicator;
    }
}
