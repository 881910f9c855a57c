package io.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * {@link Derive} inserts by the session's mode: plainly in a batch run, logically in a maintained one and in every
 * session fired through {@link RuleRun#fire} (what-if). A book with user rules runs maintained by default, the
 * packaged rules batch. The rules here derive a fact from an input that a second rule then deletes: truth maintenance
 * retracts what was derived from it, a batch keeps it — which is why the packaged rules that call Derive match only
 * input facts that nothing deletes (DerivationProperties holds the packaged ones to the same facts both ways).
 */
class DeriveTest {

    private static final String DRL = """
            package derive.test;
            import io.jixiao.rules.Derive;

            rule "length" salience 10
            when
                $s : String( )
            then
                Derive.fact( drools, Integer.valueOf( $s.length() ) );
            end

            rule "withdraw" salience 0
            when
                $s : String( this == "gone" )
            then
                delete( $s );
            end

            rule "long" salience 5
            when
                $n : Integer( this >= 5 )
                not Boolean( )
            then
                Derive.fact( drools, Long.valueOf( $n.longValue() * 10 ) );
            end
            """;

    /** The same rule base without the rule "long": no rule matches a derived Integer or Long. */
    private static final RuleBook PLAIN = RuleBook.build(List.of(new RuleSource("derive.drl",
            DRL.substring(0, DRL.indexOf("rule \"long\"")))));

    private static final RuleBook BOOK = RuleBook.build(List.of(new RuleSource("derive.drl", DRL)));

    private static List<Object> run(RuleBook book, Derive.Mode mode) {
        List<Object> facts = new ArrayList<>();
        RuleRun.run(book, List.of("gone", "kept!"), facts::add, mode);
        return facts;
    }

    @Test
    void aBatchKeepsWhatItDerivedFromAFactDeletedLater() {
        assertThat(run(PLAIN, Derive.Mode.BATCH)).containsExactlyInAnyOrder("kept!", 5, 4);
    }

    @Test
    void truthMaintenanceRetractsWhatWasDerivedFromADeletedFact() {
        assertThat(run(PLAIN, Derive.Mode.MAINTAINED)).containsExactlyInAnyOrder("kept!", 5);
    }

    @Test
    void aDerivedFactARuleMatchesEntersTheBatchSessionAndOnlyThen() {
        // "long" matches an Integer ≥ 5: the Integer 5 must be in the session for it to fire; its Long no rule matches
        assertThat(PLAIN.matched(Integer.class)).isFalse();
        assertThat(PLAIN.matched(Boolean.class)).isFalse();
        assertThat(BOOK.matched(Integer.class)).isTrue();
        assertThat(BOOK.matched(Boolean.class)).as("a pattern inside not").isTrue();
        assertThat(BOOK.matched(Long.class)).isFalse();
        assertThat(BOOK.matched(String.class)).isTrue();
        assertThat(run(BOOK, Derive.Mode.BATCH)).containsExactlyInAnyOrder("kept!", 5, 4, 50L);
        assertThat(run(BOOK, Derive.Mode.MAINTAINED)).containsExactlyInAnyOrder("kept!", 5, 50L);
    }

    @Test
    void thePackagedScoringRulesMatchNoneOfWhatTheyDerive() {
        RuleBook packaged = RuleBook.packaged();
        assertThat(packaged.matched(io.jixiao.scoring.ScoringCase.class)).isTrue();
        assertThat(packaged.matched(io.jixiao.scoring.IndicatorResult.class)).isFalse();
        assertThat(packaged.matched(io.jixiao.scoring.CaseFinding.class)).isFalse();
    }

    @Test
    void userRulesRunMaintainedThePackagedRulesBatch() {
        assertThat(BOOK.hasUserRules()).isTrue();
        assertThat(Derive.Mode.of(BOOK)).isEqualTo(Derive.Mode.MAINTAINED);
        assertThat(RuleRun.run(BOOK, List.of("gone", "kept!"))).containsExactlyInAnyOrder("kept!", 5, 50L);
        assertThat(Derive.Mode.of(RuleBook.packaged())).isEqualTo(Derive.Mode.BATCH);
    }

    @Test
    void aLongLivedSessionFiresMaintainedAndTheThreadsModeIsRestored() {
        KieSession session = BOOK.kieBase().newKieSession();
        try {
            session.insert("gone");
            session.insert("kept!");
            Derive.Batch had = Derive.enter(new Derive.Batch(BOOK, 1)); // as if inside a batch run on this thread
            try {
                RuleRun.fire(session, BOOK);
                assertThat(Derive.batch()).isTrue();
            } finally {
                Derive.restore(had);
            }
            assertThat(new ArrayList<Object>(session.getObjects())).containsExactlyInAnyOrder("kept!", 5, 50L);
        } finally {
            session.dispose();
        }
        run(BOOK, Derive.Mode.BATCH);
        assertThat(Derive.batch()).isFalse();
    }
}
