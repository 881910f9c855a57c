package io.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.jixiao.problem.KpiException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The watch over every firing's time (RuleRun's one thread looking at a set of deadlines, docs/performance.md#watch):
 * a firing past its timeout is halted whenever it started — while the watch looks every few milliseconds, after it
 * has fallen asleep for want of firings, from several threads at once — and a firing that ends is no longer watched.
 */
class RuleWatchTest {

    private static RuleBook looping(Duration timeout) {
        return RuleLimitsTest.book(RuleLimitsTest.LOOP).withLimits(new RuleLimits(timeout, Integer.MAX_VALUE - 1));
    }

    /**
     * The looping session ends with KPI-0208; a watch that never stops it fails the test at 20 s instead of letting
     * the loop run its two billion firings.
     */
    private static void timesOut(RuleBook b) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> RuleRun.run(b, List.of()))
                .isInstanceOfSatisfying(KpiException.class, e -> assertThat(e.first().code()).isEqualTo("KPI-0208")));
    }

    @Test
    void aFiringIsHaltedAtItsTimeoutAlsoAfterTheWatchHasFallenAsleep() throws InterruptedException {
        RuleBook b = looping(Duration.ofMillis(150));
        long start = System.nanoTime();
        timesOut(b);
        // the halt comes at the timeout, plus the 100 ms the watchdog gives the next firing to name itself, plus a
        // look of the watch (50 ms at most): well under a second
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        // more than the watch's idle second without a firing: it sleeps until the next one wakes it
        Thread.sleep(1_500);
        long again = System.nanoTime();
        timesOut(b); // a watch that stayed asleep would let the loop run on

        assertThat(Duration.ofNanos(System.nanoTime() - again)).isLessThan(Duration.ofSeconds(5));
        assertThat(RuleRun.watched()).isZero();
    }

    /** An interrupt of the watch's thread neither stops it nor makes it spin (a park returns at once while one is set). */
    @Test
    void anInterruptedWatchKeepsWatchingWithoutSpinning() throws InterruptedException {
        RuleBook b = looping(Duration.ofMillis(150));
        timesOut(b); // the watch's thread is running
        Thread watch = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("jixiao-rule-watch")).findFirst().orElseThrow();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        watch.interrupt();
        long before = cpu.getThreadCpuTime(watch.getId());
        Thread.sleep(500);
        long spent = cpu.getThreadCpuTime(watch.getId()) - before;
        // a look every 50 ms costs microseconds; a thread spinning for 500 ms costs about 500 ms
        assertThat(Duration.ofNanos(spent)).isLessThan(Duration.ofMillis(100));
        timesOut(b);
    }

    @Test
    void firingsOfSeveralThreadsAreEachHaltedAndNoneStaysWatched() throws Exception {
        RuleBook loop = looping(Duration.ofMillis(200));
        RuleBook packaged = RuleBook.packaged();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                all.add(pool.submit(() -> timesOut(loop)));
                // sessions that end at once, watched and unwatched in between
                all.add(pool.submit(() -> {
                    for (int k = 0; k < 200; k++) {
                        RuleRun.run(packaged, List.of());
                    }
                }));
            }
            for (Future<?> f : all) {
                f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(RuleRun.watched()).isZero();
    }
}
