package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.Derive;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The scoring rule book's batch mode derives what truth maintenance derives (docs/scoring.md#batch): a session fired
 * once whose consequences insert plainly ({@link Derive.Mode#BATCH}, what {@code score}, {@code review} and the store
 * run) holds the same results and findings — as multisets, every component equal — as the same session inserting them
 * logically ({@link Derive.Mode#MAINTAINED}, what-if's way), for any actuals: the bundled departments under each built-in
 * profile with random changes of every kind of actual (measured near and far from the target, grades, 完成, 不适用,
 * text, numbers against text targets, 评（扣）分标准 and point standards as the departments write them, unknown
 * 全年执行数). It runs on the precompiled rules and, in the surefire execution rules-classic, on the DRL compiled at
 * run time.
 */
class DerivationProperties {

    @Property(tries = 150)
    void batchDerivesWhatTruthMaintenanceDerives(@ForAll @IntRange(max = 3) int department,
                                                 @ForAll @IntRange(max = 2) int profile,
                                                 @ForAll("changes") List<IncrementalScoringProperties.Change> changes) {
        IncrementalScoringProperties.Department d = IncrementalScoringProperties.load(department);
        ScoringProfile p = ProfileLoader.load(ProfileLoader.BUILT_IN.get(profile), Path.of("."));
        IncrementalScoringProperties.Actuals model = new IncrementalScoringProperties.Actuals(d.actuals());
        for (IncrementalScoringProperties.Change c : changes) {
            IncrementalScoringProperties.apply(d, c, model);
        }
        DepartmentActuals actuals = model.build();
        PreparedDepartment prepared = PreparedDepartment.prepare(d.targets(), actuals, p, false);
        List<Object> facts = new ArrayList<>();
        facts.add(p);
        int cases = 0;
        for (PreparedTable t : prepared.tables()) {
            facts.addAll(t.cases().values());
            cases += t.cases().size();
        }
        RuleBook book = RuleBook.packaged();
        assertThat(Derive.Mode.of(book)).isEqualTo(Derive.Mode.BATCH);

        Map<Object, Integer> batch = derived(book, facts, Derive.Mode.BATCH);
        Map<Object, Integer> maintained = derived(book, facts, Derive.Mode.MAINTAINED);

        assertThat(batch).isEqualTo(maintained);
        long results = batch.entrySet().stream().filter(e -> e.getKey() instanceof IndicatorResult)
                .mapToLong(Map.Entry::getValue).sum();
        assertThat(results).as("every case has its result").isEqualTo(cases);
        assertThat(batch.values()).as("no fact derived twice").allMatch(n -> n == 1);
    }

    @Provide
    Arbitrary<List<IncrementalScoringProperties.Change>> changes() {
        Arbitrary<IncrementalScoringProperties.Change> change = Combinators.combine(
                Arbitraries.of(false, false, false, false, true), Arbitraries.integers().between(0, 500),
                Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 9))
                .as(IncrementalScoringProperties.Change::new);
        return change.list().ofMinSize(0).ofMaxSize(12);
    }

    /** The results and findings the session derives, counted by equality. */
    private static Map<Object, Integer> derived(RuleBook book, List<Object> facts, Derive.Mode mode) {
        Map<Object, Integer> counts = new HashMap<>();
        RuleRun.run(book, facts, f -> {
            if (f instanceof IndicatorResult || f instanceof CaseFinding) {
                counts.merge(f, 1, Integer::sum);
            }
        }, mode);
        return counts;
    }
}
