package io.jixiao.model;

/** A department-wide table (部门整体, {@code overall}) or a project table (项目). */
public enum TableKind {
    OVERALL, PROJECT
}
