package io.jixiao.pipeline;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stages of an evaluation after loading and pairing, which always run: what a caller asks for. {@code score}
 * asks for all of them; {@code validate} of a targets file for the 审核 alone; the 复核 of many departments
 * skips the 审核.
 */
public enum Stage {
    /** score the actuals with the rules (needs actuals) */
    SCORE,
    /** 审核: review the targets and, with actuals, the self-evaluation */
    REVIEW,
    /** 复核: check the self-evaluation's claims against the scores (needs SCORE) */
    RECHECK;

    /** Every stage. */
    public static final Set<Stage> ALL = Collections.unmodifiableSet(EnumSet.allOf(Stage.class));
}
