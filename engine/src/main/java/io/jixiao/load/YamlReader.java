package io.jixiao.load;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YList;
import io.jixiao.load.YNode.YMap;
import io.jixiao.load.YNode.YScalar;
import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import io.jixiao.model.Location;
import io.jixiao.model.Problems;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML into {@link YNode}s that remember line and column. Safe by construction: Jackson's
 * streaming parser builds no objects; tags, anchors and aliases are refused; size and depth are capped.
 */
public final class YamlReader {

    /** Largest file accepted (a department with thousands of indicators is well under 1 MiB). */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    public static final int MAX_DEPTH = 40;

    private static final YAMLFactory FACTORY = factory();

    private final String file;
    private final List<Finding> problems = new ArrayList<>();

    private YamlReader(String file) {
        this.file = file;
    }

    /** Reads a file; a problem of any kind is a {@link KpiException} with located findings. */
    public static YNode read(Path path) {
        String name = path.toString();
        try {
            if (!Files.isRegularFile(path)) {
                throw new KpiException(Problems.unreadable(name, Files.exists(path) ? "not a regular file" : "no such file"));
            }
            if (Files.size(path) > MAX_BYTES) {
                throw new KpiException(Problems.yamlLimit(Location.of(name), "the file is larger than "
                        + MAX_BYTES / (1024 * 1024) + " MiB"));
            }
            return parse(name, decode(Files.readAllBytes(path), name));
        } catch (IOException e) {
            throw new KpiException(Problems.unreadable(name, e.getClass().getSimpleName() + " " + e.getMessage()));
        }
    }

    /** Parses text already in memory; {@code file} names it in messages. */
    public static YNode parse(String file, String text) {
        YamlReader r = new YamlReader(file);
        try (YAMLParser p = (YAMLParser) FACTORY.createParser((Reader) new StringReader(text))) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new YScalar("", true, new Location(file, 1, 1));
            }
            YNode root = r.node(p, 0);
            if (p.nextToken() != null) {
                r.problems.add(Problems.yamlSyntax(r.at(p.currentTokenLocation()),
                        "a second YAML document ('---') follows; one file holds one department"));
            }
            if (!r.problems.isEmpty()) {
                throw new KpiException(r.problems);
            }
            return root;
        } catch (JsonParseException e) {
            throw new KpiException(Problems.yamlSyntax(r.at(e.getLocation()), firstLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new KpiException(Problems.yamlSyntax(Location.of(file), firstLine(e.getMessage())));
        } catch (RuntimeException e) {
            if (e instanceof KpiException k) {
                throw k;
            }
            // SnakeYAML reports scanner problems (tabs, bad indentation, limits) as unchecked exceptions
            throw new KpiException(Problems.yamlSyntax(Location.of(file), firstLine(e.getMessage())));
        }
    }

    private YNode node(YAMLParser p, int depth) throws IOException {
        Location at = at(p.currentTokenLocation());
        if (depth > MAX_DEPTH) {
            throw new KpiException(Problems.yamlLimit(at, "nested deeper than " + MAX_DEPTH + " levels"));
        }
        checkPlain(p, at);
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
        return new YScalar(p.getText(), false, at);
    }

    private YMap map(YAMLParser p, Location at, int depth) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            Location keyAt = at(p.currentTokenLocation());
            p.nextToken();
            YNode value = node(p, depth + 1);
            Entry earlier = entries.get(key);
            if (earlier != null) {
                problems.add(Problems.duplicateKey(keyAt, key, earlier.keyAt()));
            } else {
                entries.put(key, new Entry(key, keyAt, value));
            }
        }
        return new YMap(entries, at);
    }

    private void checkPlain(YAMLParser p, Location at) throws IOException {
        if (p.isCurrentAlias() || p.getObjectId() != null) {
            throw new KpiException(Problems.yamlLimit(at, "anchors and aliases (&name, *name) are not supported"));
        }
        Object tag = p.getTypeId();
        if (tag != null) {
            throw new KpiException(Problems.yamlTag(at, tag.toString()));
        }
    }

    private Location at(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return Location.of(file);
        }
        return new Location(file, loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    private static String decode(byte[] bytes, String name) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new KpiException(Problems.unreadable(name, "not UTF-8 text (saved as GBK?)"));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).strip();
    }

    private static YAMLFactory factory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit((int) MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        YAMLFactory f = YAMLFactory.builder().loaderOptions(options).build();
        f.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build());
        return f;
    }
}
