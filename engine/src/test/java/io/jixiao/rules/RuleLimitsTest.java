package io.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.EngineFailure;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * User rules are trusted code, run within limits (docs/security.md#user-rules): a rule that re-activates itself
 * without end stops at the session's most firings (KPI-0207), a slow one at its timeout (KPI-0208), one that throws
 * is KPI-0204 — each naming the rule and placed at it in the user's file; a user's rule named like a packaged one
 * is blamed on the user's file (KPI-0211), and calls that end the process, start programs, touch files or threads
 * are refused where they are written (KPI-0209).
 */
class RuleLimitsTest {

    /** A rule that re-activates itself without end: only the firing limit or the timeout stops it. */
    static final String LOOP = """
            package province;
            import io.jixiao.scoring.ScoringCase;

            declare Tick
              n : int
            end

            rule "tick"
            when
                $t : Tick( n >= 0 )
            then
                modify( $t ) { setN( $t.getN() + 1 ) };
            end

            rule "start"
            when
                not Tick( )
            then
                insert( new Tick( 0 ) );
            end
            """;

    /** The packaged rules and {@code drl}, written in "mine.drl", compiled into one book. */
    static RuleBook book(String drl) {
        List<RuleSource> all = new ArrayList<>(RuleSources.packaged());
        all.add(new RuleSource("mine.drl", drl));
        return RuleBook.build(all);
    }

    @Test
    void aRuleThatReactivatesItselfStopsAtTheMostFiringsNamingIt() {
        RuleBook b = book(LOOP).withLimits(new RuleLimits(Duration.ofSeconds(30), 1000));
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(KpiException.class, e -> {
            Finding f = e.first();
            assertThat(f.code()).isEqualTo("KPI-0207");
            assertThat(f.message()).contains("1000", "'tick'");
            // rule "tick" is written on line 8, its name from column 7
            assertThat(f.location()).isEqualTo(new Location("mine.drl", 8, 7));
            assertThat(f.hint()).startsWith("Maybe");
        });
    }

    @Test
    void aRuleThatRunsPastItsTimeoutIsHaltedNamingIt() {
        RuleBook b = book(LOOP).withLimits(new RuleLimits(Duration.ofMillis(200), Integer.MAX_VALUE - 1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0208");
            assertThat(e.first().message()).contains("0.2 s", "'tick'");
            assertThat(e.first().location()).isEqualTo(new Location("mine.drl", 8, 7));
        });
        // halted, not run to the end of the firing limit (about two billion firings)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void aTimedOutRuleIsNamedEvenWhenItsNameIsNoJavaName() {
        // the rule on the firing thread's stack is found from its consequence class, Rule_<name with '_' for what
        // cannot be in a Java name>…: a name with Chinese, '-', ' ' and a second rule whose name starts the same
        String drl = LOOP.replace("rule \"tick\"", "rule \"计数-tick 1\"")
                .replace("rule \"start\"", "rule \"计数\"\nwhen\n    eval( false )\nthen\nend\n\nrule \"start\"");
        RuleBook b = book(drl).withLimits(new RuleLimits(Duration.ofMillis(200), Integer.MAX_VALUE - 1));
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0208");
            assertThat(e.first().message()).contains("'计数-tick 1'");
            assertThat(e.first().location()).isEqualTo(new Location("mine.drl", 8, 7));
        });
    }

    @Test
    void aConsequenceThatDoesNotReturnIsNamedFromTheStack() {
        // no firing follows a consequence that sleeps: the rule is the one on the firing thread's stack; halted at
        // 0.2 s, interrupted GRACE_MILLIS later, then reported as the timeout
        RuleBook b = book("""
                package province;

                rule "wait-$1 a"
                when
                then
                    java.util.concurrent.TimeUnit.MINUTES.sleep( 5 );
                end
                """).withLimits(new RuleLimits(Duration.ofMillis(200), 1000));
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0208");
            assertThat(e.first().message()).contains("'wait-$1 a'");
            assertThat(e.first().location()).isEqualTo(new Location("mine.drl", 3, 7));
        });
    }

    @Test
    void ruleNamesAreWrittenInClassNamesAsDroolsWritesThem() {
        // DialectUtil.normalizeRuleName: ' ' → '_'; with any character outside [A-Za-z0-9_]: '$' → _dollar_, a
        // character no Java name may hold → $u<its code>$ ('-' is 45); CJK characters are Java name characters
        assertThat(RuleBook.classPart("at least")).isEqualTo("at_least");
        assertThat(RuleBook.classPart("at-least")).isEqualTo("at$u45$least");
        assertThat(RuleBook.classPart("计数-tick 1")).isEqualTo("计数$u45$tick_1");
        assertThat(RuleBook.classPart("a$b")).isEqualTo("a_dollar_b");
        RuleBook b = book(LOOP.replace("rule \"start\"", "rule \"tick-2\"\nwhen\n    eval( false )\nthen\nend\n\n"
                + "rule \"start\""));
        assertThat(b.ruleOfClass("tick1234567")).isEqualTo("tick");
        assertThat(b.ruleOfClass("tick$u45$2887766DefaultConsequenceInvoker")).isEqualTo("tick-2");
        assertThat(b.ruleOfClass("tick$u45$2887766$1")).isEqualTo("tick-2");
        assertThat(b.ruleOfClass("tickle123")).isNull();
        assertThat(b.ruleOfClass("tick")).isNull();
    }

    @Test
    void aSessionStoppedHalfWayLeavesThePoolUsable() {
        RuleBook b = book(LOOP).withLimits(new RuleLimits(Duration.ofSeconds(30), 100));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOf(KpiException.class);
        }
        assertThat(RuleRun.run(RuleBook.packaged(), List.of())).isEmpty();
    }

    @Test
    void aRuleThatThrowsIsPlacedAtTheRule() {
        RuleBook b = book("""
                package province;

                rule "boom"
                when
                then
                    throw new IllegalStateException("boom");
                end
                """);
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(KpiException.class, e -> {
            assertThat(e.first().code()).isEqualTo("KPI-0204");
            assertThat(e.first().location()).isEqualTo(new Location("mine.drl", 3, 7));
            assertThat(e.first().message()).contains("'boom'", "IllegalStateException");
        });
    }

    @Test
    void aRuleThatRecursesWithoutEndIsAnEngineFailurePlacedAtTheRule() {
        // a stack overflow's trace holds only its deepest frames (the function), never the rule's consequence: the
        // rule is the one the session of user rules saw start
        RuleBook b = book("""
                package province;

                function int deeper(int n) { return deeper(n + 1) + 1; }
                rule "deep"
                when
                then
                    deeper(0);
                end
                """);
        assertThat(b.hasUserRules()).isTrue();
        assertThat(RuleBook.packaged().hasUserRules()).isFalse();
        assertThatThrownBy(() -> RuleRun.run(b, List.of())).isInstanceOfSatisfying(EngineFailure.class, e -> {
            assertThat(e.finding().code()).isEqualTo("KPI-0210");
            assertThat(e.finding().location()).isEqualTo(new Location("mine.drl", 4, 7));
            assertThat(e.finding().message()).contains("'deep'", "StackOverflowError");
        });
    }

    @Test
    void limitsAreChecked() {
        assertThatThrownBy(() -> new RuleLimits(Duration.ZERO, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleLimits(Duration.ofHours(2), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RuleLimits(Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RuleLimits.DEFAULT.timeout()).isEqualTo(Duration.ofSeconds(30));
    }

    // ---- the checks of a user's DRL before it is compiled -----------------------------------------

    private static List<Finding> check(String drl) {
        return UserRules.check(List.of(new RuleSource("mine.drl", drl)), RuleSources.packaged());
    }

    @Test
    void aUserRuleNamedLikeAPackagedOneIsBlamedOnTheUsersFile() {
        List<Finding> f = check("package province;\n\nrule \"at-least\"\nwhen\nthen\nend\n");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.code()).isEqualTo("KPI-0211");
            assertThat(x.location()).isEqualTo(new Location("mine.drl", 3, 7));
            assertThat(x.message()).contains("rules/scoring/quantitative.drl");
        });
        // through RuleBook.with, which is what --rules uses: the user's file, not the packaged one
        assertThat(check("package other;\nrule at-most\nwhen\nthen\nend\n")).extracting(Finding::code)
                .containsExactly("KPI-0211");
    }

    @Test
    void callsThatHarmTheRunAreRefusedWhereTheyAreWritten() {
        assertThat(check("rule \"x\"\nwhen\nthen\n    System . exit( 1 );\nend\n")).singleElement()
                .satisfies(x -> {
                    assertThat(x.code()).isEqualTo("KPI-0209");
                    assertThat(x.location()).isEqualTo(new Location("mine.drl", 4, 5));
                    assertThat(x.message()).contains("System.exit");
                });
        assertThat(check("import java.io.File;\nrule \"x\"\nwhen\nthen\nend\n")).extracting(Finding::code)
                .containsExactly("KPI-0209");
        assertThat(check("rule \"x\"\nwhen\nthen\n    \\u0052untime.getRuntime().halt(0);\nend\n"))
                .extracting(Finding::code).containsExactly("KPI-0209");
    }

    @Test
    void wordsInCommentsAndStringsAreNotCalls() {
        assertThat(check("""
                // this rule never calls System.exit or writes a File
                /* nor Runtime, nor a Thread */
                rule "message"
                when
                then
                    System.out.println("File, Thread and Runtime are only words here");
                end
                """)).isEmpty();
        // the packaged rules and the examples pass the same check
        assertThat(UserRules.check(RuleSources.packaged(), List.of())).isEmpty();
    }
}
