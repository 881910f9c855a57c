package io.jixiao.pipeline;

import io.jixiao.load.ActualsFiles;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds department folders under a root: every folder (the root included, hidden folders skipped) that holds
 * a targets.yaml (or .yml). Its actuals are the actuals*.yaml / actuals*.yml files and actuals workbooks
 * (actuals*.xlsx …) beside it, its progress the progress*.yaml / progress*.yml files and monitoring workbooks
 * (progress*.xlsx …). Sorted by folder, so that a review or a monitoring does not depend on the order the file
 * system lists them in.
 */
public final class Discovery {

    private Discovery() {
    }

    /** @throws KpiException KPI-0324 when {@code root} is not a folder */
    public static List<DepartmentFolder> find(Path root) {
        if (!Files.isDirectory(root)) {
            throw new KpiException(PipelineProblems.notAFolder(root.toString()));
        }
        List<DepartmentFolder> found = new ArrayList<>();
        try (Stream<Path> dirs = Files.walk(root)) {
            dirs.filter(Files::isDirectory).filter(d -> !hidden(root, d)).forEach(d -> folder(root, d, found));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(DepartmentFolder::id));
        return found;
    }

    private static void folder(Path root, Path dir, List<DepartmentFolder> found) {
        Path targets = null;
        for (String name : List.of("targets.yaml", "targets.yml")) {
            if (Files.isRegularFile(dir.resolve(name))) {
                targets = dir.resolve(name);
                break;
            }
        }
        if (targets == null) {
            return;
        }
        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String id = root.relativize(dir).toString().replace('\\', '/');
        found.add(new DepartmentFolder(id.isEmpty() ? "." : id, dir, targets,
                files.stream().filter(Discovery::isActuals).toList(),
                files.stream().filter(Discovery::isProgress).toList()));
    }

    static boolean isActuals(Path p) {
        return isActuals(p.getFileName().toString());
    }

    /**
     * Whether a file of a department folder is its actuals: actuals*.yaml / .yml, or a filled workbook actuals*.xlsx
     * (not Excel's ~$ lock files). A run that lists folders elsewhere (another file system) asks the same.
     *
     * @param n the file's name, without its folder
     */
    public static boolean isActuals(String n) {
        return n.startsWith("actuals") && (n.endsWith(".yaml") || n.endsWith(".yml") || ActualsFiles.isWorkbook(n));
    }

    /** progress*.yaml / .yml, or a filled monitoring workbook progress*.xlsx (not Excel's ~$ lock files). */
    static boolean isProgress(Path p) {
        String n = p.getFileName().toString();
        return n.startsWith("progress") && (n.endsWith(".yaml") || n.endsWith(".yml") || ActualsFiles.isWorkbook(n));
    }

    private static boolean hidden(Path root, Path dir) {
        for (Path part : root.relativize(dir)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
