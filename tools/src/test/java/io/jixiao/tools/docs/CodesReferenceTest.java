package io.jixiao.tools.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.jixiao.tools.docs.CodesReference.Subsystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/codes.md is what {@link CodesReference} writes from the bundles and factories, every code the sources
 * use is in a bundle and in docs/codes.md, the keys of every bundle hang together, and every code ever issued
 * (issued-codes.txt) either has its text or is retired — never dropped, never reused.
 */
class CodesReferenceTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CODE = Pattern.compile("KPI-\\d{4}(?!\\d)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Za-z][A-Za-z0-9_]*}");
    /** The ledger of every code ever issued. */
    private static final Path ISSUED = ROOT.resolve("tools/src/test/resources/io/jixiao/tools/docs/issued-codes.txt");

    @Test
    void docsCodesMdIsCurrent() throws IOException {
        String expected = CodesReference.markdown(ROOT);
        String actual = Files.readString(ROOT.resolve("docs/codes.md"), StandardCharsets.UTF_8);
        if (!actual.equals(expected)) {
            String[] e = expected.split("\n", -1);
            String[] a = actual.split("\n", -1);
            int line = 0;
            while (line < Math.min(e.length, a.length) && e[line].equals(a[line])) {
                line++;
            }
            fail("docs/codes.md is out of date; regenerate it with `" + CodesReference.COMMAND + "` in the"
                    + " repository root. First difference at line " + (line + 1) + ":\n  expected: "
                    + (line < e.length ? e[line] : "(end)") + "\n  found:    " + (line < a.length ? a[line] : "(end)"));
        }
    }

    /** Every code ever issued: a code may leave the bundles only into {@link CodesReference#RETIRED}. */
    @Test
    void everyCodeEverIssuedHasATextOrIsRetiredAndNoneIsReused() throws IOException {
        List<String> issued = Files.readAllLines(ISSUED, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertThat(issued).as(ROOT.relativize(ISSUED) + ": codes, once each, in order").allMatch(c -> CODE.matcher(c)
                .matches()).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(ledgerProblems(issued, bundleCodes(), retiredCodes())).isEmpty();
    }

    @Test
    void theLedgerCheckFindsACodeThatDisappearedOrCameBack() {
        List<String> issued = List.of("KPI-0101", "KPI-0102", "KPI-0103");
        assertThat(ledgerProblems(issued, Set.of("KPI-0101", "KPI-0102"), Set.of("KPI-0103"))).isEmpty();
        assertThat(ledgerProblems(issued, Set.of("KPI-0101"), Set.of("KPI-0103"))).singleElement().asString()
                .startsWith("KPI-0102 has left the bundles without being retired");
        assertThat(ledgerProblems(issued, Set.of("KPI-0101", "KPI-0102", "KPI-0103"), Set.of("KPI-0103")))
                .singleElement().asString().startsWith("KPI-0103 is retired but has a text again");
        assertThat(ledgerProblems(issued, Set.of("KPI-0101", "KPI-0102", "KPI-0104"), Set.of("KPI-0103")))
                .singleElement().asString().startsWith("KPI-0104 is not in");
        assertThat(ledgerProblems(issued, Set.of("KPI-0101", "KPI-0102"), Set.of("KPI-0103", "KPI-0105")))
                .singleElement().asString().startsWith("KPI-0105 is retired but was never issued");
    }

    /** What is wrong between the codes ever issued, the codes with a text and the retired codes. */
    static List<String> ledgerProblems(List<String> issued, Set<String> inBundles, Set<String> retired) {
        String ledger = ROOT.relativize(ISSUED).toString();
        List<String> problems = new ArrayList<>();
        for (String code : issued) {
            if (!inBundles.contains(code) && !retired.contains(code)) {
                problems.add(code + " has left the bundles without being retired: list it in CodesReference.RETIRED"
                        + " (what it was, what replaces it), or give it back its text; a code is never reused");
            }
        }
        for (String code : new TreeSet<>(inBundles)) {
            if (retired.contains(code)) {
                problems.add(code + " is retired but has a text again: a retired code is never given to another"
                        + " message; use a new code");
            } else if (!issued.contains(code)) {
                problems.add(code + " is not in " + ledger + ": append every new code to it");
            }
        }
        for (String code : new TreeSet<>(retired)) {
            if (!issued.contains(code)) {
                problems.add(code + " is retired but was never issued (" + ledger + ")");
            }
        }
        return problems;
    }

    /** The codes (not the variants) of every subsystem's bundle. */
    private static Set<String> bundleCodes() {
        Set<String> codes = new TreeSet<>();
        for (Subsystem s : CodesReference.SUBSYSTEMS) {
            CodesReference.messageKeys(CodesReference.bundle(s.bundlePath(ROOT))).forEach(k -> codes.add(k.substring(0,
                    8)));
        }
        return codes;
    }

    private static Set<String> retiredCodes() {
        return CodesReference.RETIRED.stream().map(CodesReference.Retired::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyCodeTheSourcesUseIsInABundleAndInDocsCodesMd() throws IOException {
        Map<String, String> used = new TreeMap<>();
        for (Path f : sources()) {
            Matcher m = CODE.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                used.putIfAbsent(m.group(), ROOT.relativize(f).toString());
            }
        }
        assertThat(used).as("codes in main sources and rules").isNotEmpty();
        Set<String> inBundles = new TreeSet<>();
        for (Subsystem s : CodesReference.SUBSYSTEMS) {
            inBundles.addAll(CodesReference.bundle(s.bundlePath(ROOT)).keySet());
        }
        Set<String> documented = Files.readAllLines(ROOT.resolve("docs/codes.md")).stream()
                .filter(l -> l.startsWith("| KPI-")).map(l -> l.substring(2, 10)).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Set<String> retired = retiredCodes();
        used.forEach((code, where) -> {
            // a retired code may be named (in a comment saying what replaced it), never raised: it has no text
            if (!inBundles.contains(code) && !retired.contains(code)) {
                problems.add(code + " (" + where + ") has no text in any bundle");
            }
            if (!documented.contains(code)) {
                problems.add(code + " (" + where + ") is not in docs/codes.md");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleKeyHangsTogether() {
        List<String> problems = new ArrayList<>();
        for (Subsystem s : CodesReference.SUBSYSTEMS) {
            Map<String, String> texts = CodesReference.bundle(s.bundlePath(ROOT));
            String where = ROOT.relativize(s.bundlePath(ROOT)) + ": ";
            texts.forEach((key, text) -> {
                int dot = key.indexOf('.');
                String code = dot < 0 ? key : key.substring(0, dot);
                if (key.endsWith(".hint") || key.endsWith(".title")) {
                    String message = key.substring(0, key.lastIndexOf('.'));
                    if (!texts.containsKey(message)) {
                        problems.add(where + key + " without its message " + message);
                    }
                } else if (!texts.containsKey(code)) {
                    problems.add(where + "the variant " + key + " without its code's own key " + code);
                }
                if (!texts.containsKey(code + ".title")) {
                    problems.add(where + code + " has no title (the meaning column of docs/codes.md)");
                }
                if (key.endsWith(".title") && PLACEHOLDER.matcher(text).find()) {
                    problems.add(where + key + " has a placeholder; a title names the meaning only");
                }
                if (key.endsWith(".hint") && !text.startsWith("Maybe") && !PLACEHOLDER.matcher(text).matches()) {
                    problems.add(where + key + " neither starts with 'Maybe' nor is the caller's hint ({hint})");
                }
            });
        }
        assertThat(new TreeSet<>(problems)).isEmpty();
    }

    @Test
    void everyKeyAFactoryRaisesHasATextAndEveryTextAFactory() {
        Map<String, String> severities = CodesReference.severities(ROOT);
        Map<String, String> bundleOf = new HashMap<>();
        for (Subsystem s : CodesReference.SUBSYSTEMS) {
            Map<String, String> texts = CodesReference.bundle(s.bundlePath(ROOT));
            CodesReference.messageKeys(texts).forEach(k -> bundleOf.put(k, s.bundle()));
        }
        assertThat(severities.keySet()).as("keys raised by error/warning/info(\"KPI-…\") without a text")
                .isSubsetOf(bundleOf.keySet());
        assertThat(bundleOf.keySet()).as("texts no factory raises").isSubsetOf(severities.keySet());
    }

    @Test
    void everyBundleIsASubsystemOfTheReference() throws IOException {
        Set<Path> listed = CodesReference.SUBSYSTEMS.stream().map(s -> s.bundlePath(ROOT).normalize())
                .collect(Collectors.toCollection(java.util.HashSet::new));
        CodesReference.TEXT_BUNDLES.forEach(b -> listed.add(ROOT.resolve(b).normalize()));
        List<Path> found = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT)) {
            for (Path dir : modules.map(m -> m.resolve("src/main/resources/io/jixiao")).filter(Files::isDirectory)
                    .toList()) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(f -> f.toString().endsWith(".properties") && !f.getFileName().toString().contains("_"))
                            .map(Path::normalize).forEach(found::add);
                }
            }
        }
        assertThat(found).as("base bundles under */src/main/resources/io/jixiao; list each in"
                + " CodesReference.SUBSYSTEMS (codes) or TEXT_BUNDLES").containsExactlyInAnyOrderElementsOf(listed);
    }

    /** The main Java sources of every module, the DRL under rules/ and every module's main resources. */
    private static List<Path> sources() {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> top = Files.list(ROOT)) {
            for (Path m : top.filter(Files::isDirectory).sorted().toList()) {
                walk(m.resolve("src/main/java"), ".java", found);
                walk(m.resolve("src/main/resources"), ".drl", found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        walk(ROOT.resolve("rules"), ".drl", found);
        walk(ROOT.resolve("indicators/rules-examples"), ".drl", found);
        return found;
    }

    private static void walk(Path dir, String suffix, List<Path> into) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(suffix)).sorted().forEach(into::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
