package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fast path of {@link YamlReader}: the block YAML that targets and actuals files are written in — block mappings
 * and sequences by indentation, plain, "double-" and 'single-quoted' scalars on one line, one-line flow mappings of
 * such scalars (progress files' {@code {forecast: …, likelihood: …}}), comments — read in one pass
 * straight into {@link YNode}s, with the lines and columns SnakeYAML would give (columns in code points). It builds
 * exactly the tree {@link YamlReader} builds from Jackson's streaming parser, or gives up: anything else (other flow
 * collections, block scalars, multi-line scalars, escapes, anchors, tags, directives, documents, empty values,
 * duplicate keys, tabs, CR, unusual characters, deep nesting, any syntax error) returns null, and the file is read by
 * SnakeYAML as before, so that every file it refuses is refused with the same message. PlainYamlTest holds the two
 * paths to the same trees.
 */
final class PlainYaml {

    /** Deeper than this, SnakeYAML reads the file (and YamlReader's own depth limit applies). */
    private static final int MAX_DEPTH = YamlReader.MAX_DEPTH - 8;

    private final String file;
    /** The text's characters: indexing an array is much cheaper than String.charAt where C1 compiled the code. */
    private final char[] text;
    private final int length;
    /** Plain scalars of at most this many characters are shared ({@link #plain}). */
    private static final int SHARED_MAX = 24;
    /** The plain scalars read lately, by a hash of their length and some of their characters; a power of 2 long. */
    private final String[] shared = new String[128];
    /** The longest line read here (characters between line feeds); a longer one is SnakeYAML's. */
    private final int lineLimit;
    /** Start of each content line (not blank, not only a comment), its indentation and its line number (1-based). */
    private int[] starts = new int[256];
    private int[] indents = new int[256];
    private int[] numbers = new int[256];
    private int lines;
    /** The content line being read. */
    private int cur;

    private PlainYaml(String file, char[] text, int length, int lineLimit) {
        this.file = file;
        this.text = text;
        this.length = length;
        this.lineLimit = lineLimit;
    }

    /**
     * The tree of {@code text}, or null when SnakeYAML must read it — among others, when a line is longer than a value
     * may be ({@link YamlReader#MAX_VALUE_CHARS}): only the streaming parser checks value by value (KPI-0136).
     */
    static YNode parse(String file, String text) {
        return parse(file, text, YamlReader.MAX_VALUE_CHARS);
    }

    /** As {@link #parse(String, String)}, giving up on a line longer than {@code lineLimit} characters. */
    static YNode parse(String file, String text, int lineLimit) {
        return parse(file, text.toCharArray(), text.length(), lineLimit);
    }

    /** As {@link #parse(String, String, int)}, for the text in {@code text[0, length)}. */
    static YNode parse(String file, char[] text, int length, int lineLimit) {
        try {
            PlainYaml p = new PlainYaml(file, text, length, lineLimit);
            if (!p.scanLines()) {
                return null;
            }
            if (p.lines == 0) {
                return null;
            }
            YNode root = p.block(p.indents[0], 0);
            return root == null || p.cur != p.lines ? null : root;
        } catch (GiveUp e) {
            return null;
        }
    }

    /** Thrown when the fast path gives up; caught in {@link #parse}. */
    private static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private static GiveUp giveUp() {
        return GiveUp.INSTANCE;
    }

    /**
     * Finds the content lines and checks the characters: false for anything the fast path leaves to SnakeYAML (a tab
     * or CR anywhere, control characters, YAML's other line breaks, a BOM, surrogates, a directive or document marker,
     * a line longer than {@link #lineLimit} between its line feeds).
     */
    private boolean scanLines() {
        // the array and its length in locals: C1 (the launcher's compiler) reads a field again on every iteration
        final char[] text = this.text;
        final int length = this.length;
        int line = 1;
        int i = 0;
        while (i < length) {
            int start = i;
            int indent = 0;
            while (i < length && text[i] == ' ') {
                i++;
                indent++;
            }
            int first = i;
            while (i < length && text[i] != '\n') {
                char c = text[i];
                // printable ASCII and the CJK ideographs first: nearly every character, two comparisons each
                if (!(c >= 0x20 && c < 0x7F) && !(c >= 0x4E00 && c <= 0x9FFF) && (c < 0x20 || (c >= 0x7F && c <= 0x9F)
                        || c == '\u2028' || c == '\u2029' || c == '\uFEFF' || Character.isSurrogate(c)
                        || c >= '\uFFFE')) {
                    return false;
                }
                i++;
            }
            if (i - start > lineLimit) {
                return false;
            }
            if (first < i && text[first] != '#') {
                char c = text[first];
                if (c == '%' || (indent == 0 && (startsWith("---", first) || startsWith("...", first)))) {
                    return false;
                }
                if (lines == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, lines * 2);
                    indents = java.util.Arrays.copyOf(indents, lines * 2);
                    numbers = java.util.Arrays.copyOf(numbers, lines * 2);
                }
                starts[lines] = first;
                indents[lines] = indent;
                numbers[lines] = line;
                lines++;
            }
            i++; // the line break
            line++;
        }
        return true;
    }

    /** The block node whose first line is the current one, at {@code indent}. */
    private YNode block(int indent, int depth) {
        if (depth > MAX_DEPTH || cur >= lines || indents[cur] != indent) {
            throw giveUp();
        }
        int s = starts[cur];
        if (isEntry(s)) {
            return sequence(indent, depth);
        }
        return mapping(indent, depth, s);
    }

    /** "- " or "-" at the end of the line. */
    private boolean isEntry(int s) {
        return text[s] == '-' && (s + 1 >= length || text[s + 1] == ' ' || text[s + 1] == '\n');
    }

    private YList sequence(int indent, int depth) {
        Location at = location(cur, starts[cur]);
        List<YNode> items = new ArrayList<>();
        while (cur < lines && indents[cur] == indent && isEntry(starts[cur])) {
            int s = starts[cur] + 1;
            int col = indent + 1;
            while (s < length && text[s] == ' ') {
                s++;
                col++;
            }
            if (s >= length || text[s] == '\n' || text[s] == '#' || text[s] == '-') {
                throw giveUp(); // "-" alone, a comment after it, or a nested sequence on the same line
            }
            if (text[s] == '{') {
                items.add(flowMapping(s, depth + 1));
            } else if (keyEnd(s) >= 0) {
                // a mapping that starts on the entry's line: its keys are at the column of the first one
                items.add(mappingAt(col, depth + 1, s));
            } else {
                items.add(scalarLine(s));
            }
        }
        if (cur < lines && indents[cur] > indent) {
            throw giveUp();
        }
        return new YList(items, at);
    }

    private YMap mapping(int indent, int depth, int s) {
        return mappingAt(indent, depth, s);
    }

    /**
     * A mapping whose first key starts at {@code s} on the current line, at column {@code column} (0-based); its
     * other keys are on their own lines at that column.
     */
    private YMap mappingAt(int column, int depth, int s) {
        if (depth > MAX_DEPTH) {
            throw giveUp();
        }
        Location at = location(cur, s);
        Map<String, Entry> entries = new FreshEntries();
        int pos = s;
        while (true) {
            int line = cur;
            Location keyAt = location(line, pos);
            int colon = keyEnd(pos);
            if (colon < 0) {
                throw giveUp();
            }
            String key = key(pos, colon);
            int v = colon + 1;
            while (v < length && text[v] == ' ') {
                v++;
            }
            YNode value;
            if (v >= length || text[v] == '\n' || text[v] == '#') {
                if (v < length && text[v] == '#' && text[v - 1] != ' ') {
                    throw giveUp();
                }
                // the value is the block on the following lines, more indented
                cur++;
                if (cur >= lines || indents[cur] <= column) {
                    throw giveUp(); // an empty value (null): SnakeYAML places it
                }
                value = block(indents[cur], depth + 1);
            } else {
                if (v == colon + 1) {
                    throw giveUp();
                }
                value = text[v] == '{' ? flowMapping(v, depth + 1) : scalarLine(v);
            }
            if (entries.putIfAbsent(key, new Entry(key, keyAt, value)) != null) {
                throw giveUp(); // a duplicate key: YamlReader reports it
            }
            if (cur >= lines || indents[cur] < column) {
                break;
            }
            if (indents[cur] > column || isEntry(starts[cur])) {
                throw giveUp();
            }
            pos = starts[cur];
        }
        return new YMap(entries, at);
    }

    /**
     * A flow mapping of scalars on one line, as progress files write each indicator ({@code {forecast: "2733条",
     * likelihood: 确定能}}): keys plain or quoted, each followed by ": ", values plain or quoted; moves to the next
     * line. Anything else — an empty mapping, nested collections, a plain scalar with ':', '#' or a bracket in it, a
     * mapping that goes on past its line, a trailing comma, "key:value" — is SnakeYAML's.
     */
    private YMap flowMapping(int open, int depth) {
        if (depth > MAX_DEPTH) {
            throw giveUp();
        }
        Location at = location(cur, open);
        Map<String, Entry> entries = new FreshEntries();
        int i = spaces(open + 1);
        if (i >= length || text[i] == '}') {
            throw giveUp();
        }
        while (true) {
            Location keyAt = location(cur, i);
            String key;
            if (text[i] == '"' || text[i] == '\'') {
                int close = closingQuote(i);
                if (close < 0) {
                    throw giveUp();
                }
                key = quoted(i, close);
                i = close + 1;
            } else {
                int end = flowPlainEnd(i, ':');
                key = trimmedPlain(i, end);
                i = end;
            }
            if (i + 1 >= length || text[i] != ':' || text[i + 1] != ' ') {
                throw giveUp();
            }
            int v = spaces(i + 1);
            if (v >= length) {
                throw giveUp();
            }
            Location valueAt = location(cur, v);
            YScalar value;
            int after;
            if (text[v] == '"' || text[v] == '\'') {
                int close = closingQuote(v);
                if (close < 0) {
                    throw giveUp();
                }
                value = new YScalar(quoted(v, close), false, valueAt);
                after = spaces(close + 1);
            } else {
                after = flowPlainEnd(v, ',');
                String t = trimmedPlain(v, after);
                value = isNullWord(t) ? new YScalar("", true, valueAt) : new YScalar(t, false, valueAt);
            }
            if (entries.putIfAbsent(key, new Entry(key, keyAt, value)) != null) {
                throw giveUp(); // a duplicate key: YamlReader reports it
            }
            if (after < length && text[after] == ',') {
                i = spaces(after + 1);
                if (i >= length || text[i] == '}' || text[i] == '\n') {
                    throw giveUp();
                }
                continue;
            }
            if (after >= length || text[after] != '}') {
                throw giveUp();
            }
            int end = spaces(after + 1);
            if (end < length && text[end] != '\n' && !(text[end] == '#' && text[end - 1] == ' ')) {
                throw giveUp();
            }
            cur++;
            return new YMap(entries, at);
        }
    }

    /**
     * Where a plain scalar in a flow mapping that starts at {@code s} ends: at the first ':' when it is a key, else at
     * the first ',' or '}'; gives up on a character it leaves to SnakeYAML (among them '?', which SnakeYAML reads as
     * the end of the scalar: {@code {"k 1": a?}} is its error), or at the end of the line.
     */
    private int flowPlainEnd(int s, char stop) {
        if (!plainStart(text[s])) {
            throw giveUp();
        }
        for (int i = s; i < length; i++) {
            char x = text[i];
            if (x == stop || (stop == ',' && x == '}')) {
                return i;
            }
            // in a flow collection SnakeYAML ends a plain scalar at any of ,:?[]{} (a '?' too, even inside one)
            if (x == '\n' || x == ':' || x == '#' || x == ',' || x == '?' || x == '[' || x == ']' || x == '{'
                    || x == '}') {
                throw giveUp();
            }
        }
        throw giveUp();
    }

    /** The plain scalar from {@code s} to {@code end} without its trailing spaces. */
    private String trimmedPlain(int s, int end) {
        int last = end;
        while (last > s && text[last - 1] == ' ') {
            last--;
        }
        return plain(s, last);
    }

    private int spaces(int i) {
        while (i < length && text[i] == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isNullWord(String value) {
        return value.equals("~") || value.equals("null") || value.equals("Null") || value.equals("NULL");
    }

    /**
     * Where the key starting at {@code s} ends: the index of its ':' (followed by a space, a line break or the end),
     * or -1 when the line at {@code s} is not a simple key.
     */
    private int keyEnd(int s) {
        char c = text[s];
        if (c == '"' || c == '\'') {
            int close = closingQuote(s);
            if (close < 0) {
                return -1;
            }
            int i = close + 1;
            while (i < length && text[i] == ' ') {
                i++;
            }
            return i < length && text[i] == ':' && valueFollows(i) ? i : -1;
        }
        if (!plainStart(c)) {
            return -1;
        }
        for (int i = s; i < length; i++) {
            char x = text[i];
            if (x == '\n') {
                return -1;
            }
            if (x == ':' && valueFollows(i)) {
                return i;
            }
            if (x == '#' && text[i - 1] == ' ') {
                return -1;
            }
        }
        return -1;
    }

    private boolean valueFollows(int colon) {
        return colon + 1 >= length || text[colon + 1] == ' ' || text[colon + 1] == '\n';
    }

    /** The key's text: a plain key without trailing spaces, or a quoted key's content. */
    private String key(int s, int colon) {
        char c = text[s];
        if (c == '"' || c == '\'') {
            return quoted(s, closingQuote(s));
        }
        int end = colon;
        while (end > s && text[end - 1] == ' ') {
            end--;
        }
        return plain(s, end);
    }

    /** A scalar that takes the rest of the current line from {@code s}; moves to the next line. */
    private YScalar scalarLine(int s) {
        Location at = location(cur, s);
        char c = text[s];
        String value;
        boolean isNull = false;
        int end;
        if (c == '"' || c == '\'') {
            int close = closingQuote(s);
            if (close < 0) {
                throw giveUp();
            }
            value = quoted(s, close);
            end = close + 1;
            while (end < length && text[end] == ' ') {
                end++;
            }
            if (end < length && text[end] != '\n' && !(text[end] == '#' && text[end - 1] == ' ')) {
                throw giveUp();
            }
        } else {
            if (!plainStart(c)) {
                throw giveUp();
            }
            end = s;
            while (end < length && text[end] != '\n') {
                char x = text[end];
                if (x == '#' && text[end - 1] == ' ') {
                    break;
                }
                if (x == ':' && valueFollows(end)) {
                    throw giveUp(); // "mapping values are not allowed here": SnakeYAML says so
                }
                end++;
            }
            int last = end;
            while (last > s && text[last - 1] == ' ') {
                last--;
            }
            value = plain(s, last);
            isNull = isNullWord(value);
        }
        cur++; // a more indented line after it (a multi-line scalar) is refused by the block that holds it
        return isNull ? new YScalar("", true, at) : new YScalar(value, false, at);
    }

    /** A plain scalar may not start with an indicator; '-', '?' and ':' are left to SnakeYAML whatever follows. */
    private static boolean plainStart(char c) {
        return switch (c) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`', ' ' ->
                    false;
            default -> true;
        };
    }

    /** Plain scalars that Jackson would read as something other than their text are left to SnakeYAML. */
    private static void checkPlain(String s) {
        // '\\' is taken literally in plain scalars, but keep the fast path to the common case
        if (s.indexOf('\\') >= 0 || s.indexOf(" :") >= 0) {
            throw giveUp();
        }
    }

    /** The index of the quote that closes the one at {@code s} on the same line, or -1. */
    private int closingQuote(int s) {
        char q = text[s];
        for (int i = s + 1; i < length; i++) {
            char x = text[i];
            if (x == '\n') {
                return -1;
            }
            if (q == '"' && x == '\\') {
                return -1; // escapes: SnakeYAML
            }
            if (x == q) {
                if (q == '\'' && i + 1 < length && text[i + 1] == '\'') {
                    i++; // '' in a single-quoted scalar
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    private String quoted(int open, int close) {
        String inner = substring(open + 1, close);
        if (text[open] == '\'') {
            inner = inner.replace("''", "'");
        }
        // SnakeYAML folds spaces only across line breaks; on one line the content is as written
        return inner;
    }

    /**
     * The plain scalar (a key or a value) written from {@code from} to {@code to}, checked: the one String of this file
     * for those characters when it was read a little before — a file writes the same keys (name, target, points …) and
     * 一级/二级指标 on every row, and one String has its hash worked out once for all the maps that look it up.
     */
    private String plain(int from, int to) {
        int n = to - from;
        if (n == 0 || n > SHARED_MAX) {
            String t = substring(from, to);
            checkPlain(t);
            return t;
        }
        int slot = (n * 31 + text[from] * 17 + text[to - 1] * 7 + text[from + n / 2]) & (shared.length - 1);
        String known = shared[slot];
        if (known != null && known.length() == n && same(known, from)) {
            return known;
        }
        String t = substring(from, to);
        checkPlain(t);
        shared[slot] = t;
        return t;
    }

    /** Whether the characters from {@code from} on are those of {@code s}. */
    private boolean same(String s, int from) {
        for (int i = 0; i < s.length(); i++) {
            if (text[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String substring(int from, int to) {
        return new String(text, from, to - from);
    }

    private boolean startsWith(String prefix, int at) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (text[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Line and column (1-based; the column counts code points, as SnakeYAML's marks do) of index {@code s}. */
    private Location location(int line, int s) {
        int lineStart = starts[line] - indents[line];
        return new Location(file, numbers[line], s - lineStart + 1);
    }
}
