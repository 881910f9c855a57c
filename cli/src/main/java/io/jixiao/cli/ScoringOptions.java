package io.jixiao.cli;

import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.problem.KpiException;
import io.jixiao.rules.RuleLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Duration ruleTimeout = RuleLimits.DEFAULT_TIMEOUT;

    @Option(names = "--rule-timeout", paramLabel = "SECONDS")
    void ruleTimeout(double seconds) {
        if (!(seconds > 0) || seconds > RuleLimits.MAX_TIMEOUT.toSeconds()) {
            throw new ParameterException(mixee.commandLine(), CliTexts.text("usage.ruleTimeout", "most",
                    RuleLimits.MAX_TIMEOUT.toSeconds(), "seconds", seconds));
        }
        ruleTimeout = Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    Options options() {
        return new Options(profile, rules, lenient, allowMissing, limits(), true);
    }

    /** The rule limits of {@code --rule-timeout}. */
    RuleLimits limits() {
        return RuleLimits.DEFAULT.timeout(ruleTimeout);
    }

    Duration ruleTimeout() {
        return ruleTimeout;
    }

    /**
     * The files a command reads besides its own arguments: the --rules files and a --profile file. An output must
     * never replace one of them (KPI-0142).
     */
    List<Path> inputs(Path... more) {
        List<Path> all = new ArrayList<>();
        for (Path p : more) {
            if (p != null && !Inputs.isStdin(p)) {
                all.add(p);
            }
        }
        if (profile != null && Files.isRegularFile(Path.of(profile))) {
            all.add(Path.of(profile));
        }
        for (Path r : rules) {
            if (Files.isDirectory(r)) {
                try (Stream<Path> s = Files.walk(r)) {
                    s.filter(Files::isRegularFile).forEach(all::add);
                } catch (IOException | UncheckedIOException e) {
                    // a folder of rules that cannot be listed fails where the rules are read, with its code
                }
            } else {
                all.add(r);
            }
        }
        return all;
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
