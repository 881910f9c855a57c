package io.jixiao.importer;

import java.util.regex.Pattern;

/** Scalars for the YAML writer: plain when unambiguous, else double-quoted with escapes. */
final class YamlText {

    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|[\\s:]$|: | #|[\\t\\n\\r\\u0000-\\u001F\\u007F\\u2028\\u2029\\uFEFF]");
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\\d[\\d_]*)?(?:\\.\\d*)?(?:e[-+]?\\d+)?|0x[0-9a-f]+|"
                    + "0o?[0-7]+|[-+]?\\.inf|\\.nan|\\d{4}-\\d{2}-\\d{2}.*|\\d+:\\d+.*)$");

    private YamlText() {
    }

    /** A string value as YAML. */
    static String scalar(String s) {
        if (s.isEmpty() || PLAIN_UNSAFE.matcher(s).find() || LOOKS_TYPED.matcher(s).matches()) {
            return quoted(s);
        }
        return s;
    }

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Text safe inside a comment: one line. */
    static String comment(String s) {
        return s.replaceAll("[\\r\\n\\u2028\\u2029]+", " / ");
    }
}
