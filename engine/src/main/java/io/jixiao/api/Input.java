package io.jixiao.api;

import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadTexts;
import io.jixiao.load.Source;
import io.jixiao.problem.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A targets or actuals file to evaluate: a file, its content in memory (an upload, a database row), a stream, or a
 * department built in code ({@link #targets(String, int)}, {@link #actuals(String, int)}). Whatever the kind, the
 * same loaders read it and report the same findings; {@link #name()} is where they are located
 * ({@code name:line:col}, {@code name:Sheet!E7} for a workbook).
 *
 * <p>An input is immutable and can be evaluated any number of times. Creating one never fails on bad content: a
 * file that does not exist or does not load is reported by {@link Jixiao#evaluate} as findings.
 */
public final class Input {

    private final Source source;
    private final Finding unreadable;

    private Input(Source source, Finding unreadable) {
        this.source = source;
        this.unreadable = unreadable;
    }

    static Input of(Source source) {
        return new Input(source, null);
    }

    /**
     * A file: YAML, or for actuals a filled workbook ({@code .xlsx}, read when jixiao-office is on the class path).
     *
     * @param path the file; findings name it as given
     * @return the input
     */
    public static Input file(Path path) {
        return of(Source.file(path));
    }

    /**
     * YAML text in memory.
     *
     * @param name the name findings are located in, e.g. the upload's file name
     * @param yaml the document
     * @return the input
     */
    public static Input text(String name, String yaml) {
        return of(Source.text(name, yaml));
    }

    /**
     * A file's content in memory, decoded like a file: UTF-8, or GBK/GB18030 with a note (KPI-0132); a workbook
     * when {@code name} ends in {@code .xlsx} (or another workbook extension).
     *
     * @param name    the name findings are located in; its extension says whether it is a workbook
     * @param content the bytes (not copied: do not change them afterwards)
     * @return the input
     */
    public static Input bytes(String name, byte[] content) {
        return of(Source.bytes(name, content));
    }

    /**
     * A stream's content, read now as {@link #bytes}. It is read to its end, but never further than one byte past
     * the largest file the loaders accept: 8 MiB for YAML and 20 MiB for a workbook, the limits a file of that
     * name has. A longer stream is then reported as a file that size is (KPI-0111 for YAML, KPI-0185 for a
     * workbook, which counts the bytes read). A stream that fails to read is reported as a file that cannot be
     * read (KPI-0112) when the input is evaluated. The stream is not closed.
     *
     * @param name the name findings are located in; its extension says whether it is a workbook
     * @param in   the stream
     * @return the input
     */
    public static Input stream(String name, InputStream in) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(in, "in");
        try {
            return of(Source.stream(name, in));
        } catch (IOException e) {
            return new Input(Source.bytes(name, new byte[0]),
                    LoadProblems.unreadable(name, LoadTexts.text("file.failed", "exception", e.getClass().getSimpleName(),
                            "message", e.getMessage())));
        }
    }

    /**
     * Targets built in code, checked exactly as a targets file is when evaluated.
     *
     * @param department the department's name (部门名称), as the actuals name it too
     * @param year       the budget year
     * @return a builder; see {@link TargetsBuilder}
     */
    public static TargetsBuilder targets(String department, int year) {
        return new TargetsBuilder(department, year);
    }

    /**
     * Actuals built in code, checked exactly as an actuals file is when evaluated.
     *
     * @param department the department's name, as in its targets
     * @param year       the budget year
     * @return a builder; see {@link ActualsBuilder}
     */
    public static ActualsBuilder actuals(String department, int year) {
        return new ActualsBuilder(department, year);
    }

    /**
     * The name findings are located in: the path as given, the name given with the content, or the builder's
     * ({@code targets (built)}, {@code actuals (built)}).
     *
     * @return the name
     */
    public String name() {
        return source.name();
    }

    Source source() {
        return source;
    }

    /** What stops the input before any loader reads it: a stream that could not be read. */
    List<Finding> unreadable() {
        return unreadable == null ? List.of() : List.of(unreadable);
    }

    @Override
    public String toString() {
        return name();
    }
}
