package io.jixiao.problem;

/**
 * jixiao itself failed — a bug, or the rule engine crashed inside a session (a rule that ran out of memory or stack):
 * not bad input, and never a {@link KpiException}. Carries a coded finding so that the command line prints a coded
 * message instead of a stack trace (exit code 3); the cause is kept for {@code JIXIAO_DEBUG=1}.
 */
public class EngineFailure extends RuntimeException {

    private final transient Finding finding;

    /**
     * A failure, said by a finding.
     *
     * @param finding what failed, coded
     * @param cause   the exception or error behind it
     */
    public EngineFailure(Finding finding, Throwable cause) {
        super(finding.render(), cause, false, false);
        this.finding = finding;
    }

    /**
     * What failed.
     *
     * @return the coded finding
     */
    public Finding finding() {
        return finding;
    }
}
