package io.jixiao.tools.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.jixiao.load.ActualsLoader;
import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.recheck.BureauReport;
import io.jixiao.recheck.Fixtures;
import io.jixiao.recheck.RecheckFinding;
import io.jixiao.rules.RuleBook;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.Scorer;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.value.ValueParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jixiao generate: reproducible from the seed, realistic, and every department loads and scores. */
class GeneratorTest {

    @TempDir
    static Path dir;
    static List<Generator.Department> departments = new ArrayList<>();

    @BeforeAll
    static void generate() {
        Generator g = new Generator(42, 40);
        for (int i = 0; i < 80; i++) {
            departments.add(g.department(i, 80));
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreads() throws IOException {
        GeneratedFiles.write(dir.resolve("a"), new Generator(5, 15), 12, 1, false, n -> { });
        GeneratedFiles.write(dir.resolve("b"), new Generator(5, 15), 12, 3, false, n -> { });
        GeneratedFiles.write(dir.resolve("c"), new Generator(6, 15), 12, 2, false, n -> { });
        List<Path> a = files(dir.resolve("a"));
        assertThat(a).hasSize(24);
        int differentFromC = 0;
        for (Path f : a) {
            Path rel = dir.resolve("a").relativize(f);
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(rel))).as(rel.toString()).isEqualTo(Files.readAllBytes(f));
            if (!Files.readString(dir.resolve("c").resolve(rel)).equals(Files.readString(f))) {
                differentFromC++;
            }
        }
        assertThat(differentFromC).as("another seed, other departments").isEqualTo(24);
    }

    @Test
    void withProgressTheOtherFilesAreTheSameBytesAndEveryProgressIsMonitored() throws IOException {
        GeneratedFiles.write(dir.resolve("plain"), new Generator(5, 15), 12, 2, false, n -> { });
        GeneratedFiles.write(dir.resolve("progress"), new Generator(5, 15), 12, 2, false, true, n -> { });
        List<Path> plain = files(dir.resolve("plain"));
        List<Path> withProgress = files(dir.resolve("progress"));
        assertThat(withProgress).hasSize(36);
        for (Path f : plain) {
            Path rel = dir.resolve("plain").relativize(f);
            assertThat(Files.readAllBytes(dir.resolve("progress").resolve(rel))).as(rel.toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
        io.jixiao.pipeline.Rechecker run = new io.jixiao.pipeline.Rechecker(new io.jixiao.pipeline.Pipeline(
                io.jixiao.pipeline.Options.defaults()), 2);
        io.jixiao.monitor.BureauMonitoring b = run.monitor(dir.resolve("progress"), folders -> { }, n -> { });
        assertThat(b.failed()).as(b.failed().toString()).isEmpty();
        assertThat(b.ranking()).hasSize(12);
        // realistic: red and yellow tables (a table of ten indicators is seldom all green), green indicators, months
        // that vary
        assertThat(b.lights().get(io.jixiao.monitor.Light.RED)).isPositive();
        assertThat(b.lights().get(io.jixiao.monitor.Light.YELLOW)).isPositive();
        assertThat(b.ranking().stream().mapToInt(r -> r.department().indicators() - r.department().redIndicators()
                - r.department().yellowIndicators()).sum()).isPositive();
        assertThat(b.ranking().stream().map(r -> r.department().month()).distinct().count()).isGreaterThan(1);
        // the same seed, the same progress
        assertThat(new Generator(5, 15).progress(3, 12)).isEqualTo(new Generator(5, 15).progress(3, 12));
    }

    @Test
    void aDepartmentDoesNotDependOnHowManyAreGenerated() {
        Generator g = new Generator(42, 40);
        assertThat(g.department(3, 5)).isEqualTo(departments.get(3));
    }

    @Test
    void everyDepartmentLoadsAndScoresWithoutErrors() {
        Scorer scorer = new Scorer(RuleBook.packaged(), ProfileLoader.load("national", null));
        for (Generator.Department d : departments) {
            LoadResult<DepartmentTargets> t = TargetsLoader.load(d.folder() + "/targets.yaml",
                    io.jixiao.load.YamlReader.parse(d.folder() + "/targets.yaml", d.targetsYaml()));
            LoadResult<DepartmentActuals> a = ActualsLoader.load(d.folder() + "/actuals.yaml",
                    io.jixiao.load.YamlReader.parse(d.folder() + "/actuals.yaml", d.actualsYaml()));
            assertThat(t.findings()).as(d.folder()).noneMatch(Finding::isError);
            assertThat(a.findings()).as(d.folder()).noneMatch(Finding::isError);
            DepartmentScore s = scorer.score(t.value(), a.value(), false);
            assertThat(s.hasErrors()).as(d.folder()).isFalse();
            assertThat(s.tables().stream().mapToInt(x -> x.indicators().size()).sum()).as(d.folder()).isEqualTo(40);
        }
    }

    @Test
    void departmentsAreUniqueAndVisiblySynthetic() {
        assertThat(departments).extracting(Generator.Department::name).doesNotHaveDuplicates()
                .allMatch(n -> n.contains("示范市"));
        assertThat(departments).allMatch(d -> d.targetsYaml().startsWith("# SYNTHETIC department")
                && d.actualsYaml().startsWith("# SYNTHETIC department"));
        assertThat(departments).extracting(Generator.Department::folder).startsWith("d0001", "d0002");
    }

    @Test
    void theValuesAreAsMessyAsRealTables() {
        String targets = String.join("\n", departments.stream().map(Generator.Department::targetsYaml).toList());
        String actuals = String.join("\n", departments.stream().map(Generator.Department::actualsYaml).toList());
        assertThat(targets).contains("≥0100%", "万条\"", "％\"", "不少于", "以上\"", "≤", "=24小时", "不超过", "万元\"",
                "每减少", "按规定执行得满分，否则不得分", "每增加1%，减数量分值的10%", "低于60%不得分", "\"优.良.中.差\"",
                "\"有效改善\"", "points: 10", "level2: \"服务对象满意度指标\"", "level1: \"部门产出\"");
        assertThat(targets).containsPattern("target: \"[≥]?[０-９]+");
        assertThat(actuals).contains("\"不适用\"", "\"完成\"", "\"达成\"", "\"部分达成\"", "\"未达成\"", "\"优\"", "\"良\"",
                "\"部分达成年度指标并具有一定效果\"", "小时\"", "元\"", "selfScores:");
        assertThat(actuals).containsPattern("\"[０-９]+[条个次件期台％]");
        assertThat(actuals).containsPattern("\"\\d+(\\.\\d+)?万条\"");
        assertThat(actuals).containsPattern("\"部分达成 \\d+%\"");
    }

    @Test
    void theReviewFindsTheDeliberateOverClaims() {
        GeneratedFiles.write(dir.resolve("review"), new Generator(42, 40), 80, 2, false, n -> { });
        BureauReport r = new Rechecker(new io.jixiao.pipeline.Pipeline(io.jixiao.pipeline.Options.defaults(), RuleBook::packaged), 2).run(dir.resolve("review"), n -> { });
        assertThat(r.failed()).isEmpty();
        assertThat(r.ranking()).hasSize(80);
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            if (k == RecheckFinding.Kind.SUSPECT) {
                // the generator writes honest departments: nothing in them may look suspect (no false alarm of the
                // plausibility checks, KPI-0139/0152/0153, on 80 departments); hostile ones are HostileReviewTest's
                assertThat(r.counts().get(k)).as(k.key()).isZero();
            } else {
                assertThat(r.counts().get(k)).as(k.key()).isPositive();
            }
        }
        assertThat(r.findings()).filteredOn(f -> f.kind() == RecheckFinding.Kind.SELF_SCORE)
                .anyMatch(f -> f.finding().message().contains("over-claimed"))
                .anyMatch(f -> f.finding().message().contains("under-claimed"));
    }

    @Test
    void flippableDepartmentsHaveTheBenchmarksShapeAndEachFlipCounts() {
        // WhatIfBenchmark: 200 indicators as 1 × 200 and as 10 × 20
        Generator g = new Generator(1, 200);
        for (int tables : new int[] {1, 10}) {
            Generator.Flippable f = g.flippable(0, tables);
            assertThat(f.flips()).hasSize(200).allMatch(x -> !x.low().equals(x.high()));
            assertThat(f.flips().stream().collect(java.util.stream.Collectors.groupingBy(Generator.Flip::table,
                    java.util.stream.Collectors.counting())).values()).hasSize(tables).containsOnly(200L / tables);
            assertThat(f.department().targetsYaml()).doesNotContain("overall:");
            assertThat(f.department().actualsYaml()).doesNotContain("selfScores:");
            String folder = f.department().folder();
            DepartmentTargets t = TargetsLoader.load(folder + "/targets.yaml",
                    io.jixiao.load.YamlReader.parse(folder + "/targets.yaml", f.department().targetsYaml())).orThrow();
            DepartmentActuals a = ActualsLoader.load(folder + "/actuals.yaml",
                    io.jixiao.load.YamlReader.parse(folder + "/actuals.yaml", f.department().actualsYaml())).orThrow();
            try (ScoringSession s = ScoringSession.open(RuleBook.packaged(), ProfileLoader.load("national", null), t, a,
                    false)) {
                DepartmentScore written = s.score();
                assertThat(written.hasErrors()).isFalse();
                // as written, every other indicator (the first, the third, …) is short of its target
                for (int i = 0; i < f.flips().size(); i += 2) {
                    Generator.Flip x = f.flips().get(i);
                    s.setActual(x.table(), x.key(), new ActualEntry(x.key(), x.high(), ValueParser.parse(x.high()).value(),
                            Location.of("test")));
                }
                assertThat(s.score().score()).as("%d tables, all met", tables).isGreaterThan(written.score());
            }
        }
    }

    @Test
    void theFilesMatchTheJsonSchemas() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Schema targets = schema("targets");
        Schema actuals = schema("actuals");
        for (Generator.Department d : departments.subList(0, 20)) {
            assertThat(targets.validate(yaml.readTree(d.targetsYaml()))).as(d.folder()).isEmpty();
            assertThat(actuals.validate(yaml.readTree(d.actualsYaml()))).as(d.folder()).isEmpty();
        }
    }

    private static Schema schema(String kind) throws IOException {
        try (InputStream in = Files.newInputStream(Fixtures.ROOT.resolve("indicators/schema/" + kind + ".schema.json"))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
