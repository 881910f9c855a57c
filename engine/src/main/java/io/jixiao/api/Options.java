package io.jixiao.api;

import io.jixiao.rules.RuleLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a department is evaluated: the options of {@code jixiao score} ({@code --profile}, {@code --rules},
 * {@code --lenient}, {@code --allow-missing}). Immutable; start from {@link #defaults()} and change one at a time:
 *
 * <pre>{@code
 * Options o = Options.defaults().profile("hubei").lenient(true);
 * }</pre>
 *
 * @param profile      a built-in profile name ({@code national}, {@code hubei}, {@code sichuan}) or a profile file
 *                     that applies instead of the targets' own {@code profile:}; null to use the targets' (national
 *                     when they name none)
 * @param rules        DRL files or folders added to the packaged rules; a rule file is trusted code (see
 *                     docs/security.md)
 * @param lenient      an unreadable 评（扣）分标准 is a warning and the default method scores the indicator
 * @param allowMissing a missing actual scores 0 with a warning instead of stopping
 * @param ruleTimeout  the longest one rule session may fire (default 30 seconds, at most an hour): past it the
 *                     evaluation stops with KPI-0208 naming the rule that was firing
 */
public record Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing, Duration ruleTimeout) {

    /**
     * Options; {@code rules} is copied, null meaning none.
     *
     * @param profile      a profile name or file, or null for the targets' own
     * @param rules        extra DRL files or folders
     * @param lenient      whether an unreadable 评（扣）分标准 is a warning
     * @param allowMissing whether a missing actual scores 0
     * @param ruleTimeout  the longest one rule session may fire; null for the default, 30 seconds
     * @throws IllegalArgumentException for a timeout of 0 or less, or above an hour
     */
    public Options {
        rules = rules == null ? List.of() : List.copyOf(rules);
        ruleTimeout = ruleTimeout == null ? RuleLimits.DEFAULT_TIMEOUT : ruleTimeout;
        RuleLimits.DEFAULT.timeout(ruleTimeout); // checks it
    }

    /**
     * Options with the default rule timeout.
     *
     * @param profile      a profile name or file, or null for the targets' own
     * @param rules        extra DRL files or folders
     * @param lenient      whether an unreadable 评（扣）分标准 is a warning
     * @param allowMissing whether a missing actual scores 0
     */
    public Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing) {
        this(profile, rules, lenient, allowMissing, null);
    }

    /**
     * The targets' own profile, the packaged rules only, strict 评（扣）分标准, every actual required.
     *
     * @return the default options
     */
    public static Options defaults() {
        return new Options(null, List.of(), false, false);
    }

    /**
     * These options with another profile.
     *
     * @param nameOrPath a built-in profile name or a profile file; null for the targets' own
     * @return the changed options
     */
    public Options profile(String nameOrPath) {
        return new Options(nameOrPath, rules, lenient, allowMissing, ruleTimeout);
    }

    /**
     * These options with other extra rules.
     *
     * @param drl DRL files or folders added to the packaged rules
     * @return the changed options
     */
    public Options rules(List<Path> drl) {
        return new Options(profile, drl, lenient, allowMissing, ruleTimeout);
    }

    /**
     * These options with lenient 评（扣）分标准 on or off.
     *
     * @param on true to score an unreadable 评（扣）分标准 with the default method, with a warning
     * @return the changed options
     */
    public Options lenient(boolean on) {
        return new Options(profile, rules, on, allowMissing, ruleTimeout);
    }

    /**
     * These options with missing actuals allowed or not.
     *
     * @param on true to score a missing actual 0 with a warning
     * @return the changed options
     */
    public Options allowMissing(boolean on) {
        return new Options(profile, rules, lenient, on, ruleTimeout);
    }

    /**
     * The same options with another rule timeout.
     *
     * @param timeout the longest one rule session may fire, more than 0 and at most an hour
     * @return the new options
     * @throws IllegalArgumentException for a timeout of 0 or less, or above an hour
     */
    public Options ruleTimeout(Duration timeout) {
        return new Options(profile, rules, lenient, allowMissing, timeout);
    }

    /** The pipeline's options. */
    io.jixiao.pipeline.Options pipeline() {
        return new io.jixiao.pipeline.Options(profile, rules, lenient, allowMissing,
                RuleLimits.DEFAULT.timeout(ruleTimeout), true);
    }
}
