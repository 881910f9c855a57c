package io.jixiao.load;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writing YAML text, the inverse of {@link YamlReader}: the one quoter of every YAML string jixiao writes (the
 * importer's targets, the generator's departments). A string comes out on one line and reads back as exactly
 * that string, whatever it holds: line breaks, tabs, control and other non-printable characters, a BOM,
 * U+2028/U+2029 and NEL are escaped inside double quotes.
 */
public final class YamlText {

    /** What a plain scalar may not start with, end with or hold (after which it must be quoted). */
    private static final Pattern PLAIN_UNSAFE = Pattern.compile(
            "^[-?:,\\[\\]{}#&*!|>'\"%@`\\s]|[\\s:]$|: | #|[\\t\\n\\r\\u0000-\\u001F\\u007F\\u2028\\u2029\\uFEFF]");
    /** Plain text that a YAML 1.1 or 1.2 reader may take for something other than a string. */
    private static final Pattern LOOKS_TYPED = Pattern.compile(
            "(?i)^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\\d[\\d_]*)?(?:\\.\\d*)?(?:e[-+]?\\d+)?|0x[0-9a-f]+|"
                    + "0o?[0-7]+|[-+]?\\.inf|\\.nan|\\d{4}-\\d{2}-\\d{2}.*|\\d+:\\d+.*)$");
    /** Inside a flow collection ({@code {a: b}}) these end a plain scalar too. */
    private static final Pattern FLOW_UNSAFE = Pattern.compile("[,?\\[\\]{}:]");
    /** Line breaks, as YAML 1.1 counts them (NEL too). */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\u0085\\u2028\\u2029]+");
    /** The type resolution of the parser under {@link YamlReader} (SnakeYAML's, as Jackson uses it). */
    private static final Resolver RESOLVER = new Resolver();

    private YamlText() {
    }

    /** A string as a YAML scalar in block context: plain when it reads back as the same string, else quoted. */
    public static String scalar(String s) {
        return plainIsSafe(s) ? s : quoted(s);
    }

    /** As {@link #scalar}, for a key or value inside a flow collection: {@code {3月底: "25%"}}. */
    public static String flowScalar(String s) {
        return plainIsSafe(s) && !FLOW_UNSAFE.matcher(s).find() ? s : quoted(s);
    }

    /** A string always as a double-quoted scalar, escaped so that it stays on one line and reads back as is. */
    public static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        s.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> escapeOrAppend(sb, c);
            }
        });
        return sb.append('"').toString();
    }

    /** Text safe inside a {@code #} comment: one line (each run of line breaks becomes " / "), printable. */
    public static String comment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        LINE_BREAKS.matcher(s).replaceAll(" / ").codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append('\t');
            } else {
                escapeOrAppend(sb, c);
            }
        });
        return sb.toString();
    }

    private static void escapeOrAppend(StringBuilder sb, int c) {
        if (mustEscape(c)) {
            sb.append(String.format("\\u%04X", c));
        } else {
            sb.appendCodePoint(c);
        }
    }

    /**
     * A character that cannot stand as itself on a line of YAML: C0 and C1 controls (tab included, NEL too),
     * DEL, U+2028/U+2029, the BOM, U+FFFE/U+FFFF and a surrogate not in a pair. YAML 1.1 and 1.2 allow none
     * of them in a stream, read them as line breaks, or (the BOM) drop them.
     */
    private static boolean mustEscape(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE
                || c == 0xFFFF || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    private static boolean plainIsSafe(String s) {
        if (s.isEmpty() || PLAIN_UNSAFE.matcher(s).find() || LOOKS_TYPED.matcher(s).matches()) {
            return false;
        }
        return s.codePoints().noneMatch(YamlText::mustEscape) && RESOLVER.resolve(NodeId.scalar, s, true) == Tag.STR;
    }
}
