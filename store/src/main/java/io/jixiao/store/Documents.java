package io.jixiao.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The documents of schema versions 9 ({@link V9__findings_and_categories_as_documents}) and 10
 * ({@link V10__indicators_as_documents}, docs/store.md#schema): a department-year's findings
 * ({@code department_year.findings}), a table's category scores ({@code indicator_table.categories}) and a table's
 * indicators ({@code indicator_table.indicators}), each a JSON array in a text column, one object per former row in
 * the former order — the ordinal is the position. Written once, on the import's worker ({@link Rows}), or by the
 * migration from the rows of the version before; read by the bureau's review ({@link StoredReview}), history
 * ({@link HistoryReader}), {@code store list}'s count and the notes ({@link Notes}). An SQL user reads them with
 * PostgreSQL's JSON functions ({@code jsonb_array_elements(findings::jsonb) ->> 'code'}).
 *
 * <pre>
 * findings:   [{"severity":"warning","code":"KPI-0405","message":"…","hint":"…","file":"…","line":12,"col":9,
 *               "table":"…","recheck":"selfScore"}, …]     table and recheck only when the finding has them
 * categories: [{"category":"OUTPUT","level1":"产出指标","points":50,"score":49.74}, …]     numbers exact, as stored
 *               before (20 places), without trailing zeros; level1 only when there is one
 * indicators: [{"key":"…","name":"…","level1":"产出指标","level2":"数量指标","target":"≥2万条","cost":false,
 *               "deduction":"…","line":31,"col":15,"actual":"19950条","group":"OUTPUT","points":6.25,"score":6.25,
 *               "status":"met","rule":"…","explanation":"…","library":"GX-0001","direction":"≥"}, …]
 *               key, target, cost, line and col always; any other only when the indicator has it (not scored: no
 *               group, points, score, status, rule, explanation); numbers as the categories'
 * </pre>
 */
final class Documents {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Documents() {
    }

    /** A stored finding, as version 8's {@code finding} row held it (without its parent and ordinal). */
    record StoredFinding(String severity, String code, String message, String hint, String file, int line, int col,
                         String table, String recheck) {
    }

    /** A stored category score, as version 8's {@code category_score} row held it. */
    record StoredCategory(String category, String level1, BigDecimal points, BigDecimal score) {
    }

    /** A stored indicator, as version 9's {@code indicator} row held it (without its parent and ordinal). */
    record StoredIndicator(String key, String name, String level1, String level2, String target, boolean cost,
                           String deduction, int line, int col, String actual, String group, BigDecimal points,
                           BigDecimal score, String status, String rule, String explanation, String library,
                           String direction) {
    }

    /** The findings' document: an array in their order. */
    static String findings(List<StoredFinding> findings) {
        return write(findings, 320, (g, f) -> {
            g.writeStringField("severity", f.severity());
            g.writeStringField("code", f.code());
            g.writeStringField("message", f.message());
            g.writeStringField("hint", f.hint());
            g.writeStringField("file", f.file());
            g.writeNumberField("line", f.line());
            g.writeNumberField("col", f.col());
            if (f.table() != null) {
                g.writeStringField("table", f.table());
            }
            if (f.recheck() != null) {
                g.writeStringField("recheck", f.recheck());
            }
        });
    }

    /** The category scores' document: an array in their order; numbers as stored, without trailing zeros. */
    static String categories(List<StoredCategory> categories) {
        return write(categories, 80, (g, c) -> {
            g.writeStringField("category", c.category());
            if (c.level1() != null) {
                g.writeStringField("level1", c.level1());
            }
            g.writeFieldName("points");
            g.writeNumber(plain(c.points()));
            g.writeFieldName("score");
            g.writeNumber(plain(c.score()));
        });
    }

    /** A table's indicators' document: an array in their order; a field without a value is left out. */
    static String indicators(List<StoredIndicator> indicators) {
        return write(indicators, 400, (g, i) -> {
            g.writeStringField("key", i.key());
            text(g, "name", i.name());
            text(g, "level1", i.level1());
            text(g, "level2", i.level2());
            g.writeStringField("target", i.target());
            g.writeBooleanField("cost", i.cost());
            text(g, "deduction", i.deduction());
            g.writeNumberField("line", i.line());
            g.writeNumberField("col", i.col());
            text(g, "actual", i.actual());
            text(g, "group", i.group());
            number(g, "points", i.points());
            number(g, "score", i.score());
            text(g, "status", i.status());
            text(g, "rule", i.rule());
            text(g, "explanation", i.explanation());
            text(g, "library", i.library());
            text(g, "direction", i.direction());
        });
    }

    /** The fields of one object of a document's array. */
    @FunctionalInterface
    private interface Fields<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    /** A document: an array of one object for each item, in their order ({@code size}: about an object's length). */
    private static <T> String write(List<T> items, int size, Fields<T> fields) {
        Chars out = CHARS.get();
        out.clear(items.size() * size + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (T item : items) {
                g.writeStartObject();
                fields.write(g, item);
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.text();
    }

    /** Each thread's buffer for the document it writes (the import's workers write one after another). */
    private static final ThreadLocal<Chars> CHARS = ThreadLocal.withInitial(Chars::new);

    /**
     * The characters of the document being written, in a buffer of the thread's own, reused: the text is copied once,
     * into the document's string. A {@code StringWriter} — a {@code StringBuffer} made Latin-1 and widened at the
     * first Chinese character, then copied to a string — allocated twice as much: ~0.15 GB of an import's 2.6 GB for the
     * 1000 × 100 bureau (docs/performance.md#import-tenth).
     */
    private static final class Chars extends Writer {

        /** A buffer above this many characters is not kept for the next document. */
        private static final int KEPT = 1 << 20;

        private char[] buf = new char[1 << 14];
        private int length;

        void clear(int expected) {
            if (buf.length > KEPT) {
                buf = new char[1 << 14];
            }
            length = 0;
            room(expected);
        }

        String text() {
            return new String(buf, 0, length);
        }

        private void room(int more) {
            if (length + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, length + more));
            }
        }

        @Override
        public void write(char[] c, int off, int len) {
            room(len);
            System.arraycopy(c, off, buf, length, len);
            length += len;
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            s.getChars(off, off + len, buf, length);
            length += len;
        }

        @Override
        public void write(int c) {
            room(1);
            buf[length++] = (char) c;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeNumber(plain(value));
        }
    }

    /**
     * A number as the rows of version 8 held it (20 places, HALF_UP), without its trailing zeros: rounded only when it
     * has more places (stripping the zeros of a number scaled to 20 places first costs a division by ten for each).
     */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal stored = v.scale() > Rows.SCALE ? Rows.n(v) : v;
        return stored.signum() == 0 ? BigDecimal.ZERO : stored.stripTrailingZeros();
    }

    /** The findings of a document (none for null: a department-year written before its document was). */
    static List<StoredFinding> readFindings(String document) {
        return read(document, "findings", Documents::finding);
    }

    /** The category scores of a document (none for null). */
    static List<StoredCategory> readCategories(String document) {
        return read(document, "categories", Documents::category);
    }

    /** The indicators of a document (none for null). */
    static List<StoredIndicator> readIndicators(String document) {
        return read(document, "indicators", Documents::indicator);
    }

    /** One object of a document's array, its fields read up to its end. */
    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    /** The objects of a document's array, in their order (none for null). */
    private static <T> List<T> read(String document, String what, Reader<T> one) {
        List<T> found = new ArrayList<>();
        if (document == null) {
            return found;
        }
        try (JsonParser p = JSON.createParser(document)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
                found.add(one.read(p));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a stored " + what + " document that does not parse", e);
        }
        return found;
    }

    private static StoredFinding finding(JsonParser p) throws IOException {
        String severity = null;
        String code = null;
        String message = null;
        String hint = null;
        String file = null;
        String table = null;
        String recheck = null;
        int line = 0;
        int col = 0;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "severity" -> severity = p.getText();
                case "code" -> code = p.getText();
                case "message" -> message = p.getText();
                case "hint" -> hint = p.getText();
                case "file" -> file = p.getText();
                case "line" -> line = p.getIntValue();
                case "col" -> col = p.getIntValue();
                case "table" -> table = p.getText();
                case "recheck" -> recheck = p.getText();
                default -> p.skipChildren();
            }
        }
        return new StoredFinding(severity, code, message, hint, file, line, col, table, recheck);
    }

    private static StoredCategory category(JsonParser p) throws IOException {
        String category = null;
        String level1 = null;
        BigDecimal points = null;
        BigDecimal score = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "category" -> category = p.getText();
                case "level1" -> level1 = p.getText();
                // the number's text, not a double: exact
                case "points" -> points = new BigDecimal(p.getText());
                case "score" -> score = new BigDecimal(p.getText());
                default -> p.skipChildren();
            }
        }
        return new StoredCategory(category, level1, points, score);
    }

    private static StoredIndicator indicator(JsonParser p) throws IOException {
        String key = null;
        String name = null;
        String level1 = null;
        String level2 = null;
        String target = null;
        boolean cost = false;
        String deduction = null;
        int line = 0;
        int col = 0;
        String actual = null;
        String group = null;
        BigDecimal points = null;
        BigDecimal score = null;
        String status = null;
        String rule = null;
        String explanation = null;
        String library = null;
        String direction = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "key" -> key = p.getText();
                case "name" -> name = p.getText();
                case "level1" -> level1 = p.getText();
                case "level2" -> level2 = p.getText();
                case "target" -> target = p.getText();
                case "cost" -> cost = p.getBooleanValue();
                case "deduction" -> deduction = p.getText();
                case "line" -> line = p.getIntValue();
                case "col" -> col = p.getIntValue();
                case "actual" -> actual = p.getText();
                case "group" -> group = p.getText();
                // the number's text, not a double: exact
                case "points" -> points = new BigDecimal(p.getText());
                case "score" -> score = new BigDecimal(p.getText());
                case "status" -> status = p.getText();
                case "rule" -> rule = p.getText();
                case "explanation" -> explanation = p.getText();
                case "library" -> library = p.getText();
                case "direction" -> direction = p.getText();
                default -> p.skipChildren();
            }
        }
        return new StoredIndicator(key, name, level1, level2, target, cost, deduction, line, col, actual, group, points,
                score, status, rule, explanation, library, direction);
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + ", found " + got);
        }
    }
}
