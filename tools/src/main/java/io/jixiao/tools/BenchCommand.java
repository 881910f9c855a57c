package io.jixiao.tools;

import io.jixiao.cli.CliTexts;
import io.jixiao.cli.LanguageOption;
import io.jixiao.tools.bench.Bench;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao bench}: the performance measurements of docs/performance.md#budget (not part of the test run). */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    private static final List<String> PARTS = List.of("throughput", "heap", "review", "monitor", "cold", "scaling",
            "store", "web");
    /**
     * scaling generates and reviews up to 10,000 departments, store imports the bureau, web serves the workbench under
     * load: only when asked for.
     */
    private static final List<String> DEFAULT_PARTS = List.of("throughput", "heap", "review", "monitor", "cold");

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Option(names = "--departments", defaultValue = "1000", paramLabel = "N")
    int departments;

    @Option(names = "--indicators", defaultValue = "100", paramLabel = "M")
    int indicators;

    @Option(names = "--threads", paramLabel = "T")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "W")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", paramLabel = "I")
    int iterations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S")
    long seed;

    @Option(names = "--parts", split = ",", paramLabel = "PART")
    List<String> parts = DEFAULT_PARTS;

    @Option(names = "--scale-departments", split = ",", paramLabel = "N", defaultValue = "100,1000,10000")
    List<Integer> scaleDepartments;

    @Option(names = "--scale-indicators", split = ",", paramLabel = "M", defaultValue = "50,100,200")
    List<Integer> scaleIndicators;

    @Option(names = "--web-sessions", defaultValue = "50", paramLabel = "N")
    int webSessions;

    @Option(names = "--web-seconds", defaultValue = "30", paramLabel = "S")
    int webSeconds;

    @Option(names = "--web-warmup", defaultValue = "10", paramLabel = "S")
    int webWarmup;

    @Option(names = "--data", paramLabel = "DIR")
    Path data;

    @Option(names = "--dir", paramLabel = "DIR")
    Path dir;

    @Option(names = "--score-targets", paramLabel = "T")
    Path scoreTargets;

    @Option(names = "--score-actuals", paramLabel = "A")
    Path scoreActuals;

    @Override
    public Integer call() throws Exception {
        if (scaleDepartments.stream().anyMatch(n -> n < 1) || scaleIndicators.stream().anyMatch(n -> n < 2)) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.benchScale"));
        }
        if (departments < 1 || indicators < 2 || warmup < 0 || iterations < 1 || (threads != null && threads < 1)
                || webSessions < 1 || webSeconds < 1 || webWarmup < 0) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.benchNumbers"));
        }
        Set<String> chosen = new LinkedHashSet<>(parts);
        if (!PARTS.containsAll(chosen)) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.benchParts", "parts",
                    String.join(", ", PARTS)));
        }
        if ((scoreTargets == null) != (scoreActuals == null)) {
            throw new ParameterException(spec.commandLine(), CliTexts.text("usage.benchScore"));
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        new Bench(new Bench.Options(departments, indicators, workers, warmup, iterations, seed, chosen, dir,
                scoreTargets, scoreActuals, scaleDepartments, scaleIndicators, data, webSessions, webSeconds, webWarmup),
                spec.commandLine().getOut()).run();
        return 0;
    }
}
