package io.jixiao.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A department folder found under the root of a review (or of a monitoring of many departments): its targets.yaml
 * and the actuals and progress files beside it.
 *
 * @param id       the folder relative to the root, with '/' (the root itself is ".")
 * @param actuals  every actuals*.yaml / actuals*.yml and actuals workbook (actuals*.xlsx …) in the folder, sorted
 *                 (one is expected by jixiao review)
 * @param progress every progress*.yaml / progress*.yml and monitoring workbook (progress*.xlsx …), sorted (one is
 *                 expected by jixiao monitor)
 */
public record DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals, List<Path> progress) {

    public DepartmentFolder {
        actuals = List.copyOf(actuals);
        progress = List.copyOf(progress);
    }

    /** A folder without progress files. */
    public DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals) {
        this(id, dir, targets, actuals, List.of());
    }
}
