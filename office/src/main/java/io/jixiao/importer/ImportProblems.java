package io.jixiao.importer;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of the import of disclosures, jixiao import (KPI-0160…0179). Texts in
 * {@code io/jixiao/importer/messages.properties}.
 */
public final class ImportProblems {

    private static final Catalogue M = Catalogue.of(ImportProblems.class);

    private ImportProblems() {
    }

    public static Finding importNotDocx(String file, String reason) {
        return M.error("KPI-0160", Location.of(file), "reason", reason);
    }

    public static Finding importEncrypted(String file) {
        return M.error("KPI-0161", Location.of(file));
    }

    public static Finding importLegacyDoc(String file) {
        return M.error("KPI-0162", Location.of(file));
    }

    public static Finding importNotText(String file, String reason) {
        return M.error("KPI-0163", Location.of(file), "reason", reason);
    }

    public static Finding importNoTargetTable(String file) {
        return M.error("KPI-0164", Location.of(file));
    }

    public static Finding importRowNotPlaced(Location at, String reason, String cells) {
        return M.warning("KPI-0165", at, "reason", reason, "cells", cells);
    }

    public static Finding importCellSplit(Location at, int count, String how) {
        return M.info("KPI-0166", at, "count", count, "how", how);
    }

    public static Finding importSplitMismatch(Location at, int names, int targets) {
        return M.warning("KPI-0167", at, "names", names, "targets", targets);
    }

    public static Finding importTargetUnread(Location at, String text, String problem) {
        return M.warning("KPI-0168", at, "text", text, "problem", problem);
    }

    public static Finding importDeductionUnread(Location at, String text, String problem) {
        return M.warning("KPI-0169", at, "text", text, "problem", problem);
    }

    public static Finding importPointsNotNumber(Location at, String text) {
        return M.warning("KPI-0170", at, "text", text);
    }

    public static Finding importIdAdded(Location at, String key, String id) {
        return M.info("KPI-0171", at, "key", key, "id", id);
    }

    public static Finding importBudgetFound(Location at, String project, String amount, String source) {
        return M.info("KPI-0172", at, "project", project, "amount", amount, "source", source);
    }

    public static Finding importBudgetsDisagree(Location at, String what, String first, String second) {
        return M.warning("KPI-0173", at, "what", what, "first", first, "second", second);
    }

    public static Finding importMissingFact(String file, String what, String example) {
        return M.warning("KPI-0174", Location.of(file), "what", what, "example", example);
    }

    public static Finding importTableNotRead(Location at, String reason) {
        return M.warning("KPI-0175", at, "reason", reason);
    }

    public static Finding importNoProjectName(Location at, String name) {
        return M.warning("KPI-0176", at, "name", name);
    }

    /** The first error of loading the imported YAML, at its place, as a warning of the import. */
    public static Finding importYamlDoesNotLoad(Finding loader) {
        return M.warning("KPI-0177", loader.location(), "code", loader.code(), "message", loader.message());
    }

    public static Finding importDecoded(String file, String charset) {
        return M.info("KPI-0178", Location.of(file), "charset", charset);
    }

    /** A 部门整体支出绩效评价 评分表 found in the disclosure, imported as evaluation: (docs/scoring.md#evaluation). */
    public static Finding importEvaluationSheet(Location at, String name, long indicators) {
        return M.info("KPI-0179", at, "name", name, "count", indicators);
    }
}
