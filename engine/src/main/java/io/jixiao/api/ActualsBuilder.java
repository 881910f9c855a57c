package io.jixiao.api;

import io.jixiao.api.Draft.Mapping;
import java.math.BigDecimal;

/**
 * A department's actuals (实际完成值) written in code instead of an actuals file: the same fields, checked by the
 * same loader and paired with the targets the same way when the input is evaluated — an actual that does not read,
 * or names no indicator, is a finding, not an exception.
 *
 * <pre>{@code
 * Input actuals = Input.actuals("示例局", 2024)
 *         .overall().spent(new BigDecimal("95")).actual("培训人次", "180人次").actual("覆盖面", "达成")
 *         .project("培训项目").spent(new BigDecimal("20"))
 *         .actual("合格率", "96%").selfScore("合格率", new BigDecimal("50"))
 *         .build();
 * }</pre>
 *
 * <p>Findings about built actuals are located in {@code actuals (built)} at line = the ordinal of the builder call
 * that gave the value ({@link Input#actuals} is call 1) and column = the argument of that call, e.g.
 * {@code actuals (built):4:2} for the value given to the fourth call {@code actual(key, text)}. A null argument
 * leaves the field out; a later value for the same key of a table replaces the earlier one. A builder is not
 * thread-safe; {@link #build()} takes a snapshot, and the builder can go on.
 */
public final class ActualsBuilder {

    private final Draft draft = new Draft("actuals (built)");
    private final Mapping root;
    private Mapping table;

    ActualsBuilder(String department, int year) {
        int c = draft.call();
        root = new Mapping(draft.at(c, 1));
        root.text("department", department, draft.at(c, 1));
        root.text("year", Integer.toString(year), draft.at(c, 2));
    }

    /**
     * Starts (or goes back to) the actuals of the department-wide table, 部门整体.
     *
     * @return this builder
     */
    public ActualsBuilder overall() {
        int c = draft.call();
        table = root.mapping("overall", draft.at(c, 1));
        table.mapping("actuals", draft.at(c, 1));
        return this;
    }

    /**
     * Starts a project's actuals.
     *
     * @param name the project's name, as its targets name it
     * @return this builder
     */
    public ActualsBuilder project(String name) {
        int c = draft.call();
        Mapping t = new Mapping(draft.at(c, 1));
        t.text("name", name, draft.at(c, 1));
        t.mapping("actuals", draft.at(c, 1));
        root.sequence("projects", draft.at(c, 1)).add(t);
        table = t;
        return this;
    }

    /**
     * Starts (or goes back to) the actuals of the 部门整体支出绩效评价 sheet (docs/scoring.md#evaluation).
     *
     * @return this builder
     */
    public ActualsBuilder evaluation() {
        int c = draft.call();
        table = root.mapping("evaluation", draft.at(c, 1));
        table.mapping("actuals", draft.at(c, 1));
        return this;
    }

    /**
     * The current table's 全年预算数: the budget after the year's adjustments (docs/scoring.md#adjusted-budget).
     *
     * @param wanYuan in 万元; null when the budget was not adjusted (the targets' budget counts)
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public ActualsBuilder adjustedBudget(BigDecimal wanYuan) {
        Mapping t = current();
        int c = draft.call();
        t.number("adjustedBudget", wanYuan, draft.at(c, 1));
        return this;
    }

    /**
     * The current table's 全年执行数.
     *
     * @param wanYuan in 万元; null when unknown (budget execution is then not scored)
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public ActualsBuilder spent(BigDecimal wanYuan) {
        Mapping t = current();
        int c = draft.call();
        t.number("spent", wanYuan, draft.at(c, 1));
        return this;
    }

    /**
     * One actual of the current table.
     *
     * @param indicator the indicator's key (its id, else its 三级指标, else its description)
     * @param text      as written in an actuals file: 18500条, 1.8万条, 部分达成 75%, 不适用
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public ActualsBuilder actual(String indicator, String text) {
        Mapping t = current();
        int c = draft.call();
        t.mapping("actuals", draft.at(c, 1)).text(indicator, draft.at(c, 1), text, draft.at(c, 2));
        return this;
    }

    /**
     * The department's own score for one indicator of the current table (自评得分), which the 复核 checks.
     *
     * @param indicator the indicator's key
     * @param points    the score claimed
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public ActualsBuilder selfScore(String indicator, BigDecimal points) {
        Mapping t = current();
        int c = draft.call();
        t.mapping("selfScores", draft.at(c, 1)).number(indicator, draft.at(c, 1), points, draft.at(c, 2));
        return this;
    }

    /**
     * Why one indicator of the current table fell short (未完成原因).
     *
     * @param indicator the indicator's key
     * @param text      the reason as written
     * @return this builder
     * @throws IllegalStateException before {@link #overall()} or {@link #project}
     */
    public ActualsBuilder reason(String indicator, String text) {
        Mapping t = current();
        int c = draft.call();
        t.mapping("reasons", draft.at(c, 1)).text(indicator, draft.at(c, 1), text, draft.at(c, 2));
        return this;
    }

    /**
     * The actuals as they now stand.
     *
     * @return an input named {@code actuals (built)}
     */
    public Input build() {
        return Input.of(draft.source(root));
    }

    private Mapping current() {
        if (table == null) {
            throw new IllegalStateException("start a table first: overall() or project(name)");
        }
        return table;
    }
}
