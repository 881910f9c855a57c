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
    /** The parsed texts of each language (by its ordinal), by key. */
    private final List<Map<String, Texts>> parsed = Arrays.stream(Language.values())
            .map(l -> (Map<String, Texts>) new ConcurrentHashMap<String, Texts>()).toList();

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
        Texts texts = texts(key);
        return new Arguments(key, nameValuePairs).check(texts, false).message(texts.message);
    }

    /**
     * {@link #text}, to be the value of another text's placeholder (an explanation nested in another): a value that
     * text shows as it is, cut as any of its values, but not scanned again for invisible characters when this text's
     * literals have none — its values were quoted as it was filled.
     */
    public Filled filled(String key, Object... nameValuePairs) {
        Texts texts = texts(key);
        return new Filled(new Arguments(key, nameValuePairs).check(texts, false).message(texts.message),
                texts.message.visible);
    }

    /**
     * A text a catalogue filled ({@link #filled}), as a value of another: {@code visible} when it is made of visible
     * parts only (literals without invisible characters, values quoted), so that {@link #visible} would leave it as it
     * is.
     */
    public static final class Filled {

        private final String text;
        private final boolean visible;

        private Filled(String text, boolean visible) {
            this.text = text;
            this.visible = visible;
        }

        public String text() {
            return text;
        }

        boolean visible() {
            return visible;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Filled f && f.text.equals(text) && f.visible == visible;
        }

        @Override
        public int hashCode() {
            return text.hashCode();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * A text that is not a finding and its hint ({@code key.hint}, empty when absent), their placeholders filled;
     * each value must be used by one of the two.
     */
    public Hinted hinted(String key, Object... nameValuePairs) {
        Texts texts = texts(key);
        Arguments args = new Arguments(key, nameValuePairs).check(texts, true);
        return new Hinted(args.message(texts.message), texts.hint == null ? "" : args.hint(texts.hint));
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
        return new Finding(severity, texts.code,
                new Worded(texts, new Arguments(key, nameValuePairs).check(texts, true)), at);
    }

    /** A finding's texts and the values of their placeholders, put into words when asked ({@link Finding}). */
    private record Worded(Texts texts, Arguments args) implements Finding.Wording {

        @Override
        public String message() {
            return args.message(texts.message);
        }

        @Override
        public String hint() {
            return texts.hint == null ? "" : args.hint(texts.hint);
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
        Map<String, Texts> byKey = parsed.get(language.ordinal());
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
        return new Arguments(pattern, nameValuePairs).check(template).message(template);
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
        // printable ASCII, and the CJK ideographs of Unicode 1.1 (all letters: what most of a Chinese text is)
        if (c >= 0x20 && c < 0x7F || c >= 0x4E00 && c <= 0x9FA5) {
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

    /**
     * The name/value pairs of one text and where each placeholder finds its value among them ({@link Slots}): checked
     * against the placeholders when made, and filled into them.
     */
    private static final class Arguments {

        private final String key;
        /** Names at even indexes, values at odd ones: a String, a {@link Listed}, a {@link Filled}, a number or null. */
        private final Object[] pairs;
        /** The index in {@link #pairs} of each placeholder's value, in the text and in its hint. */
        private Slots slots;

        /**
         * The pairs, each name a String; a value whose text could change later or depend on the language (anything
         * but a String, a {@link Listed}, a {@link Filled} or a number) is turned into its text now — in a copy of the array, which is
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
                if (!(value == null || value instanceof String || value instanceof Listed || value instanceof Filled
                        || value instanceof Integer
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
         * Checks the pairs against {@code texts}' message and, when {@code withHint}, its hint, as filling them would
         * throw: a placeholder without a value, then a value neither asks for. The check is made once for each shape
         * of names (the same names, the same objects, in the same order: what one factory passes every time) and
         * its outcome, the slots, kept in {@code texts}; another shape is checked anew.
         *
         * @return these arguments
         */
        Arguments check(Texts texts, boolean withHint) {
            Slots known = withHint ? texts.withHint : texts.alone;
            if (known != null && known.fits(pairs)) {
                slots = known;
                return this;
            }
            slots = Slots.of(key, texts.message, withHint ? texts.hint : null, pairs);
            if (withHint) {
                texts.withHint = slots;
            } else {
                texts.alone = slots;
            }
            return this;
        }

        /** {@link #check} of a text in no bundle, nothing kept. */
        Arguments check(Template text) {
            slots = Slots.of(key, text, null, pairs);
            return this;
        }

        String message(Template message) {
            return message.fill(slots.message, pairs);
        }

        String hint(Template hint) {
            return hint.fill(slots.hint, pairs);
        }
    }

    /**
     * Where each placeholder of a text (and of its hint) finds its value among name/value pairs of one shape: the
     * index of the value in the pairs, for the names as given ({@link #names}).
     */
    private static final class Slots {

        private final Object[] names;
        private final int[] message;
        private final int[] hint;

        private Slots(Object[] names, int[] message, int[] hint) {
            this.names = names;
            this.message = message;
            this.hint = hint;
        }

        /**
         * The slots of {@code text} and {@code hint} (null when there is none) for {@code pairs}; throws as filling
         * would: a placeholder without a value, then a value neither asks for.
         */
        static Slots of(String key, Template text, Template hint, Object[] pairs) {
            int[] message = text.slots(key, pairs);
            int[] hinted = hint == null ? null : hint.slots(key, pairs);
            Object[] names = new Object[pairs.length / 2];
            for (int i = 0; i < pairs.length; i += 2) {
                String name = (String) pairs[i];
                if (!text.asks(name) && (hint == null || !hint.asks(name))) {
                    throw new IllegalStateException(key + ": no placeholder {" + name + "} for the value given");
                }
                names[i / 2] = name;
            }
            return new Slots(names, message, hinted);
        }

        /** Whether {@code pairs} have these names, the same objects in the same order: then these slots are theirs. */
        boolean fits(Object[] pairs) {
            if (pairs.length != 2 * names.length) {
                return false;
            }
            for (int i = 0; i < names.length; i++) {
                if (pairs[2 * i] != names[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * A code's message and hint (null when it has none), parsed; and the {@link Slots} of the last shape of names
     * checked against the message alone and against both — kept so that the next text of the same shape is not
     * checked again (a race only checks a shape twice: a {@link Slots} is immutable).
     */
    private static final class Texts {

        final String code;
        final Template message;
        final Template hint;
        volatile Slots alone;
        volatile Slots withHint;

        Texts(String code, Template message, Template hint) {
            this.code = code;
            this.message = message;
            this.hint = hint;
        }
    }

    /**
     * A text cut at its placeholders: {@code literals[i]} comes before the placeholder {@code names[i]}, the last
     * literal after the last placeholder ({@code "unknown key '{key}'"} → literals {@code ["unknown key '", "'"]},
     * names {@code ["key"]}); whether each placeholder holds one of jixiao's {@link #SENTENCES}, worked out once.
     */
    private static final class Template {

        private final String[] literals;
        private final String[] names;
        private final boolean[] sentence;
        /** Whether no literal has a character {@link #visible} writes out. */
        final boolean visible;

        private Template(String[] literals, String[] names) {
            this.literals = literals;
            this.names = names;
            sentence = new boolean[names.length];
            for (int i = 0; i < names.length; i++) {
                sentence[i] = SENTENCES.contains(names[i]);
            }
            visible = java.util.Arrays.stream(literals).allMatch(l -> visible(l).equals(l));
        }

        static Template of(String pattern) {
            List<String> literals = new ArrayList<>();
            List<String> names = new ArrayList<>();
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
                literals.add(literal.toString());
                // interned, as the factories' names are (literals): checking finds a name by identity first
                names.add(pattern.substring(i + 1, end).intern());
                literal.setLength(0);
                i = end + 1;
            }
            literals.add(literal.toString());
            return new Template(literals.toArray(String[]::new), names.toArray(String[]::new));
        }

        /** Whether the text has the placeholder {@code {name}}. */
        boolean asks(String name) {
            for (String n : names) {
                if (n.equals(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * For each placeholder, the index in {@code pairs} of its value (the first pair of its name); throws, as
         * filling would, when a placeholder has no value among the pairs.
         */
        int[] slots(String key, Object[] pairs) {
            int[] slots = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                int found = -1;
                for (int j = 0; j < pairs.length && found < 0; j += 2) {
                    if (names[i].equals(pairs[j])) {
                        found = j + 1;
                    }
                }
                if (found < 0) {
                    throw new IllegalStateException(key + ": no value for the placeholder {" + names[i] + "}");
                }
                slots[i] = found;
            }
            return slots;
        }

        /**
         * The text with each placeholder's value — {@code pairs[slots[i]]} — as a message shows it: quoted (a list's
         * names are, one by one), a sentence cut longer. Joined in one step (its length and whether it needs two
         * bytes a character known before anything is copied).
         */
        String fill(int[] slots, Object[] pairs) {
            if (names.length == 0) {
                return literals[0];
            }
            String[] pieces = new String[2 * names.length + 1];
            for (int i = 0; i < names.length; i++) {
                pieces[2 * i] = literals[i];
                pieces[2 * i + 1] = value(sentence[i], pairs[slots[i]]);
            }
            pieces[2 * names.length] = literals[names.length];
            return String.join("", pieces);
        }

        private static String value(boolean sentence, Object value) {
            if (value instanceof Listed l) {
                return l.text();
            }
            if (value instanceof Filled f && f.visible()) {
                return cut(f.text(), sentence ? SENTENCE_LIMIT : QUOTE_LIMIT);
            }
            String text = String.valueOf(value);
            return sentence ? cut(visible(text), SENTENCE_LIMIT) : quote(text);
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
