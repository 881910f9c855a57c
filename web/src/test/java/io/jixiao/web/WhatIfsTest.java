package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.api.Scenario;
import io.jixiao.api.WhatIf;
import io.jixiao.store.Users;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The open what-ifs: one per login, reused without the shared lock, bounded in number and idle time, and a what-if
 * closed under a request's feet opened again rather than used closed.
 */
class WhatIfsTest {

    static final Path G2023 = Path.of("..", "indicators", "guangyang", "2023");

    final AtomicLong clock = new AtomicLong(1_000_000);
    final AtomicInteger opened = new AtomicInteger();
    final WhatIfs whatIfs = new WhatIfs(2, 600_000, clock::get);

    @AfterEach
    void close() {
        whatIfs.closeAll();
    }

    static WebSession login(String name) {
        return new WebSession(name, new Account(name, Users.Role.BUREAU, null), "csrf", 0);
    }

    WhatIfs.Open open(int revision) {
        opened.incrementAndGet();
        WhatIf w = Scenario.of(G2023.resolve("targets.yaml"), G2023.resolve("actuals-example.yaml")).open();
        return new WhatIfs.Open("广阳", 2023, revision, w, w.score(), clock.get());
    }

    @Test
    void aLoginKeepsItsWhatIfUntilTheRevisionChanges() {
        WebSession s = login("a");
        WhatIfs.Open first = whatIfs.of(s, "广阳", 2023, 1, () -> open(1));
        assertThat(whatIfs.of(s, "广阳", 2023, 1, () -> open(1))).isSameAs(first);
        assertThat(opened).hasValue(1);
        // a new revision (a submission): a new what-if, the old one closed
        WhatIfs.Open second = whatIfs.of(s, "广阳", 2023, 2, () -> open(2));
        assertThat(second).isNotSameAs(first);
        assertThat(opened).hasValue(2);
        assertThat(whatIfs.open()).isEqualTo(1);
    }

    @Test
    void atMostMaxAreOpenAndAnIdleOneMakesRoom() {
        whatIfs.of(login("a"), "广阳", 2023, 1, () -> open(1));
        whatIfs.of(login("b"), "广阳", 2023, 1, () -> open(1));
        assertThatThrownBy(() -> whatIfs.of(login("c"), "广阳", 2023, 1, () -> open(1)))
                .isInstanceOf(WhatIfs.Full.class).hasMessageContaining("2");
        // ten minutes and a millisecond unused: a and b are idle, c gets a slot
        clock.addAndGet(600_001);
        whatIfs.of(login("c"), "广阳", 2023, 1, () -> open(1));
        assertThat(whatIfs.open()).isEqualTo(1);
    }

    @Test
    void theSharedLookForIdleOnesRunsAtMostOnceASecond() {
        // idle after 100 ms here
        WhatIfs quick = new WhatIfs(2, 100, clock::get);
        try {
            WebSession a = login("a");
            WebSession b = login("b");
            quick.of(a, "广阳", 2023, 1, () -> open(1));
            quick.of(b, "广阳", 2023, 1, () -> open(1));
            // 500 ms on, b is idle, but a's request does not look for idle ones (the last look was 500 ms ago)
            clock.addAndGet(500);
            quick.of(a, "广阳", 2023, 1, () -> open(1));
            assertThat(quick.open()).isEqualTo(2);
            // 1000 ms after the last look, a's request looks: b is closed
            clock.addAndGet(WhatIfs.SWEEP_EVERY_MS - 500);
            quick.of(a, "广阳", 2023, 1, () -> open(1));
            assertThat(quick.open()).isEqualTo(1);
            assertThat(b.whatIf).isNull();
        } finally {
            quick.closeAll();
        }
    }

    @Test
    void aWhatIfClosedBeforeTheRequestWorksOnItIsOpenedAgain() {
        WebSession s = login("a");
        WhatIfs.Open first = whatIfs.of(s, "广阳", 2023, 1, () -> open(1));
        // a logout in a second tab closes it after this request read it: the request must not work on it closed
        whatIfs.drop(s);
        s.whatIf = first;
        WhatIfs.Open[] used = new WhatIfs.Open[1];
        String score = whatIfs.with(s, "广阳", 2023, 1, () -> open(1), o -> {
            used[0] = o;
            return o.session.score().rounded().toPlainString();
        });
        assertThat(used[0]).isNotSameAs(first);
        // 90.78: 广阳 2023's score with its example actuals (docs/web.md)
        assertThat(score).isEqualTo("90.78");
        assertThat(opened).hasValue(2);
        assertThat(whatIfs.open()).isEqualTo(1);
    }
}
