package io.jixiao.cli;

import io.jixiao.pipeline.DepartmentFolder;
import io.jixiao.report.AtomicFiles;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * What {@code review DIR} and {@code monitor DIR} do once the walk has found the department folders, before any result
 * (docs/guide.md, docs/security.md): the folders' files join the command's inputs, the output file is checked against
 * them, and the progress bar learns how many departments there are.
 */
final class FoundFolders {

    private FoundFolders() {
    }

    /**
     * @param files the files of a folder the command reads besides its targets (its actuals, or its progress file)
     * @param out   the {@code -o} file, or null for standard output
     */
    static void found(List<DepartmentFolder> folders, Function<DepartmentFolder, List<Path>> files,
                      Collection<Path> inputs, Path out, boolean force, Progress bar) {
        for (DepartmentFolder f : folders) {
            if (f.targets() != null) {
                inputs.add(f.targets());
            }
            inputs.addAll(files.apply(f));
        }
        if (out != null) {
            // once the folders are known (KPI-0324 and KPI-0323 come first), before any result: an input, a folder,
            // a device, an existing file without --force
            AtomicFiles.check(out, force, inputs);
        }
        bar.total(folders.size());
    }
}
