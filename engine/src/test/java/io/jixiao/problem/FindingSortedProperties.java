package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Finding#sorted}: the list a stable sort by {@link Finding#ORDER} gives, whether the findings came in order
 * (as lists joined from sorted ones do, which it then checks instead of sorting) or not; unmodifiable either way.
 */
class FindingSortedProperties {

    @Property(tries = 1000)
    void theSameListAsAStableSort(@ForAll("findings") List<Finding> findings) {
        assertThat(Finding.sorted(findings)).containsExactlyElementsOf(findings.stream().sorted(Finding.ORDER).toList());
    }

    @Property(tries = 300)
    void aListInOrderComesBackAsItIs(@ForAll("findings") List<Finding> findings) {
        List<Finding> inOrder = findings.stream().sorted(Finding.ORDER).toList();
        List<Finding> again = Finding.sorted(inOrder);
        assertThat(again).containsExactlyElementsOf(inOrder);
        // element for element the same objects (equal findings in their first order: the sort is stable)
        for (int i = 0; i < again.size(); i++) {
            assertThat(again.get(i)).isSameAs(inOrder.get(i));
        }
        assertThatThrownBy(() -> again.add(inOrder.isEmpty() ? null : inOrder.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** ORDER as a chain of comparators, key by key, as it was before it became one method (files in natural order). */
    private static final Comparator<Finding> CHAIN = Comparator
            .comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    @Property(tries = 3000)
    void orderComparesAsTheChainOfKeys(@ForAll("finding") Finding a, @ForAll("finding") Finding b) {
        assertThat(Integer.signum(Finding.ORDER.compare(a, b))).isEqualTo(Integer.signum(CHAIN.compare(a, b)));
    }

    @Provide
    Arbitrary<Finding> finding() {
        Arbitrary<Location> at = Combinators.combine(Arbitraries.of("a.yaml", "b.yaml", "a/b.yaml", ""),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2)).as(Location::new);
        return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of("KPI-0101", "KPI-0110", "KPI-0120"),
                Arbitraries.of("x", "y", "z", "甲"), at).as((s, code, message, where) -> new Finding(s, code, message, "",
                where));
    }

    @Provide
    Arbitrary<List<Finding>> findings() {
        // few files, lines, columns, codes and messages, so that ties are frequent and each key decides some pairs
        Arbitrary<Location> at = Combinators.combine(Arbitraries.of("a.yaml", "b.yaml", "a.yaml"),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2)).as(Location::new);
        Arbitrary<Finding> finding = Combinators.combine(Arbitraries.of(Severity.class),
                Arbitraries.of("KPI-0101", "KPI-0110", "KPI-0120"), Arbitraries.of("x", "y", "z"), at)
                .as((s, code, message, where) -> new Finding(s, code, message, "", where));
        return finding.list().ofMaxSize(30).map(ArrayList::new);
    }
}
