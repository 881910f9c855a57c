package io.jixiao.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * How long, and how many rule firings, one rule session may take (docs/security.md#user-rules): a rule that loops —
 * re-activating itself, or inserting without end — is stopped with a coded error naming it (KPI-0207, KPI-0208)
 * instead of hanging the run. The defaults are far above what any department needs: scoring 1000 indicators fires a
 * few thousand rules in well under a second.
 *
 * @param timeout    the longest one session may fire, at most {@link #MAX_TIMEOUT}
 * @param maxFirings the most rule firings of one session
 */
public record RuleLimits(Duration timeout, long maxFirings) {

    /** 30 seconds per session. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** A ceiling for {@link #timeout}: one hour. */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);
    /** A million firings per session. */
    public static final long DEFAULT_MAX_FIRINGS = 1_000_000;
    public static final RuleLimits DEFAULT = new RuleLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_FIRINGS);

    public RuleLimits {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("a rule timeout is more than 0 and at most " + MAX_TIMEOUT + ", not "
                    + timeout);
        }
        if (maxFirings < 1 || maxFirings > Integer.MAX_VALUE - 1) {
            throw new IllegalArgumentException("the most rule firings is 1 to " + (Integer.MAX_VALUE - 1) + ", not "
                    + maxFirings);
        }
    }

    /** The same limits with another timeout. */
    public RuleLimits timeout(Duration t) {
        return new RuleLimits(t, maxFirings);
    }

    /**
     * The record's equality and hash code, written out: the record's own spin eighteen classes when first called
     * (docs/performance.md#record-methods), once per run, for one comparison ({@code RuleBook.withLimits}). The hash
     * code is the record's ({@code RecordMethodsProperties}).
     */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RuleLimits r && maxFirings == r.maxFirings
                && Objects.equals(timeout, r.timeout);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(timeout) + Long.hashCode(maxFirings);
    }
}
