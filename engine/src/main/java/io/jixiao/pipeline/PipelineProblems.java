package io.jixiao.pipeline;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of the run over many department folders (KPI-0323…0327): finding the folders, a department
 * that crashed. Texts in {@code io/jixiao/pipeline/messages.properties}.
 */
public final class PipelineProblems {

    private static final Catalogue M = Catalogue.of(PipelineProblems.class);

    private PipelineProblems() {
    }

    public static Finding noDepartments(String dir) {
        return M.error("KPI-0323", Location.of(dir));
    }

    public static Finding notAFolder(String path) {
        return M.error("KPI-0324", Location.of(path));
    }

    public static Finding noActualsFile(String folder) {
        return M.error("KPI-0325", Location.of(folder));
    }

    public static Finding severalActualsFiles(String folder, Collection<String> files) {
        return M.error("KPI-0326", Location.of(folder), "files", Catalogue.list(files));
    }

    public static Finding departmentCrashed(String folder, String problem) {
        return M.error("KPI-0327", Location.of(folder), "problem", problem);
    }
}
