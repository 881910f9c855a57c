package io.jixiao.report.html;

import io.jixiao.problem.Language;
import io.jixiao.report.Labels;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What jixiao's HTML pages share: the one style sheet ({@code report.css}, screen and print) with the A4 page box
 * and the page numbers in the language of the run, and the {@code lang} of the page. Both pages are single
 * self-contained files: nothing is fetched when they are viewed.
 */
public final class Page {

    private static final String CSS = read("report.css");

    private Page() {
    }

    /** The page's language tag: zh-CN or en. */
    public static String lang() {
        return Language.current() == Language.ZH ? "zh-CN" : "en";
    }

    /** The style sheet, then the printed page box with its number at the foot of every page ("第 1 页，共 5 页"). */
    public static String styles() {
        String content = "\"" + Labels.text("html.page", "page", "\" counter(page) \"", "pages", "\" counter(pages) \"")
                + "\"";
        return CSS + "@page { size: A4; margin: 16mm 14mm 18mm; @bottom-center { content: " + content
                + "; font-size: 9pt; color: #616e7c; } }\n";
    }

    private static String read(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
