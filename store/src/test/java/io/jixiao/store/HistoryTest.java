package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.Location;
import io.jixiao.value.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** History.compare, case by case: which pairs of years give which changes. */
class HistoryTest {

    static History.Year year(int y, String table, History.Line... lines) {
        return new History.Year(y, null, null, List.of(new History.Table(table, null, null, List.of(lines))));
    }

    /** @param cost a 成本指标 of money: scoring reads it ≤ without a comparator (Direction), else ≥ */
    static History.Line line(String name, String target, String actual, boolean cost) {
        Comparator written = target.startsWith("≤") ? Comparator.LE : target.startsWith("=") ? Comparator.EQ
                : target.startsWith("≥") ? Comparator.GE : null;
        return new History.Line(name, target, actual, written != null ? written : cost ? Comparator.LE : Comparator.GE,
                Location.of("t.yaml"));
    }

    static Stream<Arguments> pairs() {
        return Stream.of(
                // name, last target, last actual, cost, this target, expected kinds
                Arguments.of("a count lowered", "≥2万条", null, false, "≥1.8万条", List.of("target-lowered")),
                Arguments.of("the same count in other units", "≥2万条", null, false, "≥20000条", List.of()),
                Arguments.of("a count raised", "≥2万条", null, false, "≥2.1万条", List.of()),
                Arguments.of("below last actual only", "≥95%", "96%", false, "≥95%", List.of("target-below-last-actual")),
                Arguments.of("at last actual", "≥95%", "96%", false, "≥96%", List.of()),
                Arguments.of("lowered and below last actual", "≥2万条", "19950条", false, "≥1.8万条",
                        List.of("target-lowered", "target-below-last-actual")),
                Arguments.of("a deadline loosened (≤, minutes against hours)", "≤30分钟", null, false, "≤1小时",
                        List.of("target-lowered")),
                Arguments.of("a deadline kept in other units", "≤30分钟", null, false, "≤0.5小时", List.of()),
                Arguments.of("a cost cap raised: 成本 reads ≤ without a comparator", "20万元", null, true, "220000元",
                        List.of("target-lowered")),
                Arguments.of("a cost cap cut", "≤20万元", "19.6万元", true, "≤19万元", List.of()),
                Arguments.of("words do not compare", "有效改善", "达成", false, "有效改善", List.of()),
                Arguments.of("an actual in words does not compare", "≥95%", "达成", false, "≥90%", List.of("target-lowered")),
                Arguments.of("units that measure different things do not compare", "≥20条", null, false, "≥10小时", List.of()),
                Arguments.of("an exact target has no direction", "=24小时", "24小时", false, "=20小时", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void changesOfOneIndicator(String name, String lastTarget, String lastActual, boolean cost, String target,
                               List<String> kinds) {
        History.Year last = year(2023, "部门整体", line("指标", lastTarget, lastActual, cost));
        History.Year now = year(2024, "部门整体", line("指标", target, null, cost));
        assertThat(History.compare(last, now)).extracting(History.Change::kind).containsExactlyElementsOf(kinds);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void everyChangeNamesTheLaterYearAndBothValues(String name, String lastTarget, String lastActual, boolean cost,
                                                   String target, List<String> kinds) {
        History.Year last = year(2023, "部门整体", line("指标", lastTarget, lastActual, cost));
        History.Year now = year(2024, "部门整体", line("指标", target, null, cost));
        for (History.Change c : History.compare(last, now)) {
            assertThat(c.year()).isEqualTo(2024);
            assertThat(c.lastYear()).isEqualTo(2023);
            assertThat(c.to()).isEqualTo(target);
            assertThat(c.from()).isEqualTo(c.kind().equals("target-lowered") ? lastTarget : lastActual);
        }
    }

    @org.junit.jupiter.api.Test
    void indicatorsAreMatchedByTableAndNameWhateverTheWidthAndSpacing() {
        History.Year last = year(2023, "项目Ａ", line("全年 监测数量", "≥10条", null, false),
                line("旧指标", "≥1个", null, false));
        History.Year now = year(2024, "项目A", line("全年监测数量", "≥9条", null, false), line("新指标", "≥1个", null, false));
        assertThat(History.compare(last, now)).extracting(History.Change::indicator, History.Change::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("全年监测数量", "target-lowered"),
                        org.assertj.core.groups.Tuple.tuple("新指标", "added"),
                        org.assertj.core.groups.Tuple.tuple("旧指标", "dropped"));
    }

    @org.junit.jupiter.api.Test
    void theSameNameTwiceInATableIsMatchedInOrder() {
        History.Year last = year(2023, "T", line("满意度", "≥90%", null, false), line("满意度", "≥80%", null, false));
        History.Year now = year(2024, "T", line("满意度", "≥90%", null, false), line("满意度", "≥70%", null, false));
        assertThat(History.compare(last, now)).extracting(History.Change::from, History.Change::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("≥80%", "≥70%"));
    }
}
