package io.jixiao.cli;

import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The scoring options a command shares with {@code score}, and the pipeline they configure. */
final class ScoringOptions {

    @Option(names = "--profile", paramLabel = "P")
    String profile;

    @Option(names = "--rules", paramLabel = "PATH")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--lenient")
    boolean lenient;

    @Option(names = "--allow-missing")
    boolean allowMissing;

    Options options() {
        return new Options(profile, rules, lenient, allowMissing);
    }

    /**
     * The pipeline of these options. Without {@code --rules}, the packaged rules are made ready on another thread from
     * now on, while this one reads the files (as {@code review} does): on two cores a cold {@code score} is a tenth of
     * a second shorter (docs/performance.md#cold-start).
     */
    Pipeline pipeline() {
        return Pipeline.readying(options());
    }

    /**
     * Evaluates a department through every stage (score, 审核, 复核): the one pipeline every command shares.
     *
     * @throws KpiException with every error of loading and pairing (what stops a department before scoring)
     */
    Evaluation evaluate(CommandSpec spec, Path targets, Path actuals) {
        Evaluation e = pipeline().evaluate(Inputs.source(targets, spec), Inputs.source(actuals, spec),
                Stage.ALL);
        if (e.score() == null) {
            throw new KpiException(e.errors());
        }
        return e;
    }
}
