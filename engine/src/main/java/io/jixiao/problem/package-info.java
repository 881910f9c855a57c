/**
 * Findings: what jixiao reports about its input, part of the public API.
 *
 * <p>A {@link io.jixiao.problem.Finding} is a coded message ({@code KPI-0105}) with its
 * {@link io.jixiao.problem.Severity}, a hint that says what to do ("建议…", "Maybe …") and the
 * {@link io.jixiao.problem.Location} it is about ({@code file:line:col}, or {@code book.xlsx:Sheet!E7} for a
 * workbook cell). {@link io.jixiao.problem.KpiException} carries findings when a call cannot go on because of bad
 * input; it is never a bug. Every code, with its message and hint in both languages, is listed in
 * {@code docs/codes.md}.
 *
 * <p>These four types are the only types outside {@code io.jixiao.api} that the API's signatures use: a finding
 * is the same record whichever stage raised it (loading, scoring, 审核, 复核) and whichever surface shows it (the
 * CLI, the JSON report, the API), so the API hands these out instead of copying them. They change only as the
 * API does.
 *
 * <p>Messages are made in the language of the process, 简体中文 unless a program chooses otherwise:
 * {@link io.jixiao.problem.Language} ({@code Language.use(Language.EN)}) and
 * {@link io.jixiao.problem.LanguageChoice} (the command line's choice from {@code --lang} and the environment) are
 * API as well. The message catalogue ({@code Catalogue}) that each subsystem builds its findings with is
 * implementation.
 */
package io.jixiao.problem;
