package io.jixiao.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The two documents of schema version 9 ({@link V9__findings_and_categories_as_documents}, docs/store.md#schema): a
 * department-year's findings ({@code department_year.findings}) and a table's category scores
 * ({@code indicator_table.categories}), each a JSON array in a text column, one object per former row in the former
 * order — the ordinal is the position. Written once, on the import's worker ({@link Rows}), or by the migration from
 * the rows of version 8; read by the bureau's review ({@link StoredReview}). An SQL user reads them with PostgreSQL's
 * JSON functions ({@code jsonb_array_elements(findings::jsonb) ->> 'code'}).
 *
 * <pre>
 * findings:   [{"severity":"warning","code":"KPI-0405","message":"…","hint":"…","file":"…","line":12,"col":9,
 *               "table":"…","recheck":"selfScore"}, …]     table and recheck only when the finding has them
 * categories: [{"category":"OUTPUT","level1":"产出指标","points":50,"score":49.74}, …]     numbers exact, as stored
 *               before (20 places), without trailing zeros; level1 only when there is one
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

    /** The findings' document: an array in their order. */
    static String findings(List<StoredFinding> findings) {
        StringWriter out = new StringWriter(findings.size() * 320 + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (StoredFinding f : findings) {
                g.writeStartObject();
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
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The category scores' document: an array in their order; numbers as stored, without trailing zeros. */
    static String categories(List<StoredCategory> categories) {
        StringWriter out = new StringWriter(categories.size() * 80 + 2);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (StoredCategory c : categories) {
                g.writeStartObject();
                g.writeStringField("category", c.category());
                if (c.level1() != null) {
                    g.writeStringField("level1", c.level1());
                }
                g.writeFieldName("points");
                g.writeNumber(plain(c.points()));
                g.writeFieldName("score");
                g.writeNumber(plain(c.score()));
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
        List<StoredFinding> found = new ArrayList<>();
        if (document == null) {
            return found;
        }
        try (JsonParser p = JSON.createParser(document)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
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
                found.add(new StoredFinding(severity, code, message, hint, file, line, col, table, recheck));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a stored findings document that does not parse", e);
        }
        return found;
    }

    /** The category scores of a document (none for null). */
    static List<StoredCategory> readCategories(String document) {
        List<StoredCategory> found = new ArrayList<>();
        if (document == null) {
            return found;
        }
        try (JsonParser p = JSON.createParser(document)) {
            expect(p.nextToken(), JsonToken.START_ARRAY);
            while (p.nextToken() == JsonToken.START_OBJECT) {
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
                found.add(new StoredCategory(category, level1, points, score));
            }
        } catch (IOException e) {
            throw new IllegalStateException("a stored categories document that does not parse", e);
        }
        return found;
    }

    private static void expect(JsonToken got, JsonToken wanted) throws IOException {
        if (got != wanted) {
            throw new IOException("expected " + wanted + ", found " + got);
        }
    }
}
