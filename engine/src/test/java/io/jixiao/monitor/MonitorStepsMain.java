package io.jixiao.monitor;

import io.jixiao.load.BureauSample;
import io.jixiao.load.ProgressFiles;
import io.jixiao.load.ProgressPairing;
import io.jixiao.load.Source;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.DepartmentRechecker;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.PreparedDepartment;
import io.jixiao.scoring.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;

/**
 * A warm per-step harness of a department's monitoring (docs/performance.md#monitor-dir, its third to seventh
 * passes): not a test, run by hand — one JVM, one thread, N departments of a generated bureau, R rounds; prints
 * the thread's CPU per step (ms for the N departments) each round, and a department's whole review
 * ({@code DepartmentRechecker}, as {@code review DIR}) and monitoring ({@code Pipeline.monitor}).
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp JAR:engine/target/test-classes
 * io.jixiao.monitor.MonitorStepsMain DIR [N] [ROUNDS]}
 */
public final class MonitorStepsMain {

    private MonitorStepsMain() {
    }

    public static void main(String[] args) throws Exception {
        BureauSample sample = BureauSample.of(args, 10);
        Path dir = sample.dir();
        List<Path> deps = sample.departments();
        int rounds = sample.rounds();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        RuleBook rules = RuleBook.packaged();
        ScoringProfile profile = ProfileLoader.load("national", dir);
        Pipeline pipeline = new Pipeline(Options.defaults());
        DepartmentRechecker reviewer = new DepartmentRechecker(pipeline);
        if (args.length > 3 && args[3].equals("run")) {
            runOnly(deps, rules, profile, rounds, mx);
            return;
        }
        System.out.println("round targets progress prepare score monitorRun | review monitor (ms CPU for " + deps.size()
                + " departments)");
        for (int r = 0; r < rounds; r++) {
            long[] t = new long[5];
            long sink = 0;
            for (Path d : deps) {
                long a = mx.getCurrentThreadCpuTime();
                DepartmentTargets targets = TargetsLoader.load(Source.file(d.resolve("targets.yaml")), false).value();
                long b = mx.getCurrentThreadCpuTime();
                DepartmentProgress progress = ProgressFiles.load(Source.file(d.resolve("progress.yaml"))).value();
                long c = mx.getCurrentThreadCpuTime();
                ProgressPairing.Paired paired = ProgressPairing.pair(targets, progress);
                Forecasts.Projection projection = Forecasts.project(targets, paired.progress());
                PreparedDepartment prepared = PreparedDepartment.of(projection.targets(), projection.actuals(), profile);
                long e = mx.getCurrentThreadCpuTime();
                DepartmentScore projected = new Scorer(rules, profile).score(prepared);
                long f = mx.getCurrentThreadCpuTime();
                DepartmentMonitoring m = Monitor.run(rules, profile, paired.progress(), projection, projected, null,
                        List.of());
                long g = mx.getCurrentThreadCpuTime();
                sink += m.tables().size();
                t[0] += b - a;
                t[1] += c - b;
                t[2] += e - c;
                t[3] += f - e;
                t[4] += g - f;
            }
            long rv = 0;
            long mo = 0;
            for (Path d : deps) {
                long a = mx.getCurrentThreadCpuTime();
                sink += reviewer.review(d.getFileName().toString(), d.toString(), Source.file(d.resolve("targets.yaml")),
                        List.of(Source.file(d.resolve("actuals.yaml")))).score().tables().size();
                long b = mx.getCurrentThreadCpuTime();
                sink += pipeline.monitor(Source.file(d.resolve("targets.yaml")), Source.file(d.resolve("progress.yaml")))
                        .findings().size();
                long c = mx.getCurrentThreadCpuTime();
                rv += b - a;
                mo += c - b;
            }
            System.out.printf("%d %.0f %.0f %.0f %.0f %.0f | %.0f %.0f (%d)%n", r, t[0] / 1e6, t[1] / 1e6, t[2] / 1e6,
                    t[3] / 1e6, t[4] / 1e6, rv / 1e6, mo / 1e6, sink % 10);
        }
    }

    /** Only {@code Monitor.run}, on departments read, paired and scored once before the rounds. */
    private static void runOnly(List<Path> deps, RuleBook rules, ScoringProfile profile, int rounds, ThreadMXBean mx) {
        record Ready(DepartmentProgress progress, Forecasts.Projection projection, DepartmentScore projected) {
        }
        List<Ready> ready = new java.util.ArrayList<>();
        for (Path d : deps) {
            DepartmentTargets targets = TargetsLoader.load(Source.file(d.resolve("targets.yaml")), false).value();
            DepartmentProgress progress = ProgressFiles.load(Source.file(d.resolve("progress.yaml"))).value();
            ProgressPairing.Paired paired = ProgressPairing.pair(targets, progress);
            Forecasts.Projection projection = Forecasts.project(targets, paired.progress());
            PreparedDepartment prepared = PreparedDepartment.of(projection.targets(), projection.actuals(), profile);
            ready.add(new Ready(paired.progress(), projection, new Scorer(rules, profile).score(prepared)));
        }
        System.out.println("round monitorRun (ms CPU for " + deps.size() + " departments, read and scored before)");
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            long a = mx.getCurrentThreadCpuTime();
            for (Ready x : ready) {
                sink += Monitor.run(rules, profile, x.progress(), x.projection(), x.projected(), null, List.of())
                        .tables().size();
            }
            System.out.printf("%d %.1f (%d)%n", r, (mx.getCurrentThreadCpuTime() - a) / 1e6, sink % 10);
        }
    }
}
