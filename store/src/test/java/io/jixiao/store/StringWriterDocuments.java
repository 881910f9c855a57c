package io.jixiao.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The documents as {@link Documents} wrote them before its buffer of each thread's own: Jackson into a
 * {@code StringWriter}, the same fields in the same order — what DocumentsProperties holds the documents to.
 */
final class StringWriterDocuments {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private StringWriterDocuments() {
    }

    static String findings(List<Documents.StoredFinding> findings) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Documents.StoredFinding f : findings) {
                g.writeStartObject();
                g.writeStringField("severity", f.severity());
                g.writeStringField("code", f.code());
                g.writeStringField("message", f.message());
                g.writeStringField("hint", f.hint());
                g.writeStringField("file", f.file());
                g.writeNumberField("line", f.line());
                g.writeNumberField("col", f.col());
                text(g, "table", f.table());
                text(g, "recheck", f.recheck());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String indicators(List<Documents.StoredIndicator> indicators) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (Documents.StoredIndicator i : indicators) {
                g.writeStartObject();
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
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void text(JsonGenerator g, String name, String value) throws IOException {
        if (value != null) {
            g.writeStringField(name, value);
        }
    }

    private static void number(JsonGenerator g, String name, BigDecimal value) throws IOException {
        if (value != null) {
            BigDecimal stored = value.scale() > Rows.SCALE ? Rows.n(value) : value;
            g.writeFieldName(name);
            g.writeNumber(stored.signum() == 0 ? BigDecimal.ZERO : stored.stripTrailingZeros());
        }
    }
}
