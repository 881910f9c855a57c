package io.jixiao.cli;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The scoring options a command shares with {@code score}, and the pipeline they configure. */
final class ScoringOptions {

    @Option(names = "--profile", paramLabel = "P",
            description = "national (default), hubei, sichuan, or a profile YAML; overrides the targets file's profile")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH", description = "extra DRL file or folder (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient", description = "an unreadable 评（扣）分标准 is a warning and the default method scores")
    boolean lenient;

    @Option(names = "--allow-missing", description = "a missing actual scores 0 with a finding instead of failing")
    boolean allowMissing;

    Options options() {
        return new Options(profile, rules, lenient, allowMissing);
    }

    /**
     * Evaluates a department through every stage (score, 审核, 复核): the one pipeline every command shares.
     *
     * @throws KpiException with every error of loading and pairing (what stops a department before scoring)
     */
    Evaluation evaluate(Path targets, Path actuals) {
        Evaluation e = new Pipeline(options()).evaluate(Source.file(targets), Source.file(actuals), Stage.ALL);
        if (e.score() == null) {
            throw new KpiException(e.errors());
        }
        return e;
    }
}
