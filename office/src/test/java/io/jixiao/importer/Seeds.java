package io.jixiao.importer;

import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The four seed disclosures (indicators/<dept>/<year>/disclosure.txt, the published text export kept beside
 * its transcription) and their hand transcriptions.
 */
final class Seeds {

    /** A seed: its text export and the folder of its transcription under indicators/. */
    record Seed(String file, String folder) {

        Path text() {
            return ROOT.resolve("indicators").resolve(folder).resolve("disclosure.txt");
        }

        Path transcription() {
            return ROOT.resolve("indicators").resolve(folder).resolve("targets.yaml");
        }

        @Override
        public String toString() {
            return folder;
        }
    }

    static final Path ROOT = repoRoot();

    static final List<Seed> ALL = List.of(
            new Seed("guangyang-2023-budget-disclosure.txt", "guangyang/2023"),
            new Seed("kaiping-2025-budget-disclosure.txt", "kaiping/2025"),
            new Seed("luancheng-2020-budget-disclosure.txt", "luancheng/2020"),
            new Seed("shifeng-2023-performance-targets.txt", "shifeng/2023"));

    private Seeds() {
    }

    static Seed seed(String folderPrefix) {
        return ALL.stream().filter(s -> s.folder().startsWith(folderPrefix)).findFirst().orElseThrow();
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root (with indicators/) above " + Path.of("").toAbsolutePath());
    }


    /** Loads YAML text the way jixiao validate does. */
    static LoadResult<DepartmentTargets> load(String name, String yaml) {
        return TargetsLoader.load(name, YamlReader.parse(name, yaml));
    }

    static List<Finding> errors(LoadResult<?> r) {
        return r.findings().stream().filter(Finding::isError).toList();
    }
}
