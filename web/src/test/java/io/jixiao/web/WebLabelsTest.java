package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.Users;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the workbench asks for is in both bundles (CatalogueTest holds the two bundles to the same keys; this
 * holds the templates and the code to the bundles), and no page or message of the workbench writes Chinese or
 * English words of its own outside the bundles.
 */
class WebLabelsTest {

    static final Path MAIN = Path.of("src", "main");
    static final Path BUNDLES = MAIN.resolve("resources/io/jixiao/web");
    /** A key in a template's or the code's string literal: a word, a dot, words (overview.heading, error.csrf). */
    static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[a-z][A-Za-z0-9]*)+)\"");
    /** A key made of a prefix and a value: t("light." + l …), t("role." + role.key()). */
    static final Pattern PREFIX = Pattern.compile("t\\(\"([a-z][A-Za-z0-9]*\\.)\" \\+");

    static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(f -> f.toString().endsWith(".jte") || f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyLabelAskedForIsInBothLanguages() throws IOException {
        Properties en = bundle("labels.properties");
        Properties zh = bundle("labels_zh.properties");
        Set<String> prefixes = new TreeSet<>();
        for (Object k : en.keySet()) {
            prefixes.add(k.toString().substring(0, k.toString().indexOf('.') + 1));
        }
        List<String> missing = new ArrayList<>();
        int asked = 0;
        for (Path f : sources()) {
            Matcher m = LITERAL.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                String key = m.group(1);
                // a template's name (login.jte) is no label
                if (prefixes.stream().anyMatch(key::startsWith) && !key.endsWith(".jte")) {
                    asked++;
                    if (!en.containsKey(key) || !zh.containsKey(key)) {
                        missing.add(f.getFileName() + ": " + key);
                    }
                }
            }
        }
        // the keys made of a prefix and a value: each value the code can give
        Set<String> made = new TreeSet<>();
        for (Path f : sources()) {
            Matcher m = PREFIX.matcher(Files.readString(f, StandardCharsets.UTF_8));
            while (m.find()) {
                made.add(m.group(1));
            }
        }
        assertThat(made).containsExactlyInAnyOrder("light.", "role.");
        for (Users.Role r : Users.Role.values()) {
            asked++;
            if (!en.containsKey("role." + r.key()) || !zh.containsKey("role." + r.key())) {
                missing.add("role." + r.key());
            }
        }
        for (String light : List.of("red", "yellow", "green", "none", "failed")) {
            if (!en.containsKey("light." + light) || !zh.containsKey("light." + light)) {
                missing.add("light." + light);
            }
        }
        assertThat(asked).as("labels found in the templates and the code").isGreaterThan(100);
        assertThat(missing).isEmpty();
    }

    @Test
    void noTemplateOrCodeWritesChineseOfItsOwn() throws IOException {
        // the words are the bundles'; what remains in Chinese is data: the grade 优 a goal starts with, the grade
        // words of a year's distribution (the profile's), and comments
        Pattern han = Pattern.compile("\\p{IsHan}");
        Set<String> allowed = Set.of("\"优\"", "\"良\"", "\"中\"", "\"差\"", "value=\"优\"");
        List<String> found = new ArrayList<>();
        for (Path f : sources()) {
            int n = 0;
            for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                n++;
                String code = line.strip();
                if (code.startsWith("//") || code.startsWith("*") || code.startsWith("/*") || code.startsWith("<%--")) {
                    continue;
                }
                code = code.replaceAll("//.*$", "");
                for (String a : allowed) {
                    code = code.replace(a, "");
                }
                if (han.matcher(code).find()) {
                    found.add(f.getFileName() + ":" + n + ": " + line.strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
