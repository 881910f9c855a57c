package io.jixiao.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Reads YAML into {@link YNode}s that remember line and column. Safe by construction: Jackson's
 * streaming parser builds no objects; tags, anchors and aliases are refused wherever they are written
 * (on keys, values and collections); size and depth are capped.
 */
public final class YamlReader {

    /** Largest file accepted (a department with thousands of indicators is well under 1 MiB). */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_DEPTH = 40;
    /**
     * The longest single value or key read (characters): a paragraph of 绩效目标 is well under it; a pasted
     * megabyte is refused (KPI-0136) before anything parses or quotes it.
     */
    public static final int MAX_VALUE_CHARS = 10_000;

    private static final YAMLFactory FACTORY = factory();

    private final String file;
    private final String text;
    private final List<Finding> problems = new ArrayList<>();

    private YamlReader(String file, String text) {
        this.file = file;
        this.text = text;
    }

    /** A file's tree and the notes about reading it (KPI-0132 when it was not UTF-8). */
    public record Read(YNode root, List<Finding> notes) {
    }

    /** Reads a file; a problem of any kind is a {@link KpiException} with located findings. */
    public static YNode read(Path path) {
        return readNoted(path).root();
    }

    /** As {@link #read(Path)}, keeping the notes about the file's encoding. */
    public static Read readNoted(Path path) {
        String name = path.toString();
        return readNoted(name, InputFiles.read(path, MAX_BYTES, read -> tooLarge(name)));
    }

    /**
     * A file's bytes read: well-formed UTF-8 is decoded straight into the characters {@link PlainYaml} reads (no
     * String of the whole text unless SnakeYAML must read it); anything else as {@link TextFiles#decode} says.
     */
    private static Read readNoted(String name, byte[] bytes) {
        TextFiles.Chars chars = TextFiles.utf8(bytes);
        if (chars != null) {
            return new Read(parse(name, chars), List.of());
        }
        TextFiles.Decoded d = TextFiles.decode(bytes, name);
        return new Read(parse(name, d.text()), d.note().map(List::of).orElse(List.of()));
    }

    /**
     * A source's tree and the notes about reading it: a file or bytes are decoded and size-checked like a file,
     * text is size-checked, a tree is taken as it is.
     */
    public static Read readNoted(Source source) {
        if (source instanceof Source.FileSource f) {
            return readNoted(f.path());
        }
        if (source instanceof Source.BytesSource b) {
            checkSize(b.name(), b.content().length);
            return readNoted(b.name(), b.content());
        }
        if (source instanceof Source.TextSource t) {
            checkSize(t.name(), t.text().length());
            return new Read(parse(t.name(), t.text()), List.of());
        }
        return new Read(((Source.TreeSource) source).root(), List.of());
    }

    private static void checkSize(String name, long size) {
        if (size > MAX_BYTES) {
            throw new KpiException(tooLarge(name));
        }
    }

    /** A YAML file's text, within the size limit, decoded by {@link TextFiles}; problems as {@link KpiException}. */
    public static TextFiles.Decoded readText(Path path) {
        String name = path.toString();
        byte[] bytes = InputFiles.read(path, MAX_BYTES, read -> tooLarge(name));
        return TextFiles.decode(bytes, name);
    }

    private static Finding tooLarge(String name) {
        return LoadProblems.yamlLimit(Location.of(name), LoadTexts.text("limit.fileSize", "mib",
                MAX_BYTES / (1024 * 1024)));
    }

    /**
     * The longest line read: SnakeYAML's scanner copies a token's buffer again for every kilobyte it reads, so a
     * line of megabytes takes minutes; no YAML a person writes comes near it.
     */
    public static final int MAX_LINE_CHARS = 100_000;

    /**
     * Parses text already in memory; {@code file} names it in messages. Lines longer than {@link #MAX_LINE_CHARS}
     * are refused first. The block YAML of targets and actuals files is read by {@link PlainYaml} in one pass —
     * unless a line is longer than a value may be ({@link #MAX_VALUE_CHARS}), which only the streaming parser checks
     * value by value (KPI-0136; PlainYaml's scan of the lines finds it); anything else, and every file with a
     * problem, by SnakeYAML through Jackson's streaming parser — the same tree either way (PlainYamlTest).
     */
    public static YNode parse(String file, String text) {
        checkLines(file, text);
        YNode fast = PlainYaml.parse(file, text);
        return fast != null ? fast : parseStreaming(file, text);
    }

    /** As {@link #parse(String, String)}, for a text decoded into an array ({@link TextFiles#utf8}). */
    static YNode parse(String file, TextFiles.Chars text) {
        checkLines(file, text.chars(), text.length());
        YNode fast = PlainYaml.parse(file, text.chars(), text.length(), MAX_VALUE_CHARS);
        return fast != null ? fast : parseStreaming(file, text.text());
    }

    /** {@link #parse} by SnakeYAML alone. */
    static YNode parseStreaming(String file, String text) {
        YamlReader r = new YamlReader(file, text);
        try (YAMLParser p = (YAMLParser) FACTORY.createParser((Reader) new StringReader(text))) {
            try {
                return r.document(p);
            } catch (KpiException e) {
                throw e;
            } catch (NotPlain e) {
                throw new KpiException(r.notPlain(e));
            } catch (StreamConstraintsException e) {
                // not expected (the reader's own depth check fires first), but a limit is a limit, not a syntax error
                throw new KpiException(LoadProblems.yamlLimit(r.at(p.currentLocation()),
                        limitText(e.getOriginalMessage())));
            } catch (JsonProcessingException e) {
                throw new KpiException(r.syntax(e, e.getLocation() != null ? e.getLocation() : p.currentLocation()));
            } catch (RuntimeException e) {
                // SnakeYAML may report a problem as an unchecked exception that Jackson did not wrap
                throw new KpiException(r.syntax(e, p.currentLocation()));
            }
        } catch (IOException e) {
            throw new KpiException(LoadProblems.yamlSyntax(Location.of(file), readable(firstLine(e.getMessage()))));
        }
    }

    private YNode document(YAMLParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return new YScalar("", true, new Location(file, 1, 1));
        }
        YNode root = node(p, 0);
        if (p.nextToken() != null) {
            problems.add(LoadProblems.yamlSyntax(at(p.currentTokenLocation()),
                    LoadTexts.text("syntax.secondDocument")));
        }
        if (!problems.isEmpty()) {
            throw new KpiException(problems);
        }
        return root;
    }

    private YNode node(YAMLParser p, int depth) throws IOException {
        Location at = at(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new KpiException(LoadProblems.yamlLimit(at, LoadTexts.text("limit.depth", "depth", MAX_DEPTH)));
        }
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return map(p, at, depth);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(p, depth + 1));
            }
            return new YList(items, at);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new YScalar("", true, at);
        }
        return new YScalar(checkLength(p.getText(), at), false, at);
    }

    private YMap map(YAMLParser p, Location at, int depth) throws IOException {
        Map<String, Entry> entries = new FreshEntries();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            Location keyAt = at(p.currentTokenLocation());
            String key = checkLength(p.currentName(), keyAt);
            p.nextToken();
            YNode value = node(p, depth + 1);
            Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(LoadProblems.duplicateKey(keyAt, key, earlier.keyAt()));
            } else {
                entries.put(key, new Entry(key, keyAt, value));
            }
        }
        return new YMap(entries, at);
    }

    /** KPI-0136 at the first line longer than {@link #MAX_LINE_CHARS}, before any parsing. */
    private static void checkLines(String file, String text) {
        if (text.length() > MAX_LINE_CHARS) {
            checkLines(file, text.toCharArray(), text.length());
        }
    }

    private static void checkLines(String file, char[] text, int length) {
        if (length <= MAX_LINE_CHARS) {
            return;
        }
        int line = 1;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || text[i] == '\n') {
                if (i - start > MAX_LINE_CHARS) {
                    throw new KpiException(LoadProblems.lineTooLong(new Location(file, line, 1), i - start,
                            MAX_LINE_CHARS));
                }
                line++;
                start = i + 1;
            }
        }
    }

    /** {@code text}, unless it is longer than {@link #MAX_VALUE_CHARS}: then KPI-0136 at its place. */
    static String checkLength(String text, Location at) {
        if (text != null && text.length() > MAX_VALUE_CHARS) {
            throw new KpiException(LoadProblems.valueTooLong(at, text.length(), MAX_VALUE_CHARS));
        }
        return text;
    }

    // ---- tags, anchors and aliases ---------------------------------------------------------------

    /**
     * Jackson does not show every anchor and tag: a scalar value's anchor is dropped, and a tag on the
     * first key of a mapping is hidden behind the mapping's own. So every SnakeYAML event is checked as
     * the parser takes it, before Jackson turns it into a token.
     */
    private static final class PlainParser extends YAMLParser {

        PlainParser(IOContext ctxt, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
                    Reader reader) {
            super(ctxt, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            Event e = super.getEvent();
            if (e instanceof AliasEvent a) {
                throw new NotPlain(a.getStartMark(), "limit.alias", a.getAnchor(), null);
            }
            if (e instanceof NodeEvent n && n.getAnchor() != null) {
                throw new NotPlain(n.getStartMark(), "limit.anchor", n.getAnchor(), null);
            }
            String tag = e instanceof ScalarEvent s ? s.getTag()
                    : e instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                throw new NotPlain(e.getStartMark(), null, null, tag);
            }
            return e;
        }
    }

    /** An anchor, alias or tag found by {@link PlainParser}: exactly one of {@code anchor} and {@code tag} is set. */
    private static final class NotPlain extends RuntimeException {

        final transient Mark mark;
        /** The load text that says what it is ({@code limit.alias}, {@code limit.anchor}), null for a tag. */
        final String what;
        final String anchor;
        final String tag;

        NotPlain(Mark mark, String what, String anchor, String tag) {
            super(anchor != null ? anchor : tag, null, false, false);
            this.mark = mark;
            this.what = what;
            this.anchor = anchor;
            this.tag = tag;
        }
    }

    private Finding notPlain(NotPlain e) {
        Location at = at(e.mark);
        if (e.anchor != null) {
            return LoadProblems.yamlLimit(at, LoadTexts.text(e.what, "name", e.anchor));
        }
        return LoadProblems.yamlTag(at, shortTag(e.tag));
    }

    /** A tag as it is usually written: {@code tag:yaml.org,2002:str} is {@code !!str}. */
    private static String shortTag(String tag) {
        String standard = "tag:yaml.org,2002:";
        return tag.startsWith(standard) ? "!!" + tag.substring(standard.length()) : tag;
    }

    // ---- syntax errors ---------------------------------------------------------------------------

    /**
     * A syntax error placed where SnakeYAML saw the problem (its problem mark), saying what the problem
     * is; when the problem is only that the text ended, it is placed where the unfinished construct
     * began (an unclosed quote). Falls back to Jackson's location.
     */
    private Finding syntax(Throwable e, JsonLocation fallback) {
        Finding f = markedSyntax(e, fallback);
        return fullWidthColon(f.location().line()).or(() -> fullWidthColon(f.location().line() - 1)).orElse(f);
    }

    /**
     * KPI-0101 at the full-width colon when line {@code line} (1-based) writes one before any ':' — a
     * 名称：值 key that YAML reads as plain text, so that the error surfaces on the wrong line.
     */
    private java.util.Optional<Finding> fullWidthColon(int line) {
        String[] lines = text.split("\\R", -1);
        if (line < 1 || line > lines.length) {
            return java.util.Optional.empty();
        }
        String l = lines[line - 1];
        int wide = l.indexOf('：');
        int colon = l.indexOf(':');
        int hash = l.indexOf('#');
        if (wide < 0 || (colon >= 0 && colon < wide) || (hash >= 0 && hash < wide)) {
            return java.util.Optional.empty();
        }
        String key = l.substring(0, wide).strip().replaceFirst("^-\\s*", "");
        return java.util.Optional.of(LoadProblems.yamlFullWidthColon(
                new Location(file, line, l.codePointCount(0, wide) + 1), key));
    }

    private Finding markedSyntax(Throwable e, JsonLocation fallback) {
        MarkedYAMLException marked = marked(e);
        if (marked == null) {
            String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            return LoadProblems.yamlSyntax(at(fallback), SnakeWords.say(readable(firstLine(message))));
        }
        Mark problemMark = marked.getProblemMark();
        Mark contextMark = marked.getContextMark();
        boolean atEnd = problemMark != null && problemMark.getIndex() >= text.codePointCount(0, text.length());
        Mark mark = problemMark == null || (atEnd && contextMark != null) ? contextMark : problemMark;

        String problem = marked.getProblem();
        String context = marked.getContext();
        String message = SnakeWords.say(readable(firstLine(problem != null ? problem : context)));
        if (problem != null && context != null && contextMark != null) {
            message = LoadTexts.text("syntax.inContext", "problem", message, "context",
                    SnakeWords.say(readable(firstLine(context))), "line", contextMark.getLine() + 1,
                    "column", contextMark.getColumn() + 1);
        }
        return LoadProblems.yamlSyntax(mark != null ? at(mark) : at(fallback), message);
    }

    /** SnakeYAML's own exception, which Jackson keeps as the cause (perhaps a few levels down). */
    private static MarkedYAMLException marked(Throwable e) {
        Throwable t = e;
        for (int i = 0; t != null && i < 10; i++, t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return m;
            }
        }
        return null;
    }

    /** Control characters written out, so a message never holds a raw tab or line break. */
    static String readable(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            switch (c) {
                case '\t' -> sb.append("\\t(TAB)");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04X", c));
                    } else {
                        sb.appendCodePoint(c);
                    }
                }
            }
        });
        return sb.toString();
    }

    /** Jackson's limit message without its internal source name. */
    private static String limitText(String message) {
        return firstLine(message).replaceAll(",? *from `[^`]*`", "");
    }

    // ---- locations -------------------------------------------------------------------------------

    private Location at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.of(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    /** SnakeYAML marks count from 0. */
    private Location at(Mark mark) {
        return mark == null ? Location.of(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return LoadTexts.text("syntax.unreadable");
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    /** Makes {@link PlainParser}s. */
    private static final class Factory extends YAMLFactory {

        private static final long serialVersionUID = 1L;

        Factory(YAMLFactoryBuilder builder) {
            super(builder);
        }

        @Override
        protected YAMLParser _createParser(Reader r, IOContext ctxt) throws IOException {
            return new PlainParser(ctxt, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
        }
    }

    private static YAMLFactory factory() {
        // The reader's own depth check (MAX_DEPTH, located) must be the one that fires: Jackson counts the
        // root as level 1 and SnakeYAML may count differently, so both get a margin above MAX_DEPTH.
        int margin = MAX_DEPTH + 10;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setNestingDepthLimit(margin);
        options.setAllowRecursiveKeys(false);
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options);
        builder.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(margin).build());
        return new Factory(builder);
    }
}
