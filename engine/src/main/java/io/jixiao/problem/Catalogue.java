package io.jixiao.problem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The messages of one subsystem: the resource bundle {@code messages} in the package of the subsystem's
 * {@code XProblems} class (a second subsystem in one package names its own), in the
 * {@link Language#current() current language}. A key is a code
 * ({@code KPI-0105}) or a variant of one ({@code KPI-0106.spelling}); {@code key.hint} is its hint (none when
 * absent) and {@code key.title} a short name of what the code means (docs/codes.md). Severity is the
 * factory's choice ({@link #error}, {@link #warning}, {@link #info}), never the bundle's.
 *
 * <p>Texts have named placeholders, {@code {name}}, filled from name/value pairs; nothing else in a text is
 * special (no MessageFormat quoting: {@code '} and a brace that does not enclose a name are literal). A
 * placeholder without a value, or a value no placeholder asks for, is a bug: {@link IllegalStateException}.
 *
 * <p>Every value is input quoted back to the user, so it is {@linkplain #quote quoted} here, in one place: cut to
 * {@value #QUOTE_LIMIT} characters, control and invisible characters written out ({@code 数量<U+200B>}) — a 7 MB
 * cell or a whole {@code /etc/passwd} never lands in a message. The placeholders that hold jixiao's own sentences
 * ({@link #SENTENCES}: a problem, a hint, a reason …, which quote their input through {@link #quote} themselves)
 * are cut at {@value #SENTENCE_LIMIT}; a {@link #list} keeps up to 40 names, each quoted.
 */
public final class Catalogue {

    private static final int LIST_LIMIT = 40;
    private static final int CLIP_LIMIT = 30;
    /** The most characters of one input value a message quotes (docs/guide.md#messages). */
    public static final int QUOTE_LIMIT = 80;
    /** The most characters of one of jixiao's own sentences filled into a message (it quotes input itself). */
    public static final int SENTENCE_LIMIT = 400;
    /**
     * Placeholders filled with jixiao's own sentences or hints rather than a value of the input: cut at
     * {@link #SENTENCE_LIMIT}, not {@link #QUOTE_LIMIT}.
     */
    static final java.util.Set<String> SENTENCES = java.util.Set.of("problem", "hint", "reason", "what", "why",
            "note", "how", "message", "example", "expected", "found", "where", "cells", "source", "location",
            // a score's explanation (scoring/texts): the comparison it starts with, the year-end method's words
            "compare", "method");

    private final String baseName;
    private final ClassLoader loader;
    private final Map<Language, ResourceBundle> bundles = new ConcurrentHashMap<>();
    private final Map<Language, Map<String, Texts>> parsed = new ConcurrentHashMap<>();

    private Catalogue(String baseName, ClassLoader loader) {
        this.baseName = baseName;
        this.loader = loader;
    }

    /** The catalogue of {@code owner}'s package: the bundle {@code <package>/messages.properties}. */
    public static Catalogue of(Class<?> owner) {
        return of(owner, "messages");
    }

    /**
     * The catalogue of a second subsystem in {@code owner}'s package: the bundle
     * {@code <package>/<bundle>.properties} (scoring's what-if session has {@code session}).
     */
    public static Catalogue of(Class<?> owner, String bundle) {
        return new Catalogue(owner.getPackageName() + "." + bundle, owner.getClassLoader());
    }

    public Finding error(String key, Location at, Object... nameValuePairs) {
        return finding(Severity.ERROR, key, at, nameValuePairs);
    }

    public Finding warning(String key, Location at, Object... nameValuePairs) {
        return finding(Severity.WARNING, key, at, nameValuePairs);
    }

    public Finding info(String key, Location at, Object... nameValuePairs) {
        return finding(Severity.INFO, key, at, nameValuePairs);
    }

    /** A text that is not a finding, its placeholders filled. */
    public String text(String key, Object... nameValuePairs) {
        Template message = texts(key).message();
        return new Arguments(key, nameValuePairs).check(message, null).fill(message);
    }

    /**
     * A text that is not a finding and its hint ({@code key.hint}, empty when absent), their placeholders filled;
     * each value must be used by one of the two.
     */
    public Hinted hinted(String key, Object... nameValuePairs) {
        Texts texts = texts(key);
        Arguments args = new Arguments(key, nameValuePairs).check(texts.message(), texts.hint());
        return new Hinted(args.fill(texts.message()), texts.hint() == null ? "" : args.fill(texts.hint()));
    }

    /** A text and its hint ({@link #hinted}). */
    public record Hinted(String text, String hint) {
    }

    /**
     * A finding of {@code key}'s texts in the current language, put into words when first read ({@link Finding}):
     * the pairs are checked now (a placeholder without a value, or a value no placeholder asks for, is a bug here,
     * not when the finding is shown), and a value that is not a {@code String}, a {@link Listed} or a number is
     * turned into its text now ({@link Arguments}), so that the words are those it would have had when raised.
     */
    private Finding finding(Severity severity, String key, Location at, Object... nameValuePairs) {
        Texts texts = texts(key);
        return new Finding(severity, texts.code(),
                new Worded(texts, new Arguments(key, nameValuePairs).check(texts.message(), texts.hint())), at);
    }

    /** A finding's texts and the values of their placeholders, put into words when asked ({@link Finding}). */
    private record Worded(Texts texts, Arguments args) implements Finding.Wording {

        @Override
        public String message() {
            return args.fill(texts.message());
        }

        @Override
        public String hint() {
            return texts.hint() == null ? "" : args.fill(texts.hint());
        }

        /** The same texts (parsed once per language and key) and equal values: the same words. */
        @Override
        public boolean sameWords(Finding.Wording other) {
            return other instanceof Worded w && w.texts == texts && Arrays.equals(w.args.pairs, args.pairs);
        }
    }

    /** The texts of {@code key} in the current language, read from the bundle and parsed once. */
    private Texts texts(String key) {
        Language language = Language.current();
        Map<String, Texts> byKey = parsed.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        Texts texts = byKey.get(key);
        if (texts == null) {
            ResourceBundle bundle = bundles.computeIfAbsent(language, l -> ResourceBundle.getBundle(baseName,
                    l.locale(), loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
            if (!bundle.containsKey(key)) {
                throw new IllegalStateException("no text '" + key + "' in " + baseName);
            }
            int dot = key.indexOf('.');
            texts = new Texts(dot < 0 ? key : key.substring(0, dot), Template.of(bundle.getString(key)),
                    bundle.containsKey(key + ".hint") ? Template.of(bundle.getString(key + ".hint")) : null);
            byKey.putIfAbsent(key, texts);
        }
        return texts;
    }

    /** {@code pattern} with its placeholders filled from name/value pairs; every pair must be used. */
    static String format(String pattern, Object... nameValuePairs) {
        Template template = Template.of(pattern);
        return new Arguments(pattern, nameValuePairs).check(template, null).fill(template);
    }

    /**
     * Names joined as a list of the current language — with "、" in Chinese (优、良、中), ", " in English — each
     * {@linkplain #quote quoted}, cut after the first 40 with "…".
     */
    public static Listed list(Collection<String> names) {
        String separator = Language.current() == Language.ZH ? "、" : ", ";
        List<String> all = names.stream().map(Catalogue::quote).toList();
        String joined = String.join(separator, all.size() > LIST_LIMIT ? all.subList(0, LIST_LIMIT) : all);
        return new Listed(all.size() > LIST_LIMIT ? joined + separator + "…" : joined);
    }

    /** A {@link #list}: its names are quoted one by one, so the list as a whole is not cut at {@link #QUOTE_LIMIT}. */
    public record Listed(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * Input as a message quotes it: control and invisible characters written out ({@code \n}, {@code \t(TAB)},
     * {@code <U+200B>} for a zero-width space), then cut after {@value #QUOTE_LIMIT} characters with "…". The one
     * place that caps quoted input; a factory that builds a sentence around input quotes the input with it.
     */
    public static String quote(String input) {
        return input == null ? null : cut(visible(input), QUOTE_LIMIT);
    }

    /** {@code text} with control characters and invisible ones (zero-width, format characters) written out. */
    public static String visible(String text) {
        int i = 0;
        while (i < text.length() && shown(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        text.codePoints().skip(text.codePointCount(0, i)).forEach(c -> {
            switch (c) {
                case '\t' -> sb.append("\\t(TAB)");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x10000 && shown((char) c) || c >= 0x10000 && Character.getType(c) != Character.FORMAT
                            && Character.getType(c) != Character.UNASSIGNED && Character.getType(c) != Character.PRIVATE_USE) {
                        sb.appendCodePoint(c);
                    } else {
                        sb.append(String.format("<U+%04X>", c));
                    }
                }
            }
        });
        return sb.toString();
    }

    /** True for a character a message shows as it is: not a control, format (zero-width), separator or surrogate. */
    private static boolean shown(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        int type = Character.getType(c);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && !(Character.isSurrogate(c));
    }

    /** The first {@code limit} code points of {@code s}, with "…" when it is longer. */
    private static String cut(String s, int limit) {
        if (s.length() <= limit || s.codePointCount(0, s.length()) <= limit) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, limit - 1)) + "…";
    }

    /** A long 三级指标 (some are whole sentences) cut to its first 30 characters, for review messages. */
    public static String clip(String name) {
        return name == null || name.codePointCount(0, name.length()) <= CLIP_LIMIT ? name
                : name.substring(0, name.offsetByCodePoints(0, CLIP_LIMIT - 1)) + "…";
    }

    /** The name/value pairs of one text: checked against its placeholders, and filled into them. */
    private static final class Arguments {

        private final String key;
        /** Names at even indexes, values at odd ones: each a String, a {@link Listed}, a number or null. */
        private final Object[] pairs;

        /**
         * The pairs, each name a String; a value whose text could change later or depend on the language (anything
         * but a String, a {@link Listed} or a number) is turned into its text now — in a copy of the array, which is
         * otherwise kept as it is (the factories pass a new one each time).
         */
        Arguments(String key, Object... pairs) {
            if (pairs.length % 2 != 0) {
                throw new IllegalArgumentException(key + ": placeholder values come in name/value pairs");
            }
            this.key = key;
            Object[] settled = pairs;
            for (int i = 0; i < pairs.length; i += 2) {
                if (!(pairs[i] instanceof String)) {
                    throw new IllegalArgumentException(key + ": placeholder name " + pairs[i] + " is not a String");
                }
                Object value = pairs[i + 1];
                if (!(value == null || value instanceof String || value instanceof Listed || value instanceof Integer
                        || value instanceof Long || value instanceof java.math.BigDecimal)) {
                    if (settled == pairs) {
                        settled = pairs.clone();
                    }
                    settled[i + 1] = String.valueOf(value);
                }
            }
            this.pairs = settled;
        }

        /**
         * Throws as filling {@code text} and {@code hint} (null when there is none) would: a placeholder without a
         * value, then a value neither asks for.
         *
         * @return these arguments
         */
        Arguments check(Template text, Template hint) {
            text.requireValues(key, pairs);
            if (hint != null) {
                hint.requireValues(key, pairs);
            }
            for (int i = 0; i < pairs.length; i += 2) {
                String name = (String) pairs[i];
                if (!text.asks(name) && (hint == null || !hint.asks(name))) {
                    throw new IllegalStateException(key + ": no placeholder {" + name + "} for the value given");
                }
            }
            return this;
        }

        /** A value as the message shows it: quoted (a list's names are, one by one), a sentence cut longer. */
        private static String value(String name, Object value) {
            if (value instanceof Listed l) {
                return l.text();
            }
            String text = String.valueOf(value);
            return SENTENCES.contains(name) ? cut(visible(text), SENTENCE_LIMIT) : quote(text);
        }

        String fill(Template template) {
            String[] parts = template.parts();
            if (parts.length == 1) {
                return parts[0];
            }
            StringBuilder out = new StringBuilder(template.length() + 32);
            for (int i = 0; i < parts.length; i++) {
                out.append(i % 2 == 0 ? parts[i] : value(parts[i]));
            }
            return out.toString();
        }

        private String value(String name) {
            for (int i = 0; i < pairs.length; i += 2) {
                if (pairs[i].equals(name)) {
                    return value(name, pairs[i + 1]);
                }
            }
            throw new IllegalStateException(key + ": no value for the placeholder {" + name + "}");
        }
    }

    /** A code's message and hint (null when it has none), parsed. */
    private record Texts(String code, Template message, Template hint) {
    }

    /**
     * A text cut at its placeholders: literal text at even indexes, placeholder names at odd ones
     * ({@code "unknown key '{key}'"} → {@code ["unknown key '", "key", "'"]}).
     */
    private record Template(String[] parts, int length) {

        static Template of(String pattern) {
            List<String> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            int i = 0;
            while (i < pattern.length()) {
                char c = pattern.charAt(i);
                int end = c == '{' ? placeholderEnd(pattern, i) : -1;
                if (end < 0) {
                    literal.append(c);
                    i++;
                    continue;
                }
                parts.add(literal.toString());
                // interned, as the factories' names are (literals): checking and filling find a name by identity
                parts.add(pattern.substring(i + 1, end).intern());
                literal.setLength(0);
                i = end + 1;
            }
            parts.add(literal.toString());
            return new Template(parts.toArray(String[]::new), pattern.length());
        }

        /** Whether the text has the placeholder {@code {name}}. */
        boolean asks(String name) {
            for (int i = 1; i < parts.length; i += 2) {
                if (parts[i].equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /** Throws, as filling would, when a placeholder of the text has no value among the name/value pairs. */
        void requireValues(String key, Object[] pairs) {
            for (int i = 1; i < parts.length; i += 2) {
                boolean found = false;
                for (int j = 0; j < pairs.length && !found; j += 2) {
                    found = parts[i].equals(pairs[j]);
                }
                if (!found) {
                    throw new IllegalStateException(key + ": no value for the placeholder {" + parts[i] + "}");
                }
            }
        }

        /** The index of the '}' closing a placeholder {@code {name}} that starts at {@code open}, else -1. */
        private static int placeholderEnd(String pattern, int open) {
            int i = open + 1;
            if (i >= pattern.length() || !isAsciiLetter(pattern.charAt(i))) {
                return -1;
            }
            while (i < pattern.length() && (isAsciiLetter(pattern.charAt(i)) || isAsciiDigit(pattern.charAt(i))
                    || pattern.charAt(i) == '_')) {
                i++;
            }
            return i < pattern.length() && pattern.charAt(i) == '}' ? i : -1;
        }

        private static boolean isAsciiLetter(char c) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
