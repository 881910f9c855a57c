package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.Source;
import io.jixiao.pipeline.Monitored;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.problem.Language;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A monitoring's explanations are values ({@link Words}), put into words when shown — so that {@code monitor DIR},
 * which shows none, fills no text — and equal when they say the same (what the session's truth maintenance compares).
 */
class MonitorWordsTest {

    private static final Path DIR = Path.of("src/test/resources/fixtures/monitor/huangshi");

    @AfterEach
    void english() {
        Language.use(Language.EN);
    }

    private static DepartmentMonitoring monitor() {
        Monitored m = new Pipeline(Options.defaults()).monitor(Source.file(DIR.resolve("targets.yaml")),
                Source.file(DIR.resolve("progress.yaml")));
        assertThat(m.errors()).isEmpty();
        return m.monitoring();
    }

    @Test
    void aLineIsWordedInTheLanguageCurrentWhenItIsShown() {
        DepartmentMonitoring d = monitor(); // made in English
        TableMonitoring t = d.tables().get(0);
        IndicatorMonitoring cost = t.indicators().get(0);
        assertThat(cost.explanation()).contains("→ green");
        Language.use(Language.ZH);
        // the same values, shown in Chinese: words made eagerly would still be English
        assertThat(cost.explanation()).contains("绿灯").doesNotContain("green");
        assertThat(t.budgetExplanation()).contains("黄灯").doesNotContain("yellow");
        assertThat(t.paceExplanation()).doesNotContain("pace");
        Language.use(Language.EN);
        assertThat(t.budgetExplanation()).contains("10 < behind by 10.20 ≤ 20 points → yellow");
    }

    @Test
    void twoMonitoringsOfTheSameFilesHaveEqualWords() {
        DepartmentMonitoring a = monitor();
        DepartmentMonitoring b = monitor();
        for (int i = 0; i < a.tables().size(); i++) {
            TableMonitoring ta = a.tables().get(i);
            TableMonitoring tb = b.tables().get(i);
            assertThat(ta.budgetWhy()).isEqualTo(tb.budgetWhy()).hasSameHashCodeAs(tb.budgetWhy());
            assertThat(ta.paceWhy()).isEqualTo(tb.paceWhy());
            for (int k = 0; k < ta.indicators().size(); k++) {
                assertThat(ta.indicators().get(k).why()).isEqualTo(tb.indicators().get(k).why())
                        .hasSameHashCodeAs(tb.indicators().get(k).why());
            }
        }
    }

    @Test
    void wordsDifferWhenTheirNumbersDo() {
        assertThat(Paces.explainMonthPace(6, Paces.ofMonth(6))).isEqualTo(Paces.explainMonthPace(6, Paces.ofMonth(6)))
                .isNotEqualTo(Paces.explainMonthPace(7, Paces.ofMonth(7)));
        assertThat(Paces.explainGoal(BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN))
                .isNotEqualTo(Paces.explainGoal(BigDecimal.ONE, BigDecimal.TEN, new BigDecimal("10.5")));
        // 6/12 = 50%, shown with 2 places
        assertThat(Paces.explainMonthPace(6, Paces.ofMonth(6)).text()).isEqualTo("pace 6/12 = 50.00%");
        assertThat(Words.NONE.text()).isEmpty();
    }
}
