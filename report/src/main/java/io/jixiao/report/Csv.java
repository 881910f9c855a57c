package io.jixiao.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer (RFC 4180 quoting, CRLF row ends) of every CSV jixiao writes, with the formula guard:
 * a cell that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so that
 * Excel and WPS show {@code =24小时} or a department named {@code =1+2} as text instead of reading a formula.
 */
public final class Csv {

    /** The first characters a spreadsheet reads as the start of a formula. */
    private static final String FORMULA_START = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();

    /** Appends one row; a null cell is an empty one. */
    public Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    /** The rows so far. */
    public String text() {
        return out.toString();
    }

    /** CSV text as the bytes of a file: UTF-8 after a BOM, without which Excel reads it in the system code page (GBK). */
    public static byte[] fileBytes(String csv) {
        return "\uFEFF".concat(csv).getBytes(StandardCharsets.UTF_8); // one copy of a large text, not two
    }

    /** One cell as CSV: guarded, then quoted when it holds a comma, quote or line break. */
    public static String cell(String raw) {
        if (raw == null) {
            return "";
        }
        String s = !raw.isEmpty() && FORMULA_START.indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
