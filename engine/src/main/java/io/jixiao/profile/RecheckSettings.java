package io.jixiao.profile;

import java.math.BigDecimal;

/**
 * The {@code recheck:} section of a scoring profile: the thresholds of the 复核, a finance bureau's second look
 * at a department's self-evaluation (docs/review.md#recheck).
 *
 * @param executionFloor     预算执行率 (percent) below which a table is flagged (60)
 * @param notApplicableShare points of a table's 100 marked 不适用 above which it is flagged (25)
 * @param claimTolerance     how far a 自评得分 may lie from the recomputed score, both rounded as displayed,
 *                           before it is flagged (0: any difference in the displayed points)
 */
public record RecheckSettings(BigDecimal executionFloor, BigDecimal notApplicableShare, BigDecimal claimTolerance) {

    public RecheckSettings {
        executionFloor = strip(executionFloor);
        notApplicableShare = strip(notApplicableShare);
        claimTolerance = strip(claimTolerance);
    }

    /** True when the profile gives every threshold. */
    public boolean complete() {
        return executionFloor != null && notApplicableShare != null && claimTolerance != null;
    }

    /** This section with the thresholds it lacks taken from {@code defaults}. */
    public RecheckSettings orElse(RecheckSettings defaults) {
        return new RecheckSettings(executionFloor != null ? executionFloor : defaults.executionFloor,
                notApplicableShare != null ? notApplicableShare : defaults.notApplicableShare,
                claimTolerance != null ? claimTolerance : defaults.claimTolerance);
    }

    private static BigDecimal strip(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros();
    }
}
