package io.jixiao.pipeline;

import io.jixiao.load.ActualsFiles;
import io.jixiao.problem.Catalogue;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds department folders under a root: every folder (the root included, hidden folders skipped) that holds
 * a targets.yaml (or .yml). Its actuals are the actuals*.yaml / actuals*.yml files and actuals workbooks
 * (actuals*.xlsx …) beside it, its progress the progress*.yaml / progress*.yml files and monitoring workbooks
 * (progress*.xlsx …). Sorted by folder, so that a review or a monitoring does not depend on the order the file
 * system lists them in. Links to folders below the root are not followed (a department is a real folder under the
 * root; the root itself may be a link, followed, its folders then named by their real paths); a
 * folder that cannot be listed is kept as a failed department (KPI-0331), never a reason to stop the review.
 */
public final class Discovery {

    private Discovery() {
    }

    /** @throws KpiException KPI-0324 when {@code root} is not a folder */
    public static List<DepartmentFolder> find(Path root) {
        return find(root, f -> { });
    }

    /**
     * As {@link #find(Path)}, handing each department folder to {@code each} as soon as the walk has listed it (in the
     * order the file system lists folders, on the calling thread), so that a run can start on it before the walk is
     * over; the sorted list when it is.
     *
     * @param root the bureau's folder
     * @param each given every department folder once, from inside the walk
     * @return the department folders, sorted by folder
     * @throws KpiException KPI-0324 when {@code root} is not a folder
     */
    public static List<DepartmentFolder> find(Path root, Consumer<DepartmentFolder> each) {
        if (!Files.isDirectory(root)) {
            throw new KpiException(PipelineProblems.notAFolder(root.toString()));
        }
        List<DepartmentFolder> found = new ArrayList<>();
        Consumer<DepartmentFolder> add = f -> {
            found.add(f);
            each.accept(f);
        };
        // a root that is itself a link — the name its operator gives the bureau's folder — is followed; links below
        // it are not (a department is a real folder under the root)
        Path start;
        try {
            start = Files.isSymbolicLink(root) ? root.toRealPath() : root;
        } catch (IOException e) {
            add.accept(unreadable(root, root, e));
            return found;
        }
        walk(start, add);
        found.sort(Comparator.comparing(DepartmentFolder::id));
        return found;
    }

    private static void walk(Path root, Consumer<DepartmentFolder> found) {
        // each folder is listed once, by the walk: its files are gathered as they are visited (with the attributes
        // the walk read anyway) and the folder becomes a department when the walk leaves it
        Deque<List<Path>> files = new ArrayDeque<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && hidden(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    files.push(new ArrayList<>());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    // a link is taken for what it points to, as Files.isRegularFile does: a linked targets.yaml is
                    // found, and refused when read if it leads out of the folder (KPI-0137)
                    if (!files.isEmpty()
                            && (attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                        files.element().add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (file.equals(root) || !hidden(file)) {
                        found.accept(unreadable(root, file, e));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    List<Path> listed = files.pop();
                    if (e != null) {
                        found.accept(unreadable(root, dir, e));
                    } else {
                        folder(root, dir, listed).ifPresent(found);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.accept(unreadable(root, root, e));
        }
    }

    /**
     * The department of a folder whose regular files are {@code listed}: none without a targets.yaml (or .yml). Each
     * file's name is looked at once; its actuals and progress files are each in path order.
     */
    private static Optional<DepartmentFolder> folder(Path root, Path dir, List<Path> listed) {
        Path yaml = null;
        Path yml = null;
        List<Path> actuals = new ArrayList<>(1);
        List<Path> progress = new ArrayList<>(1);
        for (Path p : listed) {
            String n = p.getFileName().toString();
            if (n.equals("targets.yaml")) {
                yaml = p;
            } else if (n.equals("targets.yml")) {
                yml = p;
            } else if (isActuals(n)) {
                actuals.add(p);
            } else if (isProgress(n)) {
                progress.add(p);
            }
        }
        Path targets = yaml != null ? yaml : yml;
        if (targets == null) {
            return Optional.empty();
        }
        actuals.sort(null);
        progress.sort(null);
        return Optional.of(new DepartmentFolder(id(root, dir), dir, targets, List.copyOf(actuals),
                List.copyOf(progress)));
    }

    /** A folder that could not be listed, as a department that fails with KPI-0331. */
    private static DepartmentFolder unreadable(Path root, Path dir, IOException e) {
        String reason = e.getClass().getSimpleName().replace("Exception", "")
                .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        // the OS says why after the path it repeats ("…/dept: Permission denied")
        int colon = detail.lastIndexOf(": ");
        String why = colon >= 0 ? detail.substring(colon + 2) : reason;
        return DepartmentFolder.unreadable(id(root, dir), dir,
                PipelineProblems.unreadableFolder(dir.toString(), Catalogue.quote(why)));
    }

    private static String id(Path root, Path dir) {
        String id = root.relativize(dir).toString().replace('\\', '/');
        return id.isEmpty() ? "." : id;
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
    private static boolean isProgress(String n) {
        return n.startsWith("progress") && (n.endsWith(".yaml") || n.endsWith(".yml") || ActualsFiles.isWorkbook(n));
    }

    /**
     * A hidden file or folder (its name starts with '.'), below the root. Its own name decides: the walk never enters
     * a hidden folder, so no folder it visits has a hidden one above it.
     */
    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
