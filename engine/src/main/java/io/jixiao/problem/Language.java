package io.jixiao.problem;

import java.util.Locale;

/**
 * The language messages are rendered in. English is the base bundle of every subsystem
 * ({@code messages.properties}); a language added later brings its {@code messages_xx.properties} files and a
 * constant here, and {@link #current()} chooses among them.
 */
public enum Language {

    /** English: the base {@code messages.properties} bundles. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale whose bundles hold this language's texts. */
    public Locale locale() {
        return locale;
    }

    /** The language of this run: English until a selection (an option or the environment) is added. */
    public static Language current() {
        return EN;
    }
}
