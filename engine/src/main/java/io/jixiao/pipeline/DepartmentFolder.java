package io.jixiao.pipeline;

import io.jixiao.problem.Finding;
import java.nio.file.Path;
import java.util.List;

/**
 * A department folder found under the root of a review (or of a monitoring of many departments): its targets.yaml
 * and the actuals and progress files beside it — or a folder that could not be listed, which fails as a department
 * with {@code problem}.
 *
 * @param id       the folder relative to the root, with '/' (the root itself is ".")
 * @param actuals  every actuals*.yaml / actuals*.yml and actuals workbook (actuals*.xlsx …) in the folder, sorted
 *                 (one is expected by jixiao review)
 * @param progress every progress*.yaml / progress*.yml and monitoring workbook (progress*.xlsx …), sorted (one is
 *                 expected by jixiao monitor)
 * @param problem  why the folder could not be read (KPI-0331), else null
 */
public record DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals, List<Path> progress,
                               Finding problem) {

    public DepartmentFolder {
        actuals = List.copyOf(actuals);
        progress = List.copyOf(progress);
    }

    /** A folder that could be listed. */
    public DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals, List<Path> progress) {
        this(id, dir, targets, actuals, progress, null);
    }

    /** A folder without progress files. */
    public DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals) {
        this(id, dir, targets, actuals, List.of(), null);
    }

    /** A folder that could not be listed. */
    static DepartmentFolder unreadable(String id, Path dir, Finding problem) {
        return new DepartmentFolder(id, dir, null, List.of(), List.of(), problem);
    }
}
