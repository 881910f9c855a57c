package io.jixiao.tools.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every relative link of the documentation (README.md, CONTRIBUTING.md, CHANGELOG.md, docs/*.md) leads to a file of
 * the repository and, with {@code #anchor}, to a heading or an explicit {@code <a id>} of that file; and every
 * {@code docs/FILE.md#anchor} the code cites (Java, DRL, profiles, schemas, examples) exists. Links to other sites
 * are not followed.
 */
class DocsLinksTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** An inline link or image: [text](target) or [text](target "title"); the text holds no ']'. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    /** A reference definition: [label]: target. */
    private static final Pattern DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*<?(\\S+?)>?(?:\\s.*)?$");
    private static final Pattern ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("(?ms)^ {0,3}(```|~~~).*?^ {0,3}\\1[^\\n]*$");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?s:.+?)\\1");
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");
    /** docs/FILE.md#anchor as code cites the documentation. */
    private static final Pattern CITED = Pattern.compile("docs/([A-Za-z0-9_-]+\\.md)#([A-Za-z0-9_-]+)");

    @Test
    void everyRelativeLinkOfTheDocumentationResolves() {
        List<Path> pages = pages();
        assertThat(pages).extracting(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                .contains("README.md", "CONTRIBUTING.md", "CHANGELOG.md", "docs/guide.md", "docs/codes.md");
        assertThat(problems(ROOT, pages)).isEmpty();
    }

    @Test
    void everyDocsAnchorTheCodeCitesExists() {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int cited = 0;
        for (Path f : citingFiles()) {
            Matcher m = CITED.matcher(read(f));
            while (m.find()) {
                cited++;
                Path page = ROOT.resolve("docs").resolve(m.group(1));
                String where = ROOT.relativize(f) + ": " + m.group();
                if (!Files.isRegularFile(page)) {
                    problems.add(where + ": no such page");
                } else if (!anchors.computeIfAbsent(page, DocsLinksTest::anchors).contains(m.group(2))) {
                    problems.add(where + ": no heading or <a id> '" + m.group(2) + "' in docs/" + m.group(1));
                }
            }
        }
        assertThat(cited).as("docs anchors cited in the code").isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void aBrokenLinkIsFound(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("README.md"), """
                # Title

                [ok](docs/a.md) [ok too](docs/a.md#the-pipeline) [explicit](docs/a.md#settings) [here](#title)
                [web](https://example.org/missing.md) [mail](mailto:x@example.org)
                [gone](docs/missing.md) [no anchor](docs/a.md#nowhere) [not here](#elsewhere)
                `[in code](docs/nope.md)`

                ```
                [in a block](docs/nope.md)
                ```

                [ref]: docs/gone.md
                """);
        Files.writeString(root.resolve("docs/a.md"), """
                ## The pipeline
                ### <a id="settings"></a>Thresholds: the `review:` section
                [up](../README.md#title) [up, wrong](../README.md#the-pipeline)
                """);
        List<String> found = problems(root, List.of(root.resolve("README.md"), root.resolve("docs/a.md")));
        assertThat(found).containsExactly(
                "README.md: docs/missing.md: no such file",
                "README.md: docs/a.md#nowhere: no heading or <a id> 'nowhere' in docs/a.md",
                "README.md: #elsewhere: no heading or <a id> 'elsewhere' in README.md",
                "README.md: docs/gone.md: no such file",
                "docs/a.md: ../README.md#the-pipeline: no heading or <a id> 'the-pipeline' in README.md");
    }

    /** GitHub's anchors of headings: lower case, punctuation dropped, spaces as '-', HTML tags and link targets gone. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The pipeline | the-pipeline",
            "<a id=\"x\"></a>审核: target review | 审核-target-review",
            "`score --format json` | score---format-json",
            "预算执行率 (budget execution) | 预算执行率-budget-execution",
            "[Unreleased] | unreleased",
            "[0.1.0] — 2026-11-25 (development snapshot `0.1.0-SNAPSHOT`) | 010--2026-11-25-development-snapshot-010-snapshot",
            "See [the guide](guide.md#x) | see-the-guide"})
    void headingsBecomeGithubsAnchors(String heading, String anchor) {
        assertThat(slug(heading)).isEqualTo(anchor);
    }

    /** Every broken link of {@code pages}, as "page: target: why". */
    static List<String> problems(Path root, List<Path> pages) {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String shown = root.relativize(page).toString().replace('\\', '/');
            for (String target : links(read(page))) {
                if (SCHEME.matcher(target).find()) {
                    continue;   // another site: not followed
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path to = file.isEmpty() ? page : page.getParent().resolve(decode(file)).normalize();
                if (!to.startsWith(root) || !Files.exists(to)) {
                    problems.add(shown + ": " + target + ": no such file");
                    continue;
                }
                if (hash < 0) {
                    continue;
                }
                String anchor = decode(target.substring(hash + 1));
                String toShown = root.relativize(to).toString().replace('\\', '/');
                if (!to.toString().endsWith(".md")) {
                    problems.add(shown + ": " + target + ": an anchor in " + toShown + ", which is not Markdown");
                } else if (!anchors.computeIfAbsent(to, DocsLinksTest::anchors).contains(anchor)) {
                    problems.add(shown + ": " + target + ": no heading or <a id> '" + anchor + "' in " + toShown);
                }
            }
        }
        return problems;
    }

    /** The link targets of a page, outside code blocks and code spans, in the order they appear. */
    static List<String> links(String markdown) {
        String text = withoutCode(markdown);
        List<String> targets = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            targets.add(m.group(1));
        }
        Matcher d = DEFINITION.matcher(text);
        while (d.find()) {
            targets.add(d.group(1));
        }
        return targets;
    }

    /** The anchors of a page: explicit {@code <a id>}/{@code <a name>}, and each heading's as GitHub makes it. */
    static Set<String> anchors(Path page) {
        String text = withoutCode(read(page));
        Set<String> found = new LinkedHashSet<>();
        Matcher a = ANCHOR.matcher(text);
        while (a.find()) {
            found.add(a.group(1));
        }
        Map<String, Integer> seen = new HashMap<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            String slug = slug(h.group(1));
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            found.add(n == 0 ? slug : slug + "-" + n);
        }
        return found;
    }

    /** A heading's anchor as GitHub makes it. */
    static String slug(String heading) {
        String text = heading.replaceAll("<[^>]*>", "")
                .replaceAll("!?\\[([^\\]]*)]\\([^)]*\\)", "$1");
        return text.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc}\\- ]", "")
                .replace(' ', '-');
    }

    private static String withoutCode(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("");
        return CODE_SPAN.matcher(text).replaceAll("");
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** README.md, CONTRIBUTING.md, CHANGELOG.md and every page of docs/. */
    private static List<Path> pages() {
        List<Path> pages = new ArrayList<>();
        for (String top : List.of("README.md", "CONTRIBUTING.md", "CHANGELOG.md")) {
            pages.add(ROOT.resolve(top));
        }
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /** Where code cites the docs: every module's sources and resources, rules/ and indicators/. */
    private static List<Path> citingFiles() {
        List<Path> found = new ArrayList<>();
        List<Path> dirs = new ArrayList<>(List.of(ROOT.resolve("rules"), ROOT.resolve("indicators")));
        try (Stream<Path> top = Files.list(ROOT)) {
            top.map(m -> m.resolve("src")).filter(Files::isDirectory).sorted().forEach(dirs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile)
                        .filter(f -> f.toString().matches(".*\\.(java|drl|yaml|yml|json|properties|txt)$"))
                        .filter(f -> !f.endsWith("DocsLinksTest.java"))   // its own examples of broken links
                        .sorted().forEach(found::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
