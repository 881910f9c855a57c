package io.jixiao.load;

import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What loading gave: the value (absent when there are errors) and every finding in file order, sorted by
 * file name, line and column (a finding about the whole file, with no line, comes before the file's
 * located ones); errors and warnings are interleaved, and findings at the same place keep the order in
 * which they were made.
 */
public record LoadResult<T>(T value, List<Finding> findings) {

    /** File, line, column; stable, so findings at one place keep their order. */
    static final Comparator<Finding> FILE_ORDER = Comparator.comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column());

    public LoadResult {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(FILE_ORDER); // List.sort is a stable merge sort
        findings = List.copyOf(sorted);
    }

    public boolean ok() {
        return findings.stream().noneMatch(Finding::isError);
    }

    public Optional<T> valueIfOk() {
        return ok() ? Optional.ofNullable(value) : Optional.empty();
    }

    /** The value, or a {@link KpiException} carrying the errors. */
    public T orThrow() {
        if (!ok()) {
            throw new KpiException(findings.stream().filter(Finding::isError).toList());
        }
        return value;
    }
}
