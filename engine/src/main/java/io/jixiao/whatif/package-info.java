/**
 * What-if on an open department (layer 11, between the pipeline and the API): a department loaded through the
 * pipeline ({@link io.jixiao.whatif.Department}), a session that changes actuals and re-scores incrementally
 * ({@link io.jixiao.whatif.Session}, on {@link io.jixiao.scoring.ScoringSession}), goal seeking
 * ({@code GoalSeeker}, {@code Trials}), sensitivity ({@code Stakes}) and the look-ups of tables, indicators and
 * values ({@code Lookup}). Its results are internal records ({@link io.jixiao.whatif.Plan},
 * {@link io.jixiao.whatif.Stake}, {@link io.jixiao.whatif.Aim}); {@code io.jixiao.api} maps them to its own.
 */
package io.jixiao.whatif;
