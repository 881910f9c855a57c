package io.jixiao.report.browser;

import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The set-up every browser test shares — report's pages, the store's history page, the web workbench: a browser
 * that is missing fails the test where {@code CI=true} ({@code .ci/run} installs Debian's chromium and
 * chromium-driver) and skips it with the reason elsewhere; screenshots are read back by their pixels.
 */
public final class BrowserTests {

    /** Debian's chromium and its WebDriver, for the Selenium tests (the workbench). */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private BrowserTests() {
    }

    /** True where the tests run in CI: there a missing browser is a failure, not a skip. */
    public static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The chromium for {@code test}'s pages, with a work folder {@code work} (created); null when there is none
     * here, after saying why the test will be skipped ({@link #assumeChromium}).
     *
     * @throws AssertionError when CI=true and there is no chromium
     */
    public static Chromium chromium(String test, Path work) throws IOException {
        Files.createDirectories(work);
        Optional<Chromium> found = Chromium.find(work);
        if (found.isEmpty()) {
            if (inCi()) {
                fail("CI=true but no chromium on PATH: .ci/run installs Debian's chromium; " + test + " must run");
            }
            System.err.println(skip(test));
            return null;
        }
        return found.get();
    }

    /** For each test: skipped, with the reason, when {@link #chromium} found none. */
    public static void assumeChromium(String test, Chromium chromium) {
        Assumptions.assumeTrue(chromium != null, skip(test));
    }

    /**
     * For a Selenium test: Debian's chromium and chromium-driver are here; without them the test is skipped with the
     * reason, or fails when CI=true.
     */
    public static void assumeChromeDriver(String test) {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (!present && inCi()) {
            fail("CI=true but no " + CHROMEDRIVER + " / " + CHROMIUM + ": .ci/run installs chromium and"
                    + " chromium-driver; " + test + " must run");
        }
        Assumptions.assumeTrue(present, "SKIPPED " + test + ": no chromium-driver here (apt-get install chromium"
                + " chromium-driver; CI=true makes it required)");
    }

    private static String skip(String test) {
        return "SKIPPED " + test + ": no chromium on PATH (apt-get install chromium fonts-wqy-microhei to run it;"
                + " CI=true makes it required)";
    }

    /** The pixels of {@code image} of exactly the colour {@code rgb} (0xRRGGBB). */
    public static int count(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The height down to the last row that is not all page background (the bottom row's colour), plus a margin. */
    public static int contentHeight(BufferedImage image) {
        int background = image.getRGB(0, image.getHeight() - 1);
        for (int y = image.getHeight() - 1; y > 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    return Math.min(image.getHeight(), y + 24);
                }
            }
        }
        return image.getHeight();
    }
}
