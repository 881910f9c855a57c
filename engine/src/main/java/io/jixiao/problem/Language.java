package io.jixiao.problem;

import java.util.Locale;

/**
 * The language messages are rendered in. English is the base bundle of every subsystem
 * ({@code messages.properties}); a language added later brings its {@code messages_xx.properties} files and a
 * constant here, and {@link #current()} chooses among them.
 */
public enum Language {

    /** 简体中文: the {@code messages_zh.properties} bundles; a text a bundle lacks falls back to English. */
    ZH(Locale.CHINESE),
    /** English: the base {@code messages.properties} bundles. */
    EN(Locale.ENGLISH);

    private static volatile Language current = EN;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose bundles hold this language's texts. */
    public Locale locale() {
        return locale;
    }

    /** The language of this run. */
    public static Language current() {
        return current;
    }

    /** Sets the language of this run (the command line does, from --lang and the environment). */
    public static void use(Language language) {
        current = java.util.Objects.requireNonNull(language, "language");
    }
}
