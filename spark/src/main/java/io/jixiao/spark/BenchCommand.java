package io.jixiao.spark;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.KpiException;
import io.jixiao.recheck.BureauReport;
import io.jixiao.report.recheck.ReviewJson;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import io.jixiao.cli.LanguageOption;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao-spark bench DIR}: jixiao review (one JVM, a pool of threads) against the Spark job in local mode
 * on the same folder tree (make one with {@code ./jixiao generate}): wall time and CPU time of each round, best,
 * median and worst, indicators per second, with the machine's load average before and after. Both run in this JVM
 * after a warm-up round of each, so the rules are compiled and the JIT is warm; every round checks that the two
 * JSON reports are the same bytes.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LanguageOption language;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--master", defaultValue = "local[*]", paramLabel = "URL")
    String master;

    @Option(names = "--threads", paramLabel = "N")
    Integer threads;

    @Option(names = "--partitions", paramLabel = "N")
    Integer partitions;

    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N")
    int rounds;

    @Option(names = "--warmup", defaultValue = "1", paramLabel = "N")
    int warmup;

    @Override
    public Integer call() {
        if (rounds < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), SparkProblems.text("usage.rounds", "rounds", rounds,
                    "warmup", warmup));
        }
        PrintWriter out = spec.commandLine().getOut();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        int workers = threads != null ? threads : cores;
        out.printf(Locale.ROOT, "jixiao-spark bench %s: %d cores, load average %.2f, master %s%n", dir, cores,
                os.getSystemLoadAverage(), master);
        SparkSession spark = Sessions.open(master, "jixiao bench");
        try {
            int n = partitions != null ? partitions : 4 * spark.sparkContext().defaultParallelism();
            SparkReview job = new SparkReview(spark);
            Supplier<BureauReport> review = () -> new Rechecker(new Pipeline(Options.defaults().ownProfiles(false)), workers)
                    .run(dir, i -> { });
            Supplier<BureauReport> sparkJob = () -> job.run(SparkReview.Job.tree(dir.toString(), n));
            for (int w = 0; w < warmup; w++) {
                review.get();
                sparkJob.get();
            }
            List<double[]> reviewRuns = new ArrayList<>();
            List<double[]> sparkRuns = new ArrayList<>();
            String[] expected = {null};
            int indicators = 0;
            for (int r = 1; r <= rounds; r++) {
                reviewRuns.add(measure(os, review, expected));
                sparkRuns.add(measure(os, sparkJob, expected));
                if (r == 1) {
                    BureauReport first = lastReport;
                    indicators = first.indicators();
                    out.printf(Locale.ROOT, "%d departments, %d indicators scored; %d threads for review, %d"
                            + " partitions for Spark; %d warm-up round(s)%n", first.departments(), indicators, workers,
                            n, warmup);
                }
                out.printf(Locale.ROOT, "round %d: review %.2f s wall, %.2f s CPU · spark %.2f s wall, %.2f s CPU"
                                + " · load %.2f%n", r, reviewRuns.get(r - 1)[0], reviewRuns.get(r - 1)[1],
                        sparkRuns.get(r - 1)[0], sparkRuns.get(r - 1)[1], os.getSystemLoadAverage());
                out.flush();
            }
            out.println(summary("review", reviewRuns, indicators));
            out.println(summary("spark ", sparkRuns, indicators));
            out.printf(Locale.ROOT, "load average at the end %.2f%n", os.getSystemLoadAverage());
        } catch (Differs e) {
            spec.commandLine().getErr().println(SparkProblems.text("bench.differs"));
            return io.jixiao.cli.Main.INTERNAL;
        } catch (KpiException e) {
            e.findings().forEach(f -> spec.commandLine().getErr().println(f.render()));
            return io.jixiao.cli.Main.BAD_INPUT;
        } finally {
            spark.stop();
        }
        return 0;
    }

    private BureauReport lastReport;

    /** A run whose report is not the first run's: the measurement is void. */
    private static final class Differs extends RuntimeException {
        Differs() {
            super("the reports differ", null, false, false);
        }
    }

    /**
     * {wall seconds, CPU seconds of this JVM} of one run, which must give the same JSON as the first run measured
     * ({@code expected[0]}, set by it).
     */
    private double[] measure(com.sun.management.OperatingSystemMXBean os, Supplier<BureauReport> run,
                             String[] expected) {
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        BureauReport r = run.get();
        double wall = (System.nanoTime() - t) / 1e9;
        double used = (os.getProcessCpuTime() - cpu) / 1e9;
        String json = ReviewJson.render(r);
        if (expected[0] == null) {
            expected[0] = json;
        } else if (!json.equals(expected[0])) {
            throw new Differs();
        }
        lastReport = r;
        return new double[] {wall, used};
    }

    static String summary(String what, List<double[]> runs, int indicators) {
        List<Double> wall = new ArrayList<>(runs.stream().map(x -> x[0]).toList());
        Collections.sort(wall);
        double median = wall.size() % 2 == 1 ? wall.get(wall.size() / 2)
                : (wall.get(wall.size() / 2 - 1) + wall.get(wall.size() / 2)) / 2;
        double cpu = runs.stream().mapToDouble(x -> x[1]).average().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%s wall best %.2f s · median %.2f s · worst %.2f s; %,.0f indicators/s"
                        + " (best) · %,.0f (median) · %,.0f (worst); CPU %.2f s per round (mean)", what, wall.get(0),
                median, wall.get(wall.size() - 1), indicators / wall.get(0), indicators / median,
                indicators / wall.get(wall.size() - 1), cpu);
    }
}
