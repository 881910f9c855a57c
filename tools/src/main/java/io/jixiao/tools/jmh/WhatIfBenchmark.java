package io.jixiao.tools.jmh;

import io.jixiao.api.Result;
import io.jixiao.api.Scenario;
import io.jixiao.api.WhatIf;
import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Location;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.tools.generate.Generator;
import io.jixiao.value.ValueParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of one what-if change + re-score on a 200-indicator synthetic department (SampleTime: JMH reports
 * the distribution, p0.50 and p0.99 among it), made by the generator of {@code jixiao generate}
 * ({@link Generator#flippable}). Each call flips one indicator between short of and meeting its target
 * (rotating through all 200), then scores the department: the rules re-fire for that indicator, its table is
 * re-summed, and the department total is formed again — a full {@link Result} ({@link WhatIf#score()}, the fast
 * path: scoring only, no 审核 or 复核).
 *
 * <p>{@code tables=1}: the 200 indicators in one table (the worst case for re-summing a table);
 * {@code tables=10}: ten tables of 20, department score budget-weighted.
 *
 * <p>Run: {@code ./mvnw -B -q -DskipTests -pl tools -am package && java -cp tools/target/jixiao-tools.jar
 * org.openjdk.jmh.Main WhatIf}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WhatIfBenchmark {

    @Param({"200"})
    int indicators;

    @Param({"1", "10"})
    int tables;

    /** The generator's seed: the same department on every run. */
    private static final long SEED = 1;

    private WhatIf whatIf;
    private ScoringSession session;
    private ActualEntry[][] entry;
    private String[] table;
    private String[] key;
    private String[][] value;
    private boolean[] high;
    private int next;

    @Setup(Level.Trial)
    public void open() throws IOException {
        Generator.Flippable department = new Generator(SEED, indicators).flippable(0, tables);
        Path dir = Files.createTempDirectory("jixiao-bench");
        Files.writeString(dir.resolve("targets.yaml"), department.department().targetsYaml(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("actuals.yaml"), department.department().actualsYaml(), StandardCharsets.UTF_8);
        whatIf = Scenario.of(dir.resolve("targets.yaml"), dir.resolve("actuals.yaml")).open();
        Result first = whatIf.score();
        if (!first.ok()) {
            throw new IllegalStateException("synthetic department does not score cleanly: " + first.findings());
        }
        DepartmentTargets targets = TargetsLoader.load(dir.resolve("targets.yaml")).orThrow();
        session = ScoringSession.open(RuleBook.packaged(), ProfileLoader.load("national", null), targets,
                ActualsLoader.load(dir.resolve("actuals.yaml")).orThrow(), false);
        session.score();
        entry = new ActualEntry[indicators][];
        high = new boolean[indicators];
        table = new String[indicators];
        key = new String[indicators];
        value = new String[indicators][];
        for (int i = 0; i < indicators; i++) {
            Generator.Flip flip = department.flips().get(i);
            high[i] = i % 2 != 0; // as flippable writes the actuals: every other indicator short of its target
            table[i] = flip.table();
            key[i] = flip.key();
            value[i] = new String[] {flip.low(), flip.high()};
            entry[i] = new ActualEntry[] {entry(key[i], value[i][0]), entry(key[i], value[i][1])};
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        whatIf.close();
        session.close();
    }

    private static ActualEntry entry(String key, String text) {
        return new ActualEntry(key, text, ValueParser.parse(text).value(), Location.of("bench"));
    }

    /**
     * The same change straight on the engine's {@link ScoringSession}, the value parsed beforehand: what the
     * rule session and the re-summing cost without the API's look-ups and value parsing.
     */
    @Benchmark
    public DepartmentScore sessionChangeAndRescore() {
        int i = next;
        next = (next + 1) % indicators;
        high[i] = !high[i];
        session.setActual(table[i], key[i], entry[i][high[i] ? 1 : 0]);
        return session.score();
    }

    /** One change through the public API (table and indicator looked up, the value parsed) + re-score. */
    @Benchmark
    public Result changeAndRescore() {
        int i = next;
        next = (next + 1) % indicators;
        high[i] = !high[i];
        return whatIf.set(table[i], key[i], value[i][high[i] ? 1 : 0]).score();
    }
}
