package io.jixiao.monitor;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Language;
import io.jixiao.scoring.method.Explain;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a monitoring line is what it is — the pace, the rate, the gap, a light — as a value: a text of
 * {@code io/jixiao/monitor/texts.properties} and its placeholders' values (numbers kept as computed, to be shown in
 * one of {@link Form}'s ways; nested words and scoring {@link io.jixiao.scoring.Explanation}s), or several of them
 * joined. Put into words only when an output shows it ({@link #text()}), in the {@link Language#current() language of
 * the run}, as {@link io.jixiao.scoring.Explanation} is for scores: {@code monitor DIR}, which prints no line's
 * explanation, fills no text (docs/monitoring.md#cost). Two are equal when they hold the same texts and values — what
 * the rule session's truth maintenance compares.
 */
public final class Words {

    private static final Catalogue T = Catalogue.of(Words.class, "texts");
    /** No words: a plan step that could not be read. */
    public static final Words NONE = new Words(null, new Object[0]);

    /** The text's key, null for a join of {@link #values}. */
    private final String key;
    private final Object[] values;

    private Words(String key, Object[] values) {
        this.key = key;
        this.values = values;
    }

    /**
     * @param nameValuePairs each placeholder's name and value: a {@link Shown} number, a string, an int, nested words
     *                       or an explanation (shown as its text)
     */
    static Words of(String key, Object... nameValuePairs) {
        return new Words(Objects.requireNonNull(key), nameValuePairs);
    }

    /** The words of {@code parts}, one after the other with the language's separator ("; " / "；"). */
    static Words joined(List<Words> parts) {
        return parts.size() == 1 ? parts.get(0) : new Words(null, parts.toArray());
    }

    /** {@code first}, then {@code second}, with the language's separator, as {@link #joined(List)} joins two. */
    static Words joined(Words first, Words second) {
        return new Words(null, new Object[] {first, second});
    }

    /** In the language of the run. */
    public String text() {
        if (key != null) {
            return T.text(key, values);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(T.text("sep"));
            }
            out.append(values[i]);
        }
        return out.toString();
    }

    /** {@link #text()}: words joined into a string read as their text. */
    @Override
    public String toString() {
        return text();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Words w && Objects.equals(key, w.key) && Arrays.deepEquals(values, w.values);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(key) + Arrays.deepHashCode(values);
    }

    /** How a value is shown. */
    enum Form {
        /** A percent: 39.80%. */
        PERCENT,
        /** Percentage points: 10.20. */
        POINTS,
        /** A fraction f, 4 places: 0.9000. */
        FRACTION,
        /** A number as explanations show it ({@link Explain#num}). */
        NUMBER,
        /** A text of the bundle by its key (a light's word, a basis): the value is the key. */
        TEXT
    }

    /** A value to be shown in {@code form} when the words are. */
    record Shown(Form form, Object value) {

        static Shown percent(BigDecimal v) {
            return new Shown(Form.PERCENT, v);
        }

        static Shown points(BigDecimal v) {
            return new Shown(Form.POINTS, v);
        }

        static Shown fraction(BigDecimal v) {
            return new Shown(Form.FRACTION, v);
        }

        static Shown number(BigDecimal v) {
            return new Shown(Form.NUMBER, v);
        }

        static Shown text(String key) {
            return new Shown(Form.TEXT, key);
        }

        /** Each light's word, made once: every indicator's explanation holds one. */
        private static final Shown[] LIGHTS = java.util.Arrays.stream(Light.values())
                .map(l -> text("light." + l.label())).toArray(Shown[]::new);
        private static final Shown[] BASES = java.util.Arrays.stream(Basis.values())
                .map(b -> text("basis." + b.name().toLowerCase(Locale.ROOT))).toArray(Shown[]::new);

        static Shown light(Light light) {
            return LIGHTS[light.ordinal()];
        }

        /** Which value was scored, in words: 全年预计完成值 / 当前完成值. */
        static Shown basis(Basis basis) {
            return BASES[basis.ordinal()];
        }

        @Override
        public String toString() {
            return switch (form) {
                case PERCENT -> Paces.pct((BigDecimal) value);
                case POINTS -> Paces.points((BigDecimal) value);
                case FRACTION -> Paces.f((BigDecimal) value);
                case NUMBER -> Explain.num((BigDecimal) value);
                case TEXT -> T.text((String) value);
            };
        }
    }
}
