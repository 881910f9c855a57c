package io.jixiao.problem;

import java.util.Map;

/**
 * Which language a run speaks (docs/guide.md#language): {@code --lang zh|en} when given, else
 * {@code JIXIAO_LANG}, else the first of the locale variables {@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}
 * that is set — {@code zh…}, {@code C}, {@code POSIX} or none at all give Chinese, any other language English.
 * An unreadable {@code JIXIAO_LANG} is passed over. The environment is a parameter, never read here, and Java's
 * default locale plays no part.
 */
public final class LanguageChoice {

    /** The variable that names the language, before the locale variables. */
    public static final String VARIABLE = "JIXIAO_LANG";

    private static final String[] LOCALE_VARIABLES = {"LC_ALL", "LC_MESSAGES", "LANG"};

    private LanguageChoice() {
    }

    /**
     * The language of a run.
     *
     * @param option      the value of {@code --lang}, or null when not given
     * @param environment the process's environment variables (System.getenv() on the command line)
     * @return the language
     * @throws IllegalArgumentException when {@code option} names neither zh nor en
     */
    public static Language choose(String option, Map<String, String> environment) {
        if (option != null) {
            return Language.of(option).orElseThrow(() -> new IllegalArgumentException(option));
        }
        String named = environment.get(VARIABLE);
        if (named != null && !named.isBlank()) {
            var language = Language.of(named);
            if (language.isPresent()) {
                return language.get();
            }
        }
        for (String variable : LOCALE_VARIABLES) {
            String value = environment.get(variable);
            if (value != null && !value.isBlank()) {
                return ofLocale(value);
            }
        }
        return Language.ZH;
    }

    /** {@code zh_CN.UTF-8}, {@code C}, {@code C.UTF-8}, {@code POSIX}: Chinese; {@code en_US}, {@code de_DE}: English. */
    private static Language ofLocale(String value) {
        String v = value.strip();
        int end = 0;
        while (end < v.length() && Character.isLetter(v.charAt(end))) {
            end++;
        }
        String language = v.substring(0, end);
        if (language.equals("C") || language.equals("POSIX") || language.equalsIgnoreCase("zh")) {
            return Language.ZH;
        }
        return Language.EN;
    }
}
