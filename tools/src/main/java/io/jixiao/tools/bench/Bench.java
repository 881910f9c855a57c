package io.jixiao.tools.bench;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.recheck.BureauReport;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import io.jixiao.rules.Derive;
import io.jixiao.scoring.Allocation;
import io.jixiao.scoring.CaseBuilder;
import io.jixiao.scoring.CaseFinding;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.PointAllocator;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.ScoringCase;
import io.jixiao.tools.generate.GeneratedFiles;
import io.jixiao.tools.generate.Generator;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * jixiao bench: (1) scoring throughput through Drools next to the same helpers called directly, (2) review of
 * a bureau-sized folder from files in a fresh JVM, (2b) {@code monitor DIR} of the same folder with progress files,
 * taking turns with {@code review DIR} in the same run, (3) cold {@code jixiao score} wall time, with and without
 * AppCDS, (4) heap per indicator in batch mode. Prints what it ran (the commands for the fresh-JVM parts),
 * best, median and worst of every measurement: the machine may be shared, so single numbers would lie.
 */
public final class Bench {

    /** The CLI's shaded jar, relative to the repository (what {@code ./jixiao} runs). */
    private static final String CLI_JAR = "cli/target/jixiao.jar";

    /** What to run and on what. */
    public record Options(int departments, int indicators, int threads, int warmup, int iterations, long seed,
                          Set<String> parts, Path dir, Path scoreTargets, Path scoreActuals, List<Integer> scaleDepartments,
                          List<Integer> scaleIndicators, Path data, int webSessions, int webSeconds, int webWarmup) {
    }

    private final Options o;
    private final PrintWriter out;
    private final ScoringProfile profile = ProfileLoader.load(ProfileLoader.DEFAULT, null);

    public Bench(Options o, PrintWriter out) {
        this.o = o;
        this.out = out;
    }

    public void run() throws Exception {
        out.printf(Locale.ROOT, "jixiao bench · %d cores · heap %d–%d MiB · %s · %s %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().totalMemory() >> 20,
                Runtime.getRuntime().maxMemory() >> 20, collectors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"));
        out.printf(Locale.ROOT, "load average at start: %.2f%n%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.flush();
        List<Dept> data = null;
        if (o.parts().contains("throughput") || o.parts().contains("heap")) {
            data = inMemory();
        }
        if (o.parts().contains("throughput")) {
            throughput(data);
        }
        if (o.parts().contains("heap")) {
            heap(data);
        }
        data = null;
        if (o.parts().contains("review")) {
            review();
        }
        if (o.parts().contains("monitor")) {
            monitor();
        }
        if (o.parts().contains("cold")) {
            cold();
        }
        if (o.parts().contains("store")) {
            store();
        }
        if (o.parts().contains("scaling")) {
            scaling();
        }
        if (o.parts().contains("web")) {
            web();
        }
        out.printf(Locale.ROOT, "load average at the end: %.2f%n", load());
        out.flush();
    }

    // ---- the workbench under load ---------------------------------------------------------------------

    /**
     * {@link WhatIfLoad}: the bundled departments served on localhost, what-if sessions warmed up, then measured
     * under the saturating and the paced load.
     */
    private void web() throws Exception {
        out.printf(Locale.ROOT, "web: %d what-if sessions, %d s warm-up, then %d s saturating and %d s paced"
                + " (indicators/)%n", o.webSessions(), o.webWarmup(), o.webSeconds(), o.webSeconds());
        out.flush();
        WhatIfLoad.Result r = WhatIfLoad.run(o.webSessions(), o.webSeconds(), o.webWarmup(), Path.of("indicators"));
        WhatIfLoad.report(r, o.webSeconds(), out);
        out.println();
        out.flush();
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(" + "));
    }

    // ---- (1) throughput -------------------------------------------------------------------------

    /** One department in memory, with the facts its rule session gets. */
    record Dept(DepartmentTargets targets, DepartmentActuals actuals, List<Object> facts, List<ScoringCase> cases,
                int indicators) {
    }

    private List<Dept> inMemory() {
        long t0 = System.nanoTime();
        Generator g = new Generator(o.seed(), o.indicators());
        List<Dept> all = new ArrayList<>(o.departments());
        for (int i = 0; i < o.departments(); i++) {
            all.add(load(g.department(i, o.departments()), profile));
        }
        out.printf(Locale.ROOT, "generated and loaded %d departments × %d indicators in memory (seed %d) in %.1f s%n%n",
                o.departments(), o.indicators(), o.seed(), (System.nanoTime() - t0) / 1e9);
        return all;
    }

    /** A generated department loaded from its YAML text, with the facts the Scorer's rule session gets. */
    static Dept load(Generator.Department d, ScoringProfile profile) {
        DepartmentTargets t = TargetsLoader.load(d.folder() + "/targets.yaml",
                YamlReader.parse(d.folder() + "/targets.yaml", d.targetsYaml())).orThrow();
        DepartmentActuals a = ActualsLoader.load(d.folder() + "/actuals.yaml",
                YamlReader.parse(d.folder() + "/actuals.yaml", d.actualsYaml())).orThrow();
        List<ScoringCase> cases = cases(t, a, profile);
        List<Object> facts = new ArrayList<>(cases.size() + 1);
        facts.add(profile);
        facts.addAll(cases);
        return new Dept(t, a, facts, cases, cases.size());
    }

    /** The ScoringCase facts the Scorer builds (same allocation and builder), for the rules-only measurements. */
    private static List<ScoringCase> cases(DepartmentTargets d, DepartmentActuals a, ScoringProfile profile) {
        List<ScoringCase> cases = new ArrayList<>();
        for (IndicatorTable table : d.tables()) {
            TableActuals ta = table.kind() == TableKind.OVERALL ? a.overall() : a.project(table.name()).orElse(null);
            BigDecimal budget = table.kind() == TableKind.OVERALL ? d.budget() : table.budget();
            boolean known = budget != null && budget.signum() > 0 && ta != null && ta.spent() != null;
            Allocation alloc = PointAllocator.allocate(table, profile, known);
            for (Indicator i : table.indicators()) {
                ActualEntry e = ta == null ? null : ta.actuals().get(i.key());
                cases.add(CaseBuilder.build(table, i, e, alloc.points().getOrDefault(i.key(), BigDecimal.ZERO),
                        profile));
            }
        }
        return cases;
    }

    private void throughput(List<Dept> data) throws Exception {
        int indicators = data.stream().mapToInt(Dept::indicators).sum();
        out.printf(Locale.ROOT, "(1) scoring throughput in memory: %d departments, %,d indicators, %d threads, %d warm-up"
                + " + %d measured rounds each%n", data.size(), indicators, o.threads(), o.warmup(), o.iterations());
        RuleBook book = RuleBook.packaged();
        Scorer scorer = new Scorer(book, profile);
        String identical = compare(profile, book, data);
        ExecutorService pool = Executors.newFixedThreadPool(o.threads());
        try {
            out.println("    jixiao scoring (Scorer.score: pairing, points, one Drools session per department, sums):");
            Stats full = rounds(pool, data, indicators, d -> scorer.score(d.targets(), d.actuals(), false));
            out.println("        " + perSecond(full, indicators).rate("indicators/s"));
            out.println("    the rule session alone (RuleRun.run on the prepared facts):");
            Stats rules = rounds(pool, data, indicators, d -> RuleRun.run(book, d.facts()));
            Stats.Rate ir = perSecond(rules, indicators);
            out.println("        " + ir.rate("indicators/s"));
            out.println("    the same scoring.method helpers called directly, no Drools (DirectRules):");
            Stats direct = rounds(pool, data, indicators, d -> DirectRules.derive(profile, d.cases()));
            Stats.Rate id = perSecond(direct, indicators);
            out.println("        " + id.rate("indicators/s"));
            out.printf(Locale.ROOT, "    Drools session / direct call: %.1f× the time (best against best); %s%n",
                    id.best() / ir.best(), identical);
            String maintainedSame = compare(profile, book, data, Derive.Mode.MAINTAINED);
            out.println("    the same session truth-maintained (what-if's way: derived facts inserted logically, not as a"
                    + " batch):");
            Stats maintained = rounds(pool, data, indicators,
                    d -> RuleRun.run(book, d.facts(), f -> { }, Derive.Mode.MAINTAINED));
            out.println("        " + perSecond(maintained, indicators).rate("indicators/s") + "; " + maintainedSame);
            allocation(book, scorer, data, indicators);
        } finally {
            pool.shutdownNow();
        }
        out.println();
        out.flush();
    }

    /** Derived facts of the rule session and of the direct calls, compared as multisets. */
    static String compare(ScoringProfile profile, RuleBook book, List<Dept> data) {
        return compare(profile, book, data, Derive.Mode.of(book));
    }

    /** As {@link #compare(ScoringProfile, RuleBook, List)}, the session's derived facts added the given way. */
    static String compare(ScoringProfile profile, RuleBook book, List<Dept> data, Derive.Mode mode) {
        long facts = 0;
        for (Dept d : data) {
            List<Object> derived = new ArrayList<>();
            RuleRun.run(book, d.facts(), derived::add, mode);
            Map<Object, Integer> drools = counts(derived);
            Map<Object, Integer> direct = counts(DirectRules.derive(profile, d.cases()));
            if (!drools.equals(direct)) {
                return "RESULTS DIFFER for " + d.targets().department() + " — the direct path is not comparable";
            }
            facts += drools.values().stream().mapToInt(Integer::intValue).sum();
        }
        return "results identical (" + String.format(Locale.ROOT, "%,d", facts) + " derived facts compared)";
    }

    private static Map<Object, Integer> counts(List<Object> facts) {
        Map<Object, Integer> m = new HashMap<>();
        for (Object f : facts) {
            if (f instanceof IndicatorResult || f instanceof CaseFinding) {
                m.merge(f, 1, Integer::sum);
            }
        }
        return m;
    }

    /** The most warm-up rounds added to {@code --warmup} while the JIT is still compiling ({@link #rounds}). */
    static final int MAX_EXTRA_WARMUP = 60;
    /** A round is quiet when the JIT compiled for less than this share of its wall time. */
    static final double QUIET_JIT = 0.02;
    /**
     * Quiet rounds in a row that make the steady state: C2 compiles in bursts (a round with no compiling, then one
     * with 600 ms of it, on 2 cores), so one quiet round is not yet the end of the warm-up.
     */
    static final int QUIET_IN_A_ROW = 3;

    /**
     * Rounds of {@code work} over {@code data} on the pool: {@code --warmup} rounds, then more warm-up rounds (at
     * most {@link #MAX_EXTRA_WARMUP}) until {@link #QUIET_IN_A_ROW} rounds in a row in which the JIT compiled for less
     * than {@link #QUIET_JIT} of the round's wall time — a part's first rounds otherwise run partly on code C2 has not
     * compiled yet — then {@code --iterations}
     * measured rounds, one after the other, whatever the JIT does in them. Every round is printed (warm-up ones in
     * brackets) with its rate and the JIT's and the collectors' time in it, so the spread can be read round by round.
     */
    private Stats rounds(ExecutorService pool, List<Dept> data, int indicators, Consumer<Dept> work) throws Exception {
        Stats s = new Stats();
        java.lang.management.CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
        StringBuilder shown = new StringBuilder();
        int warmups = 0;
        int measured = 0;
        int quiet = 0;
        while (measured < o.iterations()) {
            long jit0 = jitTimed ? jit.getTotalCompilationTime() : 0;
            long gc0 = gcMillis();
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            int n = o.threads();
            for (int t = 0; t < n; t++) {
                int from = data.size() * t / n;
                int to = data.size() * (t + 1) / n;
                fs.add(pool.submit(() -> {
                    for (int i = from; i < to; i++) {
                        work.accept(data.get(i));
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long jitMs = jitTimed ? jit.getTotalCompilationTime() - jit0 : 0;
            long gcMs = gcMillis() - gc0;
            quiet = !jitTimed ? -1 : jitMs < QUIET_JIT * seconds * 1000 ? quiet + 1 : 0;
            boolean warm = measured(measured, warmups, o.warmup(), quiet);
            String round = String.format(Locale.ROOT, "%,.0f/s JIT %d ms GC %d ms", indicators / seconds, jitMs, gcMs);
            shown.append(shown.length() == 0 ? "" : " · ").append(warm ? round : "[" + round + "]");
            if (warm) {
                s.add(seconds);
                measured++;
            } else {
                warmups++;
            }
        }
        out.printf(Locale.ROOT, "        %d warm-up rounds (%d asked for; more until %d rounds in a row in which the"
                + " JIT compiled for less than %.0f%% of the round)%s; each round: %s%n", warmups, o.warmup(),
                QUIET_IN_A_ROW, QUIET_JIT * 100,
                warmups >= o.warmup() + MAX_EXTRA_WARMUP ? ", THE JIT WAS STILL COMPILING" : "", shown);
        return s;
    }

    /**
     * Whether a round counts as measured: once one has, every later one does, whatever the JIT does in it; before,
     * a round after at least {@code warmupAsked} warm-up rounds that ends {@link #QUIET_IN_A_ROW} quiet rounds in a
     * row (each with the JIT compiling for less than {@link #QUIET_JIT} of its wall time), or the first after
     * {@link #MAX_EXTRA_WARMUP} more.
     *
     * @param quietInARow the quiet rounds in a row ending with this one (0 when this one is not quiet); negative when
     *                    the JVM does not tell the JIT's time (then {@code warmupAsked} rounds are the warm-up)
     */
    static boolean measured(int measuredSoFar, int warmups, int warmupAsked, int quietInARow) {
        if (measuredSoFar > 0) {
            return true;
        }
        if (warmups < warmupAsked) {
            return false;
        }
        return quietInARow < 0 || quietInARow >= QUIET_IN_A_ROW || warmups >= warmupAsked + MAX_EXTRA_WARMUP;
    }

    /** The collectors' accumulated time, ms. */
    private static long gcMillis() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private static Stats.Rate perSecond(Stats seconds, int indicators) {
        return new Stats.Rate(seconds, indicators);
    }

    /** Bytes allocated per indicator on one thread (HotSpot's per-thread allocation counter). */
    private void allocation(RuleBook book, Scorer scorer, List<Dept> data, int indicators) {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        if (!(mx instanceof com.sun.management.ThreadMXBean hs) || !hs.isThreadAllocatedMemorySupported()) {
            return;
        }
        long id = Thread.currentThread().getId();
        long a0 = hs.getThreadAllocatedBytes(id);
        data.forEach(d -> scorer.score(d.targets(), d.actuals(), false));
        long a1 = hs.getThreadAllocatedBytes(id);
        data.forEach(d -> RuleRun.run(book, d.facts()));
        long a2 = hs.getThreadAllocatedBytes(id);
        data.forEach(d -> DirectRules.derive(profile, d.cases()));
        long a3 = hs.getThreadAllocatedBytes(id);
        data.forEach(d -> RuleRun.run(book, d.facts(), f -> { }, Derive.Mode.MAINTAINED));
        long a4 = hs.getThreadAllocatedBytes(id);
        out.printf(Locale.ROOT, "    allocated per indicator: Scorer.score %,d B · rule session %,d B · direct %,d B"
                + " · the session truth-maintained %,d B%n",
                (a1 - a0) / indicators, (a2 - a1) / indicators, (a3 - a2) / indicators, (a4 - a3) / indicators);
    }

    // ---- (4) heap -------------------------------------------------------------------------------

    private void heap(List<Dept> data) throws Exception {
        int indicators = data.stream().mapToInt(Dept::indicators).sum();
        out.printf(Locale.ROOT, "(4) heap per indicator in batch mode (used heap after full GCs, differences)%n");
        out.printf(Locale.ROOT, "    loaded targets + actuals (the model of the YAML files): %,d B per indicator%n",
                modelBytes());
        Scorer scorer = new Scorer(RuleBook.packaged(), profile);
        long before = usedAfterGc();
        List<DepartmentScore> scores = new ArrayList<>(data.size());
        for (Dept d : data) {
            scores.add(scorer.score(d.targets(), d.actuals(), false));
        }
        long after = usedAfterGc();
        out.printf(Locale.ROOT, "    full results held (DepartmentScore: every indicator line with rule and explanation):"
                + " %,d B per indicator (%,d indicators)%n", (after - before) / indicators, indicators);
        scores.clear();
        Path dir = Files.createTempDirectory("jixiao-heap");
        int n = Math.min(o.departments(), 200);
        GeneratedFiles.write(dir, new Generator(o.seed(), o.indicators()), n, o.threads(), true, x -> { });
        long r0 = usedAfterGc();
        BureauReport report = new Rechecker(new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults(), RuleBook::packaged), o.threads()).run(dir, x -> { });
        long r1 = usedAfterGc();
        out.printf(Locale.ROOT, "    what jixiao review keeps (summaries and findings, no indicator lines): %,d B per"
                + " indicator (%d departments)%n", (r1 - r0) / Math.max(1, report.indicators()), report.ranking().size());
        deleteTree(dir);
        out.println();
        out.flush();
    }

    /** Parsed targets + actuals of up to 200 generated departments, per indicator (the texts are held throughout). */
    private long modelBytes() {
        Generator g = new Generator(o.seed() + 1, o.indicators());
        int n = Math.min(o.departments(), 200);
        List<Generator.Department> texts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            texts.add(g.department(i, n));
        }
        long before = usedAfterGc();
        List<Object[]> keep = new ArrayList<>();
        int indicators = 0;
        for (Generator.Department d : texts) {
            DepartmentTargets t = TargetsLoader.load(d.folder(), YamlReader.parse(d.folder(), d.targetsYaml())).orThrow();
            DepartmentActuals a = ActualsLoader.load(d.folder(), YamlReader.parse(d.folder(), d.actualsYaml())).orThrow();
            indicators += t.tables().stream().mapToInt(x -> x.indicators().size()).sum();
            keep.add(new Object[] {t, a});
        }
        long after = usedAfterGc();
        return keep.isEmpty() ? -1 : (after - before) / Math.max(1, indicators);
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    // ---- (2) review from files, fresh JVM -------------------------------------------------------

    /** The generated bureau the review and store parts read (generated once, reused by later runs). */
    private Path bureau() throws IOException {
        return o.dir() != null ? o.dir() : folder(o.departments(), o.indicators());
    }

    private void review() throws Exception {
        Path dir = o.dir() != null ? o.dir() : folder(o.departments(), o.indicators());
        Path report = Files.createTempFile("jixiao-bench-review", ".json");
        out.printf(Locale.ROOT, "(2) review of %d departments × %d indicators from files, end to end (load %.2f)%n",
                o.departments(), o.indicators(), load());
        List<String> args = List.of("review", dir.toString(), "--format", "json", "-o", report.toString(), "--force",
                "--threads", String.valueOf(o.threads()));
        List<String> plain = new ArrayList<>(launcher(List.of()));
        plain.addAll(args);
        List<List<String>> commands = new ArrayList<>(List.of(plain));
        if (Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR))) {
            List<String> viaLauncher = new ArrayList<>(List.of("./jixiao"));
            viaLauncher.addAll(args);
            commands.add(0, viaLauncher);
        }
        double indicators = (double) o.departments() * o.indicators();
        for (List<String> cmd : commands) {
            out.println("    $ " + String.join(" ", cmd));
            Runs runs = timeProcess(cmd, o.iterations(), Map.of());
            out.println("        " + runs.report(indicators));
        }
        RuleBook.packaged();
        Stats warm = new Stats();
        for (int r = 0; r < o.warmup() + o.iterations(); r++) {
            long t0 = System.nanoTime();
            new Rechecker(new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults(), RuleBook::packaged), o.threads()).run(dir, x -> { });
            if (r >= o.warmup()) {
                warm.add((System.nanoTime() - t0) / 1e9);
            }
        }
        out.println("    in this JVM (C2), rules ready, after " + o.warmup() + " warm-up reviews (no report written): "
                + warm.seconds());
        for (String heap : List.of("-Xmx256m", "-Xmx128m")) {
            List<String> small = new ArrayList<>(launcher(List.of(heap)));
            small.addAll(args);
            long t0 = System.nanoTime();
            int code = exec(small, Map.of());
            out.printf(Locale.ROOT, "    with %s: exit %d in %.2f s%n", heap, code, (System.nanoTime() - t0) / 1e9);
        }
        Files.deleteIfExists(report);
        out.println();
        out.flush();
    }

    // ---- (2b) monitor DIR next to review, from files, fresh JVMs --------------------------------

    /**
     * jixiao monitor DIR next to jixiao review DIR on the same generated bureau (with progress.yaml), in the same run:
     * fresh JVMs taking turns, so that the machine's other load hits both alike; the load average before and after.
     */
    private void monitor() throws Exception {
        Path root = o.dir() != null ? o.dir().toAbsolutePath().getParent()
                : o.data() != null ? o.data() : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = root.resolve((o.dir() != null ? o.dir().getFileName().toString() : "jixiao-bench-" + o.departments()
                + "x" + o.indicators() + "-seed" + o.seed()) + "-progress");
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            GeneratedFiles.write(dir, new Generator(o.seed(), o.indicators()), o.departments(), o.threads(), true, true,
                    x -> { });
            Files.writeString(done, "generated by jixiao bench (with progress.yaml)\n");
            out.printf(Locale.ROOT, "generated %s (%d × %d, with progress.yaml) in %.1f s%n", dir, o.departments(),
                    o.indicators(), (System.nanoTime() - t0) / 1e9);
        }
        out.printf(Locale.ROOT, "(2b) monitor DIR next to review DIR, %d departments × %d indicators from files, end to"
                + " end, fresh JVMs taking turns%n", o.departments(), o.indicators());
        out.println("    " + uptime("before"));
        Path reviewJson = Files.createTempFile("jixiao-bench-review", ".json");
        Path monitorJson = Files.createTempFile("jixiao-bench-monitor", ".json");
        List<List<String>> commands = new ArrayList<>();
        for (boolean viaLauncher : List.of(false, true)) {
            if (viaLauncher && !(Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR)))) {
                continue;
            }
            for (String command : List.of("review", "monitor")) {
                List<String> cmd = new ArrayList<>(viaLauncher ? List.of("./jixiao") : launcher(List.of()));
                cmd.addAll(List.of(command, dir.toString(), "--format", "json", "-o",
                        (command.equals("review") ? reviewJson : monitorJson).toString(), "--force", "--threads",
                        String.valueOf(o.threads())));
                commands.add(cmd);
            }
        }
        List<Runs> runs = new ArrayList<>();
        commands.forEach(c -> runs.add(new Runs(new Stats(), new Stats(), new Stats())));
        for (List<String> cmd : commands) {
            exec(cmd, Map.of()); // discarded: warms the page cache, not the JVM
        }
        for (int r = 0; r < o.iterations(); r++) {
            for (int v = 0; v < commands.size(); v++) {
                Run run = timed(commands.get(v), Map.of());
                runs.get(v).add(run);
                if (run.code() != 0) {
                    out.println("        (exit " + run.code() + ": " + commands.get(v).get(commands.get(v).indexOf(
                            dir.toString()) - 1) + ")");
                }
            }
        }
        double indicators = (double) o.departments() * o.indicators();
        for (int v = 0; v < commands.size(); v++) {
            out.println("    $ " + String.join(" ", commands.get(v)));
            out.println("        " + runs.get(v).report(indicators));
        }
        for (int v = 0; v + 1 < commands.size(); v += 2) {
            Runs review = runs.get(v);
            Runs monitor = runs.get(v + 1);
            out.printf(Locale.ROOT, "    → monitor / review (%s): wall %.2f (best), %.2f (median)%s%n",
                    commands.get(v).get(0).equals("./jixiao") ? "./jixiao" : "JVM defaults",
                    monitor.wall().min() / review.wall().min(), monitor.wall().median() / review.wall().median(),
                    review.cpu().isEmpty() ? "" : String.format(Locale.ROOT, ", CPU %.2f (median)",
                            monitor.cpu().median() / review.cpu().median()));
        }
        RuleBook.packaged();
        Stats warm = new Stats();
        for (int r = 0; r < o.warmup() + o.iterations(); r++) {
            long t0 = System.nanoTime();
            io.jixiao.pipeline.Rechecker run = new io.jixiao.pipeline.Rechecker(new io.jixiao.pipeline.Pipeline(
                    io.jixiao.pipeline.Options.defaults(), RuleBook::packaged), o.threads());
            run.monitor(dir, folders -> { }, x -> { });
            if (r >= o.warmup()) {
                warm.add((System.nanoTime() - t0) / 1e9);
            }
        }
        out.println("    monitor in this JVM, rules compiled, after " + o.warmup() + " warm-up runs (no report written): "
                + warm.seconds());
        out.println("    " + uptime("after"));
        Files.deleteIfExists(reviewJson);
        Files.deleteIfExists(monitorJson);
        out.println();
        out.flush();
    }

    /** The generated folder of {@code departments} × {@code indicators} (seed of the options), made once and reused. */
    private Path folder(int departments, int indicators) throws IOException {
        Path root = o.data() != null ? o.data() : Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = root.resolve("jixiao-bench-" + departments + "x" + indicators + "-seed" + o.seed());
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            GeneratedFiles.write(dir, new Generator(o.seed(), indicators), departments, o.threads(), true, x -> { });
            Files.writeString(done, "generated by jixiao bench\n");
            out.printf(Locale.ROOT, "generated %s (%d × %d) in %.1f s%n", dir, departments, indicators,
                    (System.nanoTime() - t0) / 1e9);
        }
        return dir;
    }

    // ---- (5) scaling -------------------------------------------------------------------------------

    /**
     * The review from files through the launcher at several sizes: departments × the options' indicators, then the
     * options' departments × several indicator counts. Cost per indicator should stay flat (linear growth).
     */
    private void scaling() throws Exception {
        out.printf(Locale.ROOT, "(5) how the review's cost grows: ./jixiao review DIR --format json -o F --threads %d,"
                + " %d runs each after 1 discarded (load %.2f)%n", o.threads(), o.iterations(), load());
        List<int[]> sizes = new ArrayList<>();
        o.scaleDepartments().forEach(d -> sizes.add(new int[] {d, o.indicators()}));
        o.scaleIndicators().stream().filter(i -> i != o.indicators())
                .forEach(i -> sizes.add(new int[] {o.departments(), i}));
        Path report = Files.createTempFile("jixiao-bench-scale", ".json");
        boolean launcher = Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR));
        out.println("    departments × indicators | wall best / median / worst | CPU median | indicators/s"
                + " (median wall) | per CPU-second | µs per indicator (wall, CPU) | peak RSS median | load");
        for (int[] size : sizes) {
            Path dir = folder(size[0], size[1]);
            List<String> cmd = new ArrayList<>(launcher ? List.of("./jixiao") : launcher(List.of()));
            cmd.addAll(List.of("review", dir.toString(), "--format", "json", "-o", report.toString(), "--force",
                    "--threads", String.valueOf(o.threads())));
            Runs runs = timeProcess(cmd, o.iterations(), Map.of());
            double n = (double) size[0] * size[1];
            out.printf(Locale.ROOT, "    %,6d × %-3d | %.2f / %.2f / %.2f s | %s | %,.0f | %s | %.2f, %s | %s | %.2f%n",
                    size[0], size[1], runs.wall().min(), runs.wall().median(), runs.wall().max(),
                    runs.cpu().isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f s", runs.cpu().median()),
                    n / runs.wall().median(), runs.cpu().isEmpty() ? "—"
                            : String.format(Locale.ROOT, "%,.0f", n / runs.cpu().median()),
                    runs.wall().median() / n * 1e6, runs.cpu().isEmpty() ? "—"
                            : String.format(Locale.ROOT, "%.2f", runs.cpu().median() / n * 1e6),
                    runs.rss().isEmpty() ? "—" : String.format(Locale.ROOT, "%,.0f MiB", runs.rss().median() / 1024),
                    load());
            out.flush();
        }
        Files.deleteIfExists(report);
    }

    // ---- (6) the store: import against review, history warm ---------------------------------------

    /**
     * docs/store.md#performance: {@code jixiao store import} of the generated bureau into a new embedded store, next
     * to {@code jixiao review} of the same folder, each in a fresh JVM, taken in turns so that both see the same load
     * (the machine may be shared) — with JVM defaults ({@code java -jar}) and through {@code ./jixiao} (its flags and
     * AppCDS archive, as a user runs it) when the checkout has it, as the monitor part does; then {@code history} of
     * one department over 5 stored years, warm, in this JVM.
     */
    private void store() throws Exception {
        Path dir = bureau();
        Path work = Files.createTempDirectory("jixiao-bench-store");
        Path report = work.resolve("review.json");
        out.printf(Locale.ROOT, "(6) store import of %d departments × %d indicators into a new embedded store, against"
                + " review of the same folder; fresh JVMs, in turns%n", o.departments(), o.indicators());
        List<List<String>> starts = new ArrayList<>();
        starts.add(launcher(List.of()));
        if (Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR))) {
            starts.add(List.of("./jixiao"));
        }
        for (List<String> start : starts) {
            String how = start.get(0).equals("./jixiao") ? "./jixiao" : "JVM defaults";
            List<String> review = new ArrayList<>(start);
            review.addAll(List.of("review", dir.toString(), "--format", "json", "-o", report.toString(), "--force",
                    "--threads", String.valueOf(o.threads())));
            out.println("  " + how + ":");
            out.println("    $ " + String.join(" ", review));
            out.println("    $ " + String.join(" ", importCommand(start, dir, work.resolve("store-N"))));
            out.printf(Locale.ROOT, "    load average before: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
            exec(review, Map.of()); // warms the page cache
            Runs reviews = new Runs(new Stats(), new Stats(), new Stats());
            Runs imports = new Runs(new Stats(), new Stats(), new Stats());
            Stats ratios = new Stats();
            Stats cpuRatios = new Stats();
            for (int i = 0; i < o.iterations(); i++) {
                Run r = timed(review, Map.of());
                Run m = timed(importCommand(start, dir, work.resolve("store-" + i)), Map.of());
                if (r.code() != 0 || m.code() != 0) {
                    out.println("        (exit review " + r.code() + ", import " + m.code() + ")");
                }
                reviews.add(r);
                imports.add(m);
                ratios.add(m.wall() / r.wall());
                if (r.cpu() > 0 && m.cpu() > 0) {
                    cpuRatios.add(m.cpu() / r.cpu());
                }
                Files.deleteIfExists(work.resolve("store-" + i + ".mv.db"));
            }
            out.println("    review:        " + cpuNote(reviews));
            out.println("    store import:  " + cpuNote(imports));
            out.printf(Locale.ROOT, "    import / review of the same round (%s): best %.2f, median %.2f, worst %.2f"
                    + " (budget ≤ 2)%n", how, ratios.min(), ratios.median(), ratios.max());
            if (!cpuRatios.isEmpty()) {
                // CPU (user + system, GNU time) is what a loaded machine changes least: the figure to compare across runs
                out.printf(Locale.ROOT, "    import / review CPU seconds of the same round (%s): best %.2f, median %.2f,"
                        + " worst %.2f%n", how, cpuRatios.min(), cpuRatios.median(), cpuRatios.max());
            }
            out.printf(Locale.ROOT, "    load average after: %.2f%n", ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
        history(dir, work);
        deleteTree(work);
        out.println();
        out.flush();
    }

    /** Wall best/median/worst and, where GNU time measured it, CPU seconds (user + system) best/median/worst. */
    private static String cpuNote(Runs runs) {
        return runs.wall().seconds() + (runs.cpu().isEmpty() ? "" : " · CPU " + runs.cpu().seconds());
    }

    /** The machine's load, as {@code uptime} prints it (else /proc/loadavg, else the JVM's one-minute average). */
    private static String uptime(String when) {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
            if (p.waitFor() == 0 && !text.isEmpty()) {
                return "uptime " + when + ": " + text;
            }
        } catch (IOException e) {
            // no uptime: the JVM's figure below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return String.format(Locale.ROOT, "load average %s: %.2f", when,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** {@code start} (java -jar …, or ./jixiao) store import DIR --db DB --threads N. */
    private List<String> importCommand(List<String> start, Path dir, Path db) {
        List<String> cmd = new ArrayList<>(start);
        cmd.addAll(List.of("store", "import", dir.toString(), "--db", db.toString(), "--threads",
                String.valueOf(o.threads())));
        return cmd;
    }

    /** history of the first generated department stored for 5 years (its files with year: 2020 … 2024), warm. */
    private void history(Path bureau, Path work) throws Exception {
        Path first;
        try (var s = Files.list(bureau)) {
            first = s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        Path years = work.resolve("years");
        for (int y = 2020; y <= 2024; y++) {
            Path d = Files.createDirectories(years.resolve(String.valueOf(y)));
            for (String f : List.of("targets.yaml", "actuals.yaml")) {
                String text = Files.readString(first.resolve(f), java.nio.charset.StandardCharsets.UTF_8);
                Files.writeString(d.resolve(f), text.replaceFirst("(?m)^year: *\\d+", "year: " + y),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        io.jixiao.store.StoreLocation where = io.jixiao.store.StoreLocation.file(work.resolve("history"));
        try (io.jixiao.store.Store s = io.jixiao.store.Store.open(where)) {
            new io.jixiao.store.Importer(s, io.jixiao.pipeline.Options.defaults(), o.threads())
                    .run(List.of(years), x -> { });
            io.jixiao.store.HistoryReader reader = new io.jixiao.store.HistoryReader(s);
            String department = new io.jixiao.store.Catalog(s).departments().get(0);
            Stats ms = new Stats();
            int bytes = 0;
            for (int r = 0; r < (o.warmup() + o.iterations()) * 20; r++) {
                long t0 = System.nanoTime();
                String json = io.jixiao.store.HistoryReport.json(reader.history(department));
                double t = (System.nanoTime() - t0) / 1e6;
                bytes = json.length();
                if (r >= o.warmup() * 20) {
                    ms.add(t);
                }
            }
            out.printf(Locale.ROOT, "    history of one department over 5 years (%d indicators a year), warm, JSON of"
                            + " %,d chars: best %.1f ms, median %.1f ms, worst %.1f ms over %d runs (budget ≤ 100 ms)%n",
                    o.indicators(), bytes, ms.min(), ms.median(), ms.max(), o.iterations() * 20);
        }
    }

    // ---- (3) cold score -------------------------------------------------------------------------

    private void cold() throws Exception {
        Path targets = o.scoreTargets();
        Path actuals = o.scoreActuals();
        Path tmp = null;
        if (targets == null) {
            Path seed = Path.of("indicators/guangyang/2023");
            if (Files.isRegularFile(seed.resolve("targets.yaml"))) {
                targets = seed.resolve("targets.yaml");
                actuals = seed.resolve("actuals-example.yaml");
            } else {
                tmp = Files.createTempDirectory("jixiao-cold");
                GeneratedFiles.write(tmp, new Generator(o.seed(), o.indicators()), 1, 1, true, x -> { });
                targets = tmp.resolve("d0001/targets.yaml");
                actuals = tmp.resolve("d0001/actuals.yaml");
            }
        }
        int runs = Math.max(3, o.iterations());
        out.printf(Locale.ROOT, "(3) cold jixiao score of one department (%s), fresh JVM per run, %d runs after 1"
                + " discarded, round robin (load %.2f)%n", targets, runs, load());
        List<String> args = List.of("score", targets.toString(), "--actuals", actuals.toString(), "--format", "json");
        // the packaged rules precompiled (the default) against compiled at run time (JIXIAO_RULES=classic), each
        // with an AppCDS archive of its own training run (the classes each path loads) and the launcher's flags
        List<String> launcherFlags = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        List<Variant> variants = new ArrayList<>();
        List<Path> archives = new ArrayList<>();
        for (String mode : List.of("precompiled", "classic")) {
            Map<String, String> env = Map.of("JIXIAO_RULES", mode);
            Path jsa = Files.createTempFile("jixiao-bench-" + mode, ".jsa");
            Files.delete(jsa);
            archives.add(jsa);
            List<String> dump = new ArrayList<>(launcher(List.of("-XX:ArchiveClassesAtExit=" + jsa)));
            dump.addAll(args);
            exec(dump, env);
            out.println("    AppCDS archive: $ JIXIAO_RULES=" + mode + " " + String.join(" ", dump)
                    + (Files.exists(jsa) ? " (" + (Files.size(jsa) >> 20) + " MiB)" : " (FAILED: no archive)"));
            List<String> jvm = new ArrayList<>(launcherFlags);
            if (Files.exists(jsa)) {
                jvm.add(0, "-XX:SharedArchiveFile=" + jsa);
            }
            List<String> cmd = new ArrayList<>(launcher(jvm));
            cmd.addAll(args);
            variants.add(new Variant(mode + ", AppCDS + C1 + serial GC", env, cmd));
            List<String> defaults = new ArrayList<>(launcher(List.of()));
            defaults.addAll(args);
            variants.add(new Variant(mode + ", JVM defaults", env, defaults));
        }
        if (Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR))) {
            List<String> cmd = new ArrayList<>(List.of("./jixiao"));
            cmd.addAll(args);
            variants.add(new Variant("the launcher (its own archive, precompiled rules)", Map.of(), cmd));
        }
        List<Stats> stats = new ArrayList<>();
        List<Stats> cpu = new ArrayList<>();
        for (Variant v : variants) {
            stats.add(new Stats());
            cpu.add(new Stats());
            exec(v.command(), v.env()); // discarded: warms the page cache, not the JVM
        }
        for (int r = 0; r < runs; r++) {
            for (int i = 0; i < variants.size(); i++) {
                Run run = timed(variants.get(i).command(), variants.get(i).env());
                stats.get(i).add(run.wall());
                if (run.cpu() >= 0) {
                    cpu.get(i).add(run.cpu());
                }
                if (run.code() != 0) {
                    out.println("        (exit " + run.code() + ")");
                }
            }
        }
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            out.println("    " + v.name() + ": $ " + (v.env().isEmpty() ? "" : "JIXIAO_RULES="
                    + v.env().get("JIXIAO_RULES") + " ") + String.join(" ", v.command()));
            out.println("        " + stats.get(i).seconds() + (cpu.get(i).isEmpty() ? ""
                    : String.format(Locale.ROOT, " · CPU median %.3f s", cpu.get(i).median())));
        }
        out.printf(Locale.ROOT, "    precompiled / classic, medians: %.2f (AppCDS + C1 + serial GC), %.2f (JVM defaults)%n",
                stats.get(0).median() / stats.get(2).median(), stats.get(1).median() / stats.get(3).median());
        for (Path jsa : archives) {
            Files.deleteIfExists(jsa);
        }
        if (tmp != null) {
            deleteTree(tmp);
        }
        out.println();
        out.flush();
    }

    /** A command of the cold-start comparison, with the environment it runs in. */
    private record Variant(String name, Map<String, String> env, List<String> command) {
    }

    // ---- processes ------------------------------------------------------------------------------

    /**
     * java [jvm options] -jar cli/target/jixiao.jar, the CLI jar of the checkout this tools jar was built in (or
     * -cp classes io.jixiao.cli.Main when not run from a jar or without that CLI jar).
     */
    private static List<String> launcher(List<String> jvm) throws URISyntaxException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvm);
        Path self = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path cliJar = self.toString().endsWith(".jar") ? cliJar(self) : null;
        if (cliJar != null) {
            cmd.add("-jar");
            cmd.add(cliJar.toString());
        } else {
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add("io.jixiao.cli.Main");
        }
        return cmd;
    }

    /** tools/target/jixiao-tools.jar → cli/target/jixiao.jar beside it, when that is there. */
    private static Path cliJar(Path toolsJar) {
        Path root = toolsJar.toAbsolutePath().getParent();
        for (int i = 0; i < 2 && root != null; i++) {
            root = root.getParent();
        }
        Path jar = root == null ? null : root.resolve(CLI_JAR);
        return jar != null && Files.isRegularFile(jar) ? jar : null;
    }

    /** One run of a process: wall seconds, CPU seconds (user + system) and peak RSS in KiB, -1 when not known. */
    record Run(int code, double wall, double cpu, double rssKib) {
    }

    /** Repeated runs of one command. */
    record Runs(Stats wall, Stats cpu, Stats rss) {

        void add(Run run) {
            wall.add(run.wall());
            if (run.cpu() >= 0) {
                cpu.add(run.cpu());
                rss.add(run.rssKib());
            }
        }

        /** wall best/median/worst, CPU median, indicators per second and per CPU-second, peak RSS median. */
        String report(double indicators) {
            StringBuilder sb = new StringBuilder(wall.seconds());
            sb.append(String.format(Locale.ROOT, "%n        → %,.0f indicators/s (median wall)", indicators / wall.median()));
            if (!cpu.isEmpty()) {
                sb.append(String.format(Locale.ROOT, " · CPU median %.2f s → %,.0f indicators per CPU-second",
                        cpu.median(), indicators / cpu.median()));
            }
            if (!rss.isEmpty()) {
                sb.append(String.format(Locale.ROOT, " · peak RSS median %,.0f MiB (worst %,.0f)", rss.median() / 1024,
                        rss.max() / 1024));
            }
            return sb.toString();
        }
    }

    private Runs timeProcess(List<String> cmd, int runs, Map<String, String> env) throws IOException, InterruptedException {
        exec(cmd, env); // discarded: warms the page cache, not the JVM
        Runs r = new Runs(new Stats(), new Stats(), new Stats());
        for (int i = 0; i < runs; i++) {
            Run run = timed(cmd, env);
            if (run.code() != 0) {
                out.println("        (exit " + run.code() + ")");
            }
            r.add(run);
        }
        return r;
    }

    /** GNU time, when the machine has it: the CPU time and peak RSS of the process and its children. */
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private static Run timed(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        boolean gnu = Files.isExecutable(GNU_TIME);
        Path report = gnu ? Files.createTempFile("jixiao-bench-time", ".txt") : null;
        List<String> full = new ArrayList<>();
        if (gnu) {
            full.addAll(List.of(GNU_TIME.toString(), "-o", report.toString(), "-f", "%U %S %M"));
        }
        full.addAll(cmd);
        long t0 = System.nanoTime();
        int code = exec(full, env);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = -1;
        double rss = -1;
        if (gnu) {
            String[] f = Files.readString(report).strip().split("\\s+");
            String[] last = f.length >= 3 ? java.util.Arrays.copyOfRange(f, f.length - 3, f.length) : f;
            try {
                cpu = Double.parseDouble(last[0]) + Double.parseDouble(last[1]);
                rss = Double.parseDouble(last[2]);
            } catch (RuntimeException e) {
                cpu = -1;
            }
            Files.deleteIfExists(report);
        }
        return new Run(code, wall, cpu, rss);
    }

    private static int exec(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("JIXIAO_RULES");
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
