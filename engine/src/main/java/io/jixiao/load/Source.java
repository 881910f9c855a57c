package io.jixiao.load;

import io.jixiao.load.YNode.YMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a targets or actuals file comes from: a file, its bytes or text in memory (an upload, a database
 * row), or a YAML tree built in code. {@link #name()} is the name findings are located in
 * ({@code name:line:col}, {@code name:Sheet!E7}). Every loader reads any of them the same way.
 */
public sealed interface Source permits Source.FileSource, Source.BytesSource, Source.TextSource, Source.TreeSource {

    /** The name shown in locations: the path as given, or the name given with the content. */
    String name();

    static Source file(Path path) {
        return new FileSource(path);
    }

    /** A file's content in memory, decoded like a file (UTF-8, or GBK with a note); a workbook by its name. */
    static Source bytes(String name, byte[] content) {
        return new BytesSource(name, content);
    }

    /**
     * A stream's content as {@link #bytes}: read to its end, or to one byte past the largest file the loaders accept
     * for its name — {@link YamlReader#MAX_BYTES} (8 MiB) for YAML, {@link ActualsFiles#WORKBOOK_MAX_BYTES} (20 MiB)
     * for a workbook ({@link ActualsFiles#isWorkbook(String)}) — so that a larger stream is refused as a larger
     * file is (KPI-0111, KPI-0185), without being read to its end. The stream is not closed.
     *
     * @throws IOException when reading the stream fails
     */
    static Source stream(String name, InputStream in) throws IOException {
        Objects.requireNonNull(name, "name");
        long limit = ActualsFiles.isWorkbook(name) ? ActualsFiles.WORKBOOK_MAX_BYTES : YamlReader.MAX_BYTES;
        return new BytesSource(name, in.readNBytes(Math.toIntExact(limit + 1)));
    }

    /** YAML text in memory. */
    static Source text(String name, String yaml) {
        return new TextSource(name, yaml);
    }

    /** A YAML document already built as a tree (by the API's builders). */
    static Source tree(String name, YMap root) {
        return new TreeSource(name, root);
    }

    /** A file on disk. */
    record FileSource(Path path) implements Source {
        public FileSource {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String name() {
            return path.toString();
        }
    }

    /** A file's bytes. */
    record BytesSource(String name, byte[] content) implements Source {
        public BytesSource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(content, "content");
        }
    }

    /** YAML text. */
    record TextSource(String name, String text) implements Source {
        public TextSource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A YAML tree. */
    record TreeSource(String name, YMap root) implements Source {
        public TreeSource {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(root, "root");
        }
    }
}
