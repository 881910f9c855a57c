package io.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Where rules are written: read from the DRL when first asked, once, and the same places as before. */
class RuleLocationsTest {

    private static final RuleSource MINE = new RuleSource("mine.drl", """
            package mine;

            rule "first"
            when
            then
            end

            // rule "commented" is no rule
              rule 'second'
            when
            then
            end
            """);

    @Test
    void theRulesAreNotReadUntilAPlaceIsAskedForAndThenOnce() {
        AtomicInteger reads = new AtomicInteger();
        RuleLocations at = RuleLocations.of(counting(reads));
        assertThat(reads).hasValue(0);
        Map<String, Location> m = at.get();
        // "first" on line 3 after `rule "` (7 characters); 'second' on line 9 after two spaces and `rule '`
        assertThat(m).containsExactlyInAnyOrderEntriesOf(Map.of("first", new Location("mine.drl", 3, 7),
                "second", new Location("mine.drl", 9, 9)));
        assertThat(at.get()).isSameAs(m);
        assertThat(reads).hasValue(1);
    }

    @Test
    void threadsAskingAtOnceReadTheRulesOnce() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        RuleLocations at = RuleLocations.of(counting(reads));
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<Map<String, Location>> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                seen.add(at.get());
            });
            t.start();
            threads.add(t);
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(reads).hasValue(1);
        assertThat(seen).hasSize(8).allSatisfy(m -> assertThat(m).isSameAs(seen.get(0)));
    }

    @Test
    void thePackagedBookLocatesItsRulesInTheirFiles() {
        // rules/monitoring/indicator-light.drl, line 16: `rule "indicator-light-green"`, the name from column 7
        Location green = RuleBook.packaged().locate("indicator-light-green");
        assertThat(green.file()).endsWith("monitoring/indicator-light.drl");
        assertThat(green.line()).isEqualTo(16);
        assertThat(green.column()).isEqualTo(7);
        assertThat(RuleBook.packaged().locate("no such rule")).isEqualTo(Location.UNKNOWN);
    }

    private static Supplier<List<RuleSource>> counting(AtomicInteger reads) {
        return () -> {
            reads.incrementAndGet();
            return List.of(MINE);
        };
    }
}
