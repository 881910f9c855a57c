package io.jixiao.problem;

import java.util.List;

/** Bad input: carries one or more coded findings (at least one is an error). Never a bug. */
public class KpiException extends RuntimeException {

    private final transient List<Finding> findings;

    public KpiException(Finding finding) {
        this(List.of(finding));
    }

    public KpiException(List<Finding> findings) {
        super(findings.isEmpty() ? "bad input" : findings.get(0).render(), null, false, false);
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    public Finding first() {
        return findings.get(0);
    }
}
