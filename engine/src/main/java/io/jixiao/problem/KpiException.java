package io.jixiao.problem;

import java.util.List;

/** Bad input: carries one or more coded findings (at least one is an error). Never a bug. */
public class KpiException extends RuntimeException {

    private final transient List<Finding> findings;

    /**
     * Bad input, said by one finding.
     *
     * @param finding an error
     */
    public KpiException(Finding finding) {
        this(List.of(finding));
    }

    /**
     * Bad input, said by findings.
     *
     * @param findings at least one of them an error; the message is the first's rendering
     */
    public KpiException(List<Finding> findings) {
        super(findings.isEmpty() ? "bad input" : findings.get(0).render(), null, false, false);
        this.findings = List.copyOf(findings);
    }

    /**
     * What is wrong.
     *
     * @return the findings, in the order given
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * The first finding.
     *
     * @return the first of {@link #findings()}
     */
    public Finding first() {
        return findings.get(0);
    }
}
