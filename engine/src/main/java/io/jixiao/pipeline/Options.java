package io.jixiao.pipeline;

import io.jixiao.rules.RuleLimits;
import java.nio.file.Path;
import java.util.List;

/**
 * How the pipeline evaluates departments — the scoring options every command shares.
 *
 * @param profile      a built-in profile name or a profile file that applies instead of each targets file's own
 *                     {@code profile:}; null to use the targets file's (national when it names none)
 * @param rules        DRL files or folders added to the packaged rules (trusted code: see docs/security.md)
 * @param lenient      an unreadable 评（扣）分标准 is a warning and the default method scores the indicator
 * @param allowMissing a missing actual scores 0 with a warning instead of stopping
 * @param ruleLimits   how long, and how many firings, one rule session may take
 * @param ownProfiles  true when a targets file's {@code profile:} applies (its own files, a department's self-
 *                     evaluation); false in a bureau's review, where {@code profile} (national when null) scores every
 *                     department and a {@code profile:} a department names is never read, only reported (KPI-0329)
 */
public record Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing, RuleLimits ruleLimits,
                      boolean ownProfiles) {

    public Options {
        rules = rules == null ? List.of() : List.copyOf(rules);
        ruleLimits = ruleLimits == null ? RuleLimits.DEFAULT : ruleLimits;
    }

    /** Options with the default rule limits, each targets file's profile applying. */
    public Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing) {
        this(profile, rules, lenient, allowMissing, RuleLimits.DEFAULT, true);
    }

    public static Options defaults() {
        return new Options(null, List.of(), false, false);
    }

    public Options profile(String nameOrPath) {
        return new Options(nameOrPath, rules, lenient, allowMissing, ruleLimits, ownProfiles);
    }

    public Options rules(List<Path> drl) {
        return new Options(profile, drl, lenient, allowMissing, ruleLimits, ownProfiles);
    }

    public Options lenient(boolean on) {
        return new Options(profile, rules, on, allowMissing, ruleLimits, ownProfiles);
    }

    public Options allowMissing(boolean on) {
        return new Options(profile, rules, lenient, on, ruleLimits, ownProfiles);
    }

    public Options ruleLimits(RuleLimits limits) {
        return new Options(profile, rules, lenient, allowMissing, limits, ownProfiles);
    }

    /** @param on false for a bureau's review: the bureau's profile scores every department */
    public Options ownProfiles(boolean on) {
        return new Options(profile, rules, lenient, allowMissing, ruleLimits, on);
    }
}
