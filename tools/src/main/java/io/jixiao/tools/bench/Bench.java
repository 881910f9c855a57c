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
import io.jixiao.rules.RuleSource;
import io.jixiao.rules.RuleSources;
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
                          Set<String> parts, Path dir, Path scoreTargets, Path scoreActuals) {
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
                cases.add(CaseBuilder.build(table, i, e, alloc.points().getOrDefault(i.key(), BigDecimal.ZERO)));
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
            Stats full = rounds(pool, data, d -> scorer.score(d.targets(), d.actuals(), false));
            Stats rules = rounds(pool, data, d -> RuleRun.run(book, d.facts()));
            Stats direct = rounds(pool, data, d -> DirectRules.derive(profile, d.cases()));
            RuleBook plain = withoutTruthMaintenance();
            String plainSame = compare(profile, plain, data);
            Stats untracked = rounds(pool, data, d -> RuleRun.run(plain, d.facts()));
            Stats.Rate ir = perSecond(rules, indicators);
            Stats.Rate id = perSecond(direct, indicators);
            out.println("    jixiao scoring (Scorer.score: pairing, points, one Drools session per department, sums):");
            out.println("        " + perSecond(full, indicators).rate("indicators/s"));
            out.println("    the rule session alone (RuleRun.run on the prepared facts):");
            out.println("        " + ir.rate("indicators/s"));
            out.println("    the same scoring.method helpers called directly, no Drools (DirectRules):");
            out.println("        " + id.rate("indicators/s"));
            out.printf(Locale.ROOT, "    Drools session / direct call: %.1f× the time (best against best); %s%n",
                    id.best() / ir.best(), identical);
            out.println("    (experiment, not what jixiao runs) the same rules with insert instead of insertLogical,"
                    + " i.e. without truth maintenance:");
            out.println("        " + perSecond(untracked, indicators).rate("indicators/s") + "; " + plainSame);
            allocation(book, scorer, data, indicators);
        } finally {
            pool.shutdownNow();
        }
        out.println();
        out.flush();
    }

    /** The packaged rules with every insertLogical( written as insert(: what truth maintenance costs. */
    private static RuleBook withoutTruthMaintenance() {
        List<RuleSource> sources = new ArrayList<>();
        for (RuleSource s : RuleSources.packaged()) {
            sources.add(new RuleSource(s.path(), s.text().replace("insertLogical(", "insert(")));
        }
        return RuleBook.build(sources);
    }

    /** Derived facts of the rule session and of the direct calls, compared as multisets. */
    static String compare(ScoringProfile profile, RuleBook book, List<Dept> data) {
        long facts = 0;
        for (Dept d : data) {
            Map<Object, Integer> drools = counts(RuleRun.run(book, d.facts()));
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

    private Stats rounds(ExecutorService pool, List<Dept> data, Consumer<Dept> work) throws Exception {
        Stats s = new Stats();
        for (int r = 0; r < o.warmup() + o.iterations(); r++) {
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
            if (r >= o.warmup()) {
                s.add((System.nanoTime() - t0) / 1e9);
            }
        }
        return s;
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
        out.printf(Locale.ROOT, "    allocated per indicator: Scorer.score %,d B · rule session %,d B · direct %,d B%n",
                (a1 - a0) / indicators, (a2 - a1) / indicators, (a3 - a2) / indicators);
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

    private void review() throws Exception {
        Path dir = o.dir() != null ? o.dir() : Path.of(System.getProperty("java.io.tmpdir"),
                "jixiao-bench-" + o.departments() + "x" + o.indicators() + "-seed" + o.seed());
        Path done = dir.resolve(".complete");
        if (!Files.exists(done)) {
            long t0 = System.nanoTime();
            GeneratedFiles.write(dir, new Generator(o.seed(), o.indicators()), o.departments(), o.threads(), true,
                    x -> { });
            Files.writeString(done, "generated by jixiao bench\n");
            out.printf(Locale.ROOT, "generated %s (%d × %d) in %.1f s%n", dir, o.departments(), o.indicators(),
                    (System.nanoTime() - t0) / 1e9);
        }
        Path report = Files.createTempFile("jixiao-bench-review", ".json");
        out.printf(Locale.ROOT, "(2) review of %d departments × %d indicators from files, wall time end to end%n",
                o.departments(), o.indicators());
        List<String> cmd = new ArrayList<>(launcher(List.of()));
        cmd.addAll(List.of("review", dir.toString(), "--format", "json", "-o", report.toString(), "--force",
                "--threads", String.valueOf(o.threads())));
        out.println("    $ " + String.join(" ", cmd));
        Stats fresh = timeProcess(cmd, o.iterations());
        out.println("    fresh JVM, JVM defaults:  " + fresh.seconds());
        if (Files.isExecutable(Path.of("jixiao")) && Files.isRegularFile(Path.of(CLI_JAR))) {
            List<String> viaLauncher = new ArrayList<>(List.of("./jixiao"));
            viaLauncher.addAll(cmd.subList(launcher(List.of()).size(), cmd.size()));
            out.println("    $ " + String.join(" ", viaLauncher));
            out.println("    fresh JVM, launcher (AppCDS, C1, serial GC):  " + timeProcess(viaLauncher, o.iterations())
                    .seconds());
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
        out.println("    in this JVM, rules compiled, after " + o.warmup() + " warm-up reviews (no report written): "
                + warm.seconds());
        out.printf(Locale.ROOT, "    → %,.0f departments/s, %,.0f indicators/s end to end (fresh JVM, best)%n",
                o.departments() / fresh.min(), (double) o.departments() * o.indicators() / fresh.min());
        for (String heap : List.of("-Xmx256m", "-Xmx128m")) {
            List<String> small = new ArrayList<>(launcher(List.of(heap)));
            small.addAll(cmd.subList(launcher(List.of()).size(), cmd.size()));
            long t0 = System.nanoTime();
            int code = exec(small);
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
        Path dir = (o.dir() != null ? o.dir() : Path.of(System.getProperty("java.io.tmpdir"),
                "jixiao-bench-" + o.departments() + "x" + o.indicators() + "-seed" + o.seed()))
                .resolveSibling((o.dir() != null ? o.dir().getFileName().toString() : "jixiao-bench-" + o.departments()
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
        out.printf(Locale.ROOT, "(2b) monitor DIR next to review DIR, %d departments × %d indicators from files, wall time"
                + " end to end, fresh JVMs taking turns%n", o.departments(), o.indicators());
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
        List<Stats> stats = new ArrayList<>();
        commands.forEach(c -> stats.add(new Stats()));
        for (List<String> cmd : commands) {
            exec(cmd); // discarded: warms the page cache, not the JVM
        }
        for (int r = 0; r < o.iterations(); r++) {
            for (int v = 0; v < commands.size(); v++) {
                long t0 = System.nanoTime();
                int code = exec(commands.get(v));
                stats.get(v).add((System.nanoTime() - t0) / 1e9);
                if (code != 0) {
                    out.println("        (exit " + code + ": " + commands.get(v).get(commands.get(v).indexOf(
                            dir.toString()) - 1) + ")");
                }
            }
        }
        for (int v = 0; v < commands.size(); v++) {
            out.println("    $ " + String.join(" ", commands.get(v)));
            out.println("        " + stats.get(v).seconds());
        }
        for (int v = 0; v + 1 < commands.size(); v += 2) {
            out.printf(Locale.ROOT, "    → monitor / review: %.2f (best), %.2f (median)%n",
                    stats.get(v + 1).min() / stats.get(v).min(), stats.get(v + 1).median() / stats.get(v).median());
        }
        RuleBook.packaged();
        Stats warm = new Stats();
        for (int r = 0; r < o.warmup() + o.iterations(); r++) {
            long t0 = System.nanoTime();
            io.jixiao.pipeline.Rechecker run = new io.jixiao.pipeline.Rechecker(new io.jixiao.pipeline.Pipeline(
                    io.jixiao.pipeline.Options.defaults(), RuleBook::packaged), o.threads());
            run.monitor(dir, run.findMonitored(dir), x -> { });
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
                + " discarded%n", targets, runs);
        List<String> args = List.of("score", targets.toString(), "--actuals", actuals.toString(), "--format", "json");
        Path jsa = Files.createTempFile("jixiao-bench", ".jsa");
        Files.delete(jsa);
        List<List<String>> variants = List.of(List.of(), List.of("-XX:TieredStopAtLevel=1"),
                List.of("-XX:SharedArchiveFile=" + jsa), List.of("-XX:SharedArchiveFile=" + jsa,
                        "-XX:TieredStopAtLevel=1"), List.of("-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC"));
        List<String> dump = new ArrayList<>(launcher(List.of("-XX:ArchiveClassesAtExit=" + jsa)));
        dump.addAll(args);
        exec(dump);
        out.println("    AppCDS archive made by: $ " + String.join(" ", dump) + (Files.exists(jsa)
                ? " (" + (Files.size(jsa) >> 20) + " MiB)" : " (FAILED: no archive)"));
        List<List<String>> commands = new ArrayList<>();
        for (List<String> jvm : variants) {
            if (Files.exists(jsa) || jvm.stream().noneMatch(x -> x.contains("SharedArchiveFile"))) {
                List<String> cmd = new ArrayList<>(launcher(jvm));
                cmd.addAll(args);
                commands.add(cmd);
            }
        }
        Path launcher = Path.of("jixiao");
        if (Files.isExecutable(launcher) && Files.isRegularFile(Path.of(CLI_JAR))) {
            List<String> cmd = new ArrayList<>(List.of("./jixiao"));
            cmd.addAll(args);
            commands.add(cmd); // the launcher: AppCDS archive made on its first run, C1 for one department
        }
        // round-robin, so that a busy moment on a shared machine hits every variant alike
        List<Stats> stats = new ArrayList<>();
        commands.forEach(c -> stats.add(new Stats()));
        for (List<String> cmd : commands) {
            exec(cmd); // discarded: warms the page cache, not the JVM
        }
        for (int r = 0; r < runs; r++) {
            for (int v = 0; v < commands.size(); v++) {
                long t0 = System.nanoTime();
                int code = exec(commands.get(v));
                stats.get(v).add((System.nanoTime() - t0) / 1e9);
                if (code != 0) {
                    out.println("        (exit " + code + ")");
                }
            }
        }
        for (int v = 0; v < commands.size(); v++) {
            out.println("    $ " + String.join(" ", commands.get(v)));
            out.println("        " + stats.get(v).seconds());
        }
        Files.deleteIfExists(jsa);
        if (tmp != null) {
            deleteTree(tmp);
        }
        out.println();
        out.flush();
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

    private Stats timeProcess(List<String> cmd, int runs) throws IOException, InterruptedException {
        exec(cmd); // discarded: warms the page cache, not the JVM
        Stats s = new Stats();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            int code = exec(cmd);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (code != 0) {
                out.println("        (exit " + code + ")");
            }
            s.add(seconds);
        }
        return s;
    }

    private static int exec(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
