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
            """;

    private static final RuleBook BOOK = RuleBook.build(List.of(new RuleSource("derive.drl", DRL)));

    private static List<Object> run(Derive.Mode mode) {
        List<Object> facts = new ArrayList<>();
        RuleRun.run(BOOK, List.of("gone", "kept!"), facts::add, mode);
        return facts;
    }

    @Test
    void aBatchKeepsWhatItDerivedFromAFactDeletedLater() {
        assertThat(run(Derive.Mode.BATCH)).containsExactlyInAnyOrder("kept!", 5, 4);
    }

    @Test
    void truthMaintenanceRetractsWhatWasDerivedFromADeletedFact() {
        assertThat(run(Derive.Mode.MAINTAINED)).containsExactlyInAnyOrder("kept!", 5);
    }

    @Test
    void userRulesRunMaintainedThePackagedRulesBatch() {
        assertThat(BOOK.hasUserRules()).isTrue();
        assertThat(Derive.Mode.of(BOOK)).isEqualTo(Derive.Mode.MAINTAINED);
        assertThat(RuleRun.run(BOOK, List.of("gone", "kept!"))).containsExactlyInAnyOrder("kept!", 5);
        assertThat(Derive.Mode.of(RuleBook.packaged())).isEqualTo(Derive.Mode.BATCH);
    }

    @Test
    void aLongLivedSessionFiresMaintainedAndTheThreadsModeIsRestored() {
        KieSession session = BOOK.kieBase().newKieSession();
        try {
            session.insert("gone");
            session.insert("kept!");
            boolean had = Derive.enter(true); // as if inside a batch run on this thread
            try {
                RuleRun.fire(session, BOOK);
                assertThat(Derive.batch()).isTrue();
            } finally {
                Derive.restore(had);
            }
            assertThat(new ArrayList<Object>(session.getObjects())).containsExactlyInAnyOrder("kept!", 5);
        } finally {
            session.dispose();
        }
        run(Derive.Mode.BATCH);
        assertThat(Derive.batch()).isFalse();
    }
}
