package io.jixiao.load;

import io.jixiao.load.YNode.YMap;
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
