package io.jixiao.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * A department folder found under the review root: its targets.yaml and the actuals files beside it.
 *
 * @param id      the folder relative to the root, with '/' (the root itself is ".")
 * @param actuals every actuals*.yaml / actuals*.yml and actuals workbook (actuals*.xlsx …) in the folder, sorted
 *                (one is expected)
 */
public record DepartmentFolder(String id, Path dir, Path targets, List<Path> actuals) {

    public DepartmentFolder {
        actuals = List.copyOf(actuals);
    }
}
