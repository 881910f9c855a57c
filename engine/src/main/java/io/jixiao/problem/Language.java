package io.jixiao.problem;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The language findings, hints and the command line's texts are written in: 简体中文 (the default) or English.
 * Every subsystem's bundle has both: {@code messages.properties} (English, the base bundle) and
 * {@code messages_zh.properties}; a test fails when a key lacks either.
 *
 * <p>The language is one setting of the process, read when a finding is made and when it is rendered. The command
 * line sets it before any work, from {@code --lang}, {@code JIXIAO_LANG} or the locale variables
 * ({@link LanguageChoice}); a program that embeds jixiao keeps the default, Chinese, or calls
 * {@link #use(Language)} once at start-up, e.g. {@code Language.use(Language.EN)}. Java's default locale plays
 * no part: it reports English on machines without a Chinese locale installed.
 */
public enum Language {

    /** 简体中文: the {@code messages_zh.properties} bundles. The default. */
    ZH(Locale.CHINESE),
    /** English: the base {@code messages.properties} bundles. */
    EN(Locale.ENGLISH);

    private static volatile Language current = ZH;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /**
     * The locale whose bundles hold this language's texts.
     *
     * @return {@link Locale#CHINESE} or {@link Locale#ENGLISH}
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language's tag, as {@code --lang} and {@code JIXIAO_LANG} write it.
     *
     * @return {@code zh} or {@code en}
     */
    public String tag() {
        return locale.getLanguage();
    }

    /**
     * The language a tag names: {@code zh} or {@code en}, in any case, optionally with a region or encoding
     * ({@code zh_CN.UTF-8}, {@code en-US}).
     *
     * @param tag the tag; may be null
     * @return the language, or empty for any other tag
     */
    public static Optional<Language> of(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        String t = tag.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && t.charAt(end) >= 'a' && t.charAt(end) <= 'z') {
            end++;
        }
        String language = t.substring(0, end);
        if (end < t.length() && "-_.@".indexOf(t.charAt(end)) < 0) {
            return Optional.empty();
        }
        return switch (language) {
            case "zh" -> Optional.of(ZH);
            case "en" -> Optional.of(EN);
            default -> Optional.empty();
        };
    }

    /**
     * The language of this run.
     *
     * @return the language set by {@link #use(Language)}, else {@link #ZH}
     */
    public static Language current() {
        return current;
    }

    /**
     * Sets the language of this run: findings made and rendered from now on are in it. The command line calls it
     * before any work; an embedding program calls it once at start-up (it applies to every thread).
     *
     * @param language the language
     */
    public static void use(Language language) {
        current = Objects.requireNonNull(language, "language");
    }
}
