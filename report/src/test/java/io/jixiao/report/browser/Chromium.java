package io.jixiao.report.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Debian chromium, run once per call with a fresh profile and no network features. Found for a test by
 * {@link BrowserTests#chromium}, the one set-up every browser test shares.
 */
public final class Chromium {

    /** What one run printed: the page's DOM for --dump-dom on stdout, chromium's log on stderr. */
    public record Result(int exit, String stdout, String stderr) {

        /** Lines the page wrote to its console (chromium logs them as CONSOLE with --enable-logging). */
        public List<String> console() {
            return stderr.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;
    private final Path work;

    private Chromium(Path binary, Path work) {
        this.binary = binary;
        this.work = work;
    }

    /**
     * The first of chromium, chromium-browser, google-chrome on PATH; JIXIAO_CHROMIUM, when set, names the binary
     * instead (and a name that is no executable means "none", which is how the skip is tried out).
     */
    public static Optional<Chromium> find(Path work) {
        String chosen = System.getenv("JIXIAO_CHROMIUM");
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen);
            return Files.isExecutable(p) ? Optional.of(new Chromium(p, work)) : Optional.empty();
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(new Chromium(p, work));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Prints {@code page} to {@code pdf} as a reader's "Save as PDF" does, without the browser's own header and footer
     * (the page numbers are the page's, from its CSS {@code @page} rules); the paper is the page's {@code @page size}.
     */
    public Result printToPdf(Path page, Path pdf) throws IOException, InterruptedException {
        return run(List.of("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath()), page.toUri().toString());
    }

    /** A screenshot of {@code page} in a window {@code width} × {@code height} px at scale 1. */
    public Result screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        return run(List.of("--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height,
                "--screenshot=" + png.toAbsolutePath()), page.toUri().toString());
    }

    public Result run(List<String> extra, String url) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(work, "profile");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--enable-logging=stderr",
                "--v=0"));
        cmd.addAll(extra);
        cmd.add(url);
        Path out = Files.createTempFile(work, "stdout", ".txt");
        Path err = Files.createTempFile(work, "stderr", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        // a safety net against a hung browser, not a timing assertion
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 120 s: " + String.join(" ", cmd));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
