package io.jixiao.load;

import io.jixiao.model.Finding;
import io.jixiao.model.KpiException;
import java.util.List;
import java.util.Optional;

/** What loading gave: the value (absent when there are errors) and every finding, errors first in file order. */
public record LoadResult<T>(T value, List<Finding> findings) {

    public LoadResult {
        findings = List.copyOf(findings);
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
