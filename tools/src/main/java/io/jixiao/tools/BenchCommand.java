package io.jixiao.tools;

import io.jixiao.cli.ToolCommands;
import io.jixiao.tools.bench.Bench;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code jixiao bench}: the performance measurements of docs/performance.md#budget (not part of the test run). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {ToolCommands.BENCH,
                "Example: jixiao bench --departments 1000 --indicators 100 --parts throughput,review"})
final class BenchCommand implements Callable<Integer> {

    private static final List<String> PARTS = List.of("throughput", "heap", "review", "cold");

    @Spec
    CommandSpec spec;

    @Option(names = "--departments", defaultValue = "1000", paramLabel = "N", description = "departments (default 1000)")
    int departments;

    @Option(names = "--indicators", defaultValue = "100", paramLabel = "M", description = "indicators each (default 100)")
    int indicators;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: the number of cores)")
    Integer threads;

    @Option(names = "--warmup", defaultValue = "3", paramLabel = "W", description = "warm-up rounds (default 3)")
    int warmup;

    @Option(names = "--iterations", defaultValue = "5", paramLabel = "I", description = "measured rounds (default 5)")
    int iterations;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "generator seed (default 1)")
    long seed;

    @Option(names = "--parts", split = ",", paramLabel = "PART",
            description = "any of throughput, heap, review, cold (default: all)")
    List<String> parts = PARTS;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "where the review's departments are generated (default: a folder in the temp dir, reused)")
    Path dir;

    @Option(names = "--score-targets", paramLabel = "T", description = "the department of (3) (default: the 广阳 seed)")
    Path scoreTargets;

    @Option(names = "--score-actuals", paramLabel = "A", description = "its actuals")
    Path scoreActuals;

    @Override
    public Integer call() throws Exception {
        if (departments < 1 || indicators < 2 || warmup < 0 || iterations < 1 || (threads != null && threads < 1)) {
            throw new ParameterException(spec.commandLine(),
                    "need --departments ≥ 1, --indicators ≥ 2, --warmup ≥ 0, --iterations ≥ 1, --threads ≥ 1");
        }
        Set<String> chosen = new LinkedHashSet<>(parts);
        if (!PARTS.containsAll(chosen)) {
            throw new ParameterException(spec.commandLine(), "--parts takes " + String.join(", ", PARTS));
        }
        if ((scoreTargets == null) != (scoreActuals == null)) {
            throw new ParameterException(spec.commandLine(), "--score-targets and --score-actuals go together");
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        new Bench(new Bench.Options(departments, indicators, workers, warmup, iterations, seed, chosen, dir,
                scoreTargets, scoreActuals), spec.commandLine().getOut()).run();
        return 0;
    }
}
