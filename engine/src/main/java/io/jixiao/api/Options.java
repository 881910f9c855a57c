package io.jixiao.api;

import java.nio.file.Path;
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
 *                     docs/guide.md#your-own-rules)
 * @param lenient      an unreadable 评（扣）分标准 is a warning and the default method scores the indicator
 * @param allowMissing a missing actual scores 0 with a warning instead of stopping
 */
public record Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing) {

    /**
     * Options; {@code rules} is copied, null meaning none.
     *
     * @param profile      a profile name or file, or null for the targets' own
     * @param rules        extra DRL files or folders
     * @param lenient      whether an unreadable 评（扣）分标准 is a warning
     * @param allowMissing whether a missing actual scores 0
     */
    public Options {
        rules = rules == null ? List.of() : List.copyOf(rules);
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
        return new Options(nameOrPath, rules, lenient, allowMissing);
    }

    /**
     * These options with other extra rules.
     *
     * @param drl DRL files or folders added to the packaged rules
     * @return the changed options
     */
    public Options rules(List<Path> drl) {
        return new Options(profile, drl, lenient, allowMissing);
    }

    /**
     * These options with lenient 评（扣）分标准 on or off.
     *
     * @param on true to score an unreadable 评（扣）分标准 with the default method, with a warning
     * @return the changed options
     */
    public Options lenient(boolean on) {
        return new Options(profile, rules, on, allowMissing);
    }

    /**
     * These options with missing actuals allowed or not.
     *
     * @param on true to score a missing actual 0 with a warning
     * @return the changed options
     */
    public Options allowMissing(boolean on) {
        return new Options(profile, rules, lenient, on);
    }

    /** The pipeline's options. */
    io.jixiao.pipeline.Options pipeline() {
        return new io.jixiao.pipeline.Options(profile, rules, lenient, allowMissing);
    }
}
