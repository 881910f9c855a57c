package io.jixiao.model;

/**
 * A department-wide table (部门整体, {@code overall}), a project table (项目), or the 部门整体支出绩效评价 score sheet
 * ({@code evaluation}: docs/scoring.md#evaluation), scored on its own beside the tables.
 */
public enum TableKind {
    OVERALL, PROJECT, EVALUATION
}
