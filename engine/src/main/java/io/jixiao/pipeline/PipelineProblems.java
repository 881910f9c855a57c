package io.jixiao.pipeline;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.Collection;

/**
 * The findings of the run over many department folders (KPI-0323…0331, and KPI-0640…0641 for monitorings):
 * finding the folders, a department that crashed. Texts in {@code io/jixiao/pipeline/messages.properties}.
 */
public final class PipelineProblems {

    private static final Catalogue M = Catalogue.of(PipelineProblems.class);

    private PipelineProblems() {
    }

    public static Finding noDepartments(String dir) {
        return M.error("KPI-0323", Location.of(dir));
    }

    /** jixiao monitor DIR: no folder with a targets.yaml and a progress file. */
    public static Finding noMonitoredDepartments(String dir) {
        return M.error("KPI-0323.monitor", Location.of(dir));
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

    public static Finding monitoringCrashed(String folder, String problem) {
        return M.error("KPI-0327.monitor", Location.of(folder), "problem", problem);
    }

    /** jixiao monitor DIR: a department folder without a progress file. */
    public static Finding noProgressFile(String folder) {
        return M.error("KPI-0640", Location.of(folder));
    }

    public static Finding severalProgressFiles(String folder, Collection<String> files) {
        return M.error("KPI-0641", Location.of(folder), "files", Catalogue.list(files));
    }

    /** A bureau's review: the department's own {@code profile:} is not applied (nor read, when it is a file). */
    public static Finding departmentProfileIgnored(Location at, String own, String applied) {
        return M.warning("KPI-0329", at, "own", own, "applied", applied);
    }

    /** A folder under the review's root that cannot be listed: that department fails, the others are reviewed. */
    public static Finding unreadableFolder(String folder, String reason) {
        return M.error("KPI-0331", Location.of(folder), "reason", reason);
    }
}
