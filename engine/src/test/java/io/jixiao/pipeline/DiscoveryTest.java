package io.jixiao.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Which folders under a root are departments, and which of their files are targets, actuals and progress: one layout
 * per case, written as the paths to create (a trailing '/' makes a folder, "a -> b" a link to b, relative to the
 * root, "a -> /x" a link out of it), and what {@link Discovery#find} gives: "id: targets | actuals | progress".
 */
class DiscoveryTest {

    @TempDir
    Path tmp;

    static Stream<Arguments> layouts() {
        return Stream.of(
                Arguments.of("departments at the root, below it and below another, sorted by folder",
                        List.of("targets.yaml", "b/targets.yaml", "a/targets.yml", "a/x/targets.yaml", "c/notes.txt",
                                "c/d/targets.yaml"),
                        List.of(".: targets.yaml | |", "a: targets.yml | |", "a/x: targets.yaml | |",
                                "b: targets.yaml | |", "c/d: targets.yaml | |")),
                Arguments.of("targets.yaml before targets.yml",
                        List.of("a/targets.yml", "a/targets.yaml"),
                        List.of("a: targets.yaml | |")),
                Arguments.of("actuals and progress files by name, sorted; lock files, other files and folders left out",
                        List.of("a/targets.yaml", "a/actuals-b.yaml", "a/actuals-a.yml", "a/actuals.xlsx",
                                "a/~$actuals.xlsx", "a/progress.yaml", "a/progress-2.xlsx", "a/notes.txt",
                                "a/actuals-old.yaml/", "a/myactuals.yaml"),
                        List.of("a: targets.yaml | actuals-a.yml actuals-b.yaml actuals.xlsx | progress-2.xlsx progress.yaml")),
                Arguments.of("hidden folders and everything below them are skipped",
                        List.of(".git/targets.yaml", "a/targets.yaml", "a/.cache/targets.yaml", "b/.x/c/targets.yaml"),
                        List.of("a: targets.yaml | |")),
                Arguments.of("a folder without targets is no department, whatever else it holds",
                        List.of("a/actuals.yaml", "a/progress.yaml", "a/targets.json"),
                        List.of()),
                Arguments.of("a linked targets file is found (reading it is refused when it leads out: KPI-0137)",
                        List.of("a/targets.yaml -> /elsewhere.yaml", "a/actuals.yaml -> ../b/actuals.yaml",
                                "b/actuals.yaml"),
                        List.of("a: targets.yaml | actuals.yaml |")),
                Arguments.of("a link that leads nowhere, or to a folder, is no file",
                        List.of("a/targets.yaml -> missing.yaml", "b/targets.yaml", "b/actuals.yaml -> ../c",
                                "c/"),
                        List.of("b: targets.yaml | |")),
                Arguments.of("links to folders are not followed",
                        List.of("real/targets.yaml", "link -> real"),
                        List.of("real: targets.yaml | |")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void findsTheDepartmentsOfALayout(String title, List<String> paths, List<String> expected) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("bureau"));
        Path outside = Files.writeString(tmp.resolve("elsewhere.yaml"), "department: x\n");
        for (String p : paths) {
            make(root, p, outside);
        }
        assertThat(Discovery.find(root).stream().map(f -> describe(f)).toList()).isEqualTo(expected);
    }

    /**
     * The walk hands each department over as it lists it (a run starts on it before the walk is over): every folder of
     * the sorted list, each once, nothing else.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void handsEachDepartmentOverOnceAsItIsFound(String title, List<String> paths, List<String> expected)
            throws IOException {
        Path root = Files.createDirectories(tmp.resolve("bureau"));
        Path outside = Files.writeString(tmp.resolve("elsewhere.yaml"), "department: x\n");
        for (String p : paths) {
            make(root, p, outside);
        }
        List<DepartmentFolder> handed = new java.util.ArrayList<>();
        List<Boolean> insideTheWalk = new java.util.ArrayList<>();
        List<DepartmentFolder> sorted = Discovery.find(root, f -> {
            handed.add(f);
            // handed over from inside Files.walkFileTree, not after it
            insideTheWalk.add(StackWalker.getInstance().walk(frames -> frames.anyMatch(
                    s -> s.getClassName().equals("java.nio.file.Files") && s.getMethodName().equals("walkFileTree"))));
        });
        assertThat(handed).containsExactlyInAnyOrderElementsOf(sorted);
        assertThat(insideTheWalk).doesNotContain(false).hasSameSizeAs(handed);
        assertThat(sorted.stream().map(f -> describe(f)).toList()).isEqualTo(expected);
    }

    @Test
    void aRootWhoseOwnNameIsHiddenIsStillSearched() throws IOException {
        Path root = Files.createDirectories(tmp.resolve(".bureau"));
        make(root, "a/targets.yaml", null);
        assertThat(Discovery.find(root)).extracting(DepartmentFolder::id).containsExactly("a");
    }

    @Test
    void aRootThatIsALinkToAFolderIsFollowedAndLinksBelowItAreNot() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real-bureau"));
        make(real, "a/targets.yaml", null);
        make(real, "b/c/targets.yaml", null);
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        make(elsewhere, "x/targets.yaml", null);
        Files.createSymbolicLink(real.resolve("linked"), elsewhere.resolve("x"));
        Path link = Files.createSymbolicLink(tmp.resolve("bureau-link"), real);
        List<DepartmentFolder> found = Discovery.find(link);
        // the same departments as from the folder itself, by the same ids; "linked" is a link below the root: not a
        // department
        assertThat(found).extracting(DepartmentFolder::id).containsExactly("a", "b/c");
        assertThat(found).extracting(DepartmentFolder::id)
                .isEqualTo(Discovery.find(real).stream().map(DepartmentFolder::id).toList());
        assertThat(found.get(0).targets()).isEqualTo(real.toRealPath().resolve("a/targets.yaml"));
    }

    @Test
    void aRootThatIsNoFolderIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("targets.yaml"), "");
        assertThatThrownBy(() -> Discovery.find(file)).isInstanceOfSatisfying(KpiException.class,
                e -> assertThat(e.first().code()).isEqualTo("KPI-0324"));
    }

    private static void make(Path root, String p, Path outside) throws IOException {
        if (p.contains(" -> ")) {
            String[] link = p.split(" -> ");
            Path at = root.resolve(link[0]);
            Files.createDirectories(at.getParent());
            Path to = link[1].equals("/elsewhere.yaml") ? outside : Path.of(link[1]);
            Files.createSymbolicLink(at, to);
        } else if (p.endsWith("/")) {
            Files.createDirectories(root.resolve(p));
        } else {
            Path at = root.resolve(p);
            Files.createDirectories(at.getParent());
            Files.writeString(at, "");
        }
    }

    private static String describe(DepartmentFolder f) {
        return f.id() + ": " + f.targets().getFileName() + " | "
                + String.join(" ", f.actuals().stream().map(a -> a.getFileName().toString()).toList())
                + (f.actuals().isEmpty() ? "|" : " |")
                + (f.progress().isEmpty() ? "" : " ")
                + String.join(" ", f.progress().stream().map(a -> a.getFileName().toString()).toList());
    }
}
