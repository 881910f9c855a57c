package io.jixiao.rules;

import io.jixiao.load.InputFiles;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.TextFiles;
import io.jixiao.problem.KpiException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds DRL files: the packaged {@code rules/} tree (in the jar or on the class path) and user paths. */
public final class RuleSources {

    private static final String ROOT = "rules";

    private RuleSources() {
    }

    private static volatile List<RuleSource> packagedCache;

    /** Every packaged rules/**.drl, sorted by path so the build is deterministic; read once per process. */
    public static List<RuleSource> packaged() {
        List<RuleSource> cached = packagedCache;
        if (cached == null) {
            synchronized (RuleSources.class) {
                cached = packagedCache;
                if (cached == null) {
                    cached = List.copyOf(readPackaged());
                    packagedCache = cached;
                }
            }
        }
        return cached;
    }

    private static List<RuleSource> readPackaged() {
        URL marker = RuleSources.class.getResource("/" + ROOT + "/profiles/national.yaml");
        if (marker == null) {
            throw new IllegalStateException("packaged rules/ not found on the class path");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return collect(fs.getPath("/" + ROOT), ROOT, true);
                }
            }
            return collect(Path.of(uri).getParent().getParent(), ROOT, true);
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read packaged rules", e);
        }
    }

    /**
     * SHA-256 of the files' paths and texts, in order: what the precompiled rules were generated from
     * (RuleBook#MODEL_LIST), so that a test can tell when they no longer match rules/.
     */
    public static String fingerprint(List<RuleSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (RuleSource s : sources) {
                sha.update(s.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The .drl files of a user's --rules path (a file or a folder, searched recursively). */
    public static List<RuleSource> user(Path path) {
        if (Files.isRegularFile(path) && path.toString().endsWith(".drl")) {
            return List.of(read(path, path.toString(), false));
        }
        if (Files.isDirectory(path)) {
            List<RuleSource> found = collect(path, path.toString(), false);
            if (!found.isEmpty()) {
                return found;
            }
        }
        throw new KpiException(RuleProblems.rulesPath(path.toString()));
    }

    private static List<RuleSource> collect(Path root, String shownRoot, boolean packaged) {
        try (Stream<Path> s = Files.walk(root)) {
            List<RuleSource> all = new ArrayList<>();
            s.filter(p -> p.toString().endsWith(".drl")).sorted(Comparator.comparing(Path::toString))
                    .forEach(p -> all.add(read(p, shownRoot + "/" + root.relativize(p).toString().replace('\\', '/'),
                            packaged)));
            return all;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest DRL file read. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static RuleSource read(Path p, String shown, boolean packaged) {
        if (!packaged) {
            // a user's file: through the one reader of input files (streamed, size-limited)
            byte[] bytes = InputFiles.read(p, MAX_BYTES, n -> LoadProblems.unreadable(shown,
                    io.jixiao.load.LoadTexts.text("limit.fileSize", "mib", MAX_BYTES / (1024 * 1024))));
            return new RuleSource(shown, TextFiles.decode(bytes, shown).text());
        }
        try {
            return new RuleSource(shown, TextFiles.decode(Files.readAllBytes(p), shown).text());
        } catch (IOException e) {
            throw new KpiException(LoadProblems.unreadable(shown, e.getMessage()));
        }
    }
}
