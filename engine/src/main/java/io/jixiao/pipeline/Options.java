package io.jixiao.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * How the pipeline evaluates departments — the scoring options every command shares.
 *
 * @param profile      a built-in profile name or a profile file that applies instead of each targets file's own
 *                     {@code profile:}; null to use the targets file's (national when it names none)
 * @param rules        DRL files or folders added to the packaged rules (trusted code: see docs/guide.md#your-own-rules)
 * @param lenient      an unreadable 评（扣）分标准 is a warning and the default method scores the indicator
 * @param allowMissing a missing actual scores 0 with a warning instead of stopping
 */
public record Options(String profile, List<Path> rules, boolean lenient, boolean allowMissing) {

    public Options {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static Options defaults() {
        return new Options(null, List.of(), false, false);
    }

    public Options profile(String nameOrPath) {
        return new Options(nameOrPath, rules, lenient, allowMissing);
    }

    public Options rules(List<Path> drl) {
        return new Options(profile, drl, lenient, allowMissing);
    }

    public Options lenient(boolean on) {
        return new Options(profile, rules, on, allowMissing);
    }

    public Options allowMissing(boolean on) {
        return new Options(profile, rules, lenient, on);
    }
}
