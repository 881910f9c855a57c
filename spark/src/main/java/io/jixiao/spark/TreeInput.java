package io.jixiao.spark;

import io.jixiao.pipeline.Discovery;
import io.jixiao.pipeline.PipelineProblems;
import io.jixiao.problem.KpiException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;

/**
 * A folder tree of department folders on any Hadoop file system, listed on the driver as {@code jixiao review}'s
 * {@code Discovery} finds them on disk: every folder (the root included, hidden ones skipped) holding a
 * targets.yaml (or .yml), its actuals*.yaml / .yml and actuals workbooks beside it, sorted by folder. Files are
 * named in findings exactly as review names them: for a local root, the root as given resolved with the folder and
 * the file ({@code indicators/guangyang/2023/targets.yaml}); for any other file system, the root URI as given and
 * the rest joined with '/'.
 */
final class TreeInput {

    private TreeInput() {
    }

    /**
     * @param root a local path or a Hadoop URI ({@code hdfs://nn/budget/2024}, {@code s3a://bucket/review})
     * @throws KpiException KPI-0324 when root is not a folder, KPI-0323 when it holds no department folder
     */
    static List<DepartmentInput> find(String root, Configuration conf) {
        Located at = Located.of(root);
        try {
            FileSystem fs = FileSystem.get(at.uri(), conf);
            org.apache.hadoop.fs.Path top = new org.apache.hadoop.fs.Path(at.uri());
            FileStatus status;
            try {
                status = fs.getFileStatus(top);
            } catch (FileNotFoundException e) {
                status = null;
            }
            if (status == null || !status.isDirectory()) {
                throw new KpiException(PipelineProblems.notAFolder(at.shown()));
            }
            List<DepartmentInput> found = new ArrayList<>();
            walk(fs, top, "", at, found);
            found.sort(Comparator.comparing(DepartmentInput::folder));
            if (found.isEmpty()) {
                throw new KpiException(PipelineProblems.noDepartments(at.shown()));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the root is read (a URI) and shown (as review shows it). */
    record Located(URI uri, String shown, boolean local) {

        /** A scheme of two letters or more, then ':' (C: is a Windows drive, a plain path). */
        private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile(
                "^([A-Za-z][A-Za-z0-9+.-]+):");

        static Located of(String root) {
            java.util.regex.Matcher m = SCHEME.matcher(root);
            if (!m.find()) { // a plain path: any characters, as review takes them
                Path p = Path.of(root);
                return new Located(p.toAbsolutePath().normalize().toUri(), p.toString(), true);
            }
            String shown = root.endsWith("/") && root.length() > 1 ? root.substring(0, root.length() - 1) : root;
            return new Located(new org.apache.hadoop.fs.Path(root).toUri(), shown, "file".equalsIgnoreCase(m.group(1)));
        }

        /** A file or folder under the root, {@code relative} with '/' ("" for the root itself), as review names it. */
        String name(String relative) {
            if (relative.isEmpty()) {
                return shown;
            }
            if (local && !shown.startsWith("file:")) {
                return Path.of(shown).resolve(relative).toString();
            }
            return shown + "/" + relative;
        }
    }

    private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, String relative, Located at,
                             List<DepartmentInput> found) throws IOException {
        FileStatus[] entries = fs.listStatus(dir);
        Arrays.sort(entries, Comparator.comparing(s -> s.getPath().getName()));
        FileStatus targets = null;
        List<FileStatus> actuals = new ArrayList<>();
        for (String name : List.of("targets.yaml", "targets.yml")) {
            for (FileStatus s : entries) {
                if (targets == null && s.isFile() && s.getPath().getName().equals(name)) {
                    targets = s;
                }
            }
        }
        for (FileStatus s : entries) {
            if (s.isFile() && Discovery.isActuals(s.getPath().getName())) {
                actuals.add(s);
            }
        }
        if (targets != null) {
            String folder = relative.isEmpty() ? "." : relative;
            found.add(new DepartmentInput(folder, at.name(relative), doc(targets, relative, at),
                    actuals.stream().map(a -> doc(a, relative, at)).toList()));
        }
        for (FileStatus s : entries) {
            String name = s.getPath().getName();
            if (s.isDirectory() && !name.startsWith(".")) {
                walk(fs, s.getPath(), relative.isEmpty() ? name : relative + "/" + name, at, found);
            }
        }
    }

    private static Doc doc(FileStatus file, String relative, Located at) {
        String name = file.getPath().getName();
        return Doc.file(at.name(relative.isEmpty() ? name : relative + "/" + name), file.getPath().toUri().toString());
    }
}
