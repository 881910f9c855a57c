/**
 * jixiao's public API: evaluate a department's performance targets and actuals, review targets, and ask what-if
 * questions — the same pipeline, and the same findings, as the {@code jixiao} commands.
 *
 * <h2>Entry points</h2>
 * <ul>
 *   <li>{@link io.jixiao.api.Jixiao}: {@code evaluate(targets, actuals[, options])} scores a department and runs
 *       the 审核 (target review) and the 复核 (recheck of the self-evaluation); {@code review(targets)} reviews
 *       targets alone; {@code version()}.</li>
 *   <li>{@link io.jixiao.api.Input}: where targets and actuals come from — a file, text, bytes, a stream, or a
 *       department built in code ({@link io.jixiao.api.TargetsBuilder}, {@link io.jixiao.api.ActualsBuilder}).</li>
 *   <li>{@link io.jixiao.api.Options}: the profile, extra rules, lenient 评（扣）分标准, missing actuals.</li>
 *   <li>{@link io.jixiao.api.Scenario} and {@link io.jixiao.api.WhatIf}: what-if — change actuals, re-score, seek a
 *       {@link io.jixiao.api.Goal} ({@link io.jixiao.api.GoalPlan}), see each indicator's
 *       {@link io.jixiao.api.Sensitivity}.</li>
 * </ul>
 *
 * <h2>Results</h2>
 * A {@link io.jixiao.api.Result} is a read-only view: the findings, and the department's score with its
 * {@link io.jixiao.api.TableResult}s, their {@link io.jixiao.api.IndicatorLine}s, {@link io.jixiao.api.BudgetLine}
 * and {@link io.jixiao.api.CategoryLine}s. Numbers are unrounded {@link java.math.BigDecimal}s; {@code rounded()}
 * gives what reports show (HALF_UP, two places). Bad input does not throw from {@code Jixiao.evaluate}: the result
 * holds the coded findings instead.
 *
 * <h2>What is API</h2>
 * The public types of this package, and those of {@link io.jixiao.problem} — {@link io.jixiao.problem.Finding},
 * {@link io.jixiao.problem.Severity}, {@link io.jixiao.problem.Location} and
 * {@link io.jixiao.problem.KpiException} — which every stage and every surface share, so that a finding reads the
 * same wherever it is shown. No signature of this package uses another jixiao type; everything else in
 * {@code io.jixiao} is implementation and may change in any release ({@code ArchitectureTest} checks this).
 */
package io.jixiao.api;
