package io.jixiao.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.rules.RuleLimits;
import io.jixiao.value.Dimension;
import io.jixiao.value.Unit;
import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The records whose equals and hashCode are written out (docs/performance.md#record-methods) — {@link Location},
 * {@link Unit}, {@link RuleLimits} — compare and hash as the records the compiler makes of the same components: each
 * is checked against a record of its components declared here, whose methods are the generated ones.
 */
class RecordMethodsProperties {

    private record LocationAsRecord(String file, int line, int column) {
    }

    private record UnitAsRecord(String symbol, Dimension dimension, String base, BigDecimal factor, BigDecimal per) {
    }

    private record LimitsAsRecord(Duration timeout, long maxFirings) {
    }

    @Property(tries = 2000)
    void locationsCompareAndHashAsTheRecord(@ForAll("files") String f1, @ForAll("small") int l1, @ForAll("small") int c1,
                                            @ForAll("files") String f2, @ForAll("small") int l2,
                                            @ForAll("small") int c2) {
        Location a = new Location(f1, l1, c1);
        Location b = new Location(f2, l2, c2);
        LocationAsRecord ra = new LocationAsRecord(f1, l1, c1);
        LocationAsRecord rb = new LocationAsRecord(f2, l2, c2);
        assertThat(a.hashCode()).isEqualTo(ra.hashCode());
        assertThat(a.equals(b)).isEqualTo(ra.equals(rb));
        assertThat(a.equals(new Location(f1, l1, c1))).isTrue();
        assertThat(a.equals(ra)).isFalse();
        assertThat(a.equals(null)).isFalse();
    }

    @Property(tries = 2000)
    void unitsCompareAndHashAsTheRecord(@ForAll("symbols") String s1, @ForAll Dimension d1, @ForAll("amounts") BigDecimal f1,
                                        @ForAll("amounts") BigDecimal p1, @ForAll("symbols") String s2,
                                        @ForAll Dimension d2, @ForAll("amounts") BigDecimal f2,
                                        @ForAll("amounts") BigDecimal p2) {
        Unit a = new Unit(s1, d1, s2, f1, p1);
        Unit b = new Unit(s2, d2, s1, f2, p2);
        // the compact constructor strips trailing zeros: the record is compared with what the unit holds
        UnitAsRecord ra = new UnitAsRecord(a.symbol(), a.dimension(), a.base(), a.factor(), a.per());
        UnitAsRecord rb = new UnitAsRecord(b.symbol(), b.dimension(), b.base(), b.factor(), b.per());
        assertThat(a.hashCode()).isEqualTo(ra.hashCode());
        assertThat(a.equals(b)).isEqualTo(ra.equals(rb));
        assertThat(a.equals(new Unit(s1, d1, s2, f1, p1))).isTrue();
        assertThat(a.equals(null)).isFalse();
    }

    @Property(tries = 1000)
    void limitsCompareAndHashAsTheRecord(@ForAll("seconds") long t1, @ForAll("firings") long m1, @ForAll("seconds") long t2,
                                         @ForAll("firings") long m2) {
        RuleLimits a = new RuleLimits(Duration.ofSeconds(t1), m1);
        RuleLimits b = new RuleLimits(Duration.ofSeconds(t2), m2);
        assertThat(a.hashCode()).isEqualTo(new LimitsAsRecord(a.timeout(), m1).hashCode());
        assertThat(a.equals(b)).isEqualTo(new LimitsAsRecord(a.timeout(), m1).equals(new LimitsAsRecord(b.timeout(), m2)));
        assertThat(a.equals(new RuleLimits(Duration.ofSeconds(t1), m1))).isTrue();
    }

    @Test
    void nullComponentsAndOtherTypesCompareAsTheRecord() {
        Unit noSymbols = new Unit(null, Dimension.PLAIN, null, BigDecimal.ONE, BigDecimal.ONE);
        UnitAsRecord asRecord = new UnitAsRecord(null, Dimension.PLAIN, null, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(noSymbols.hashCode()).isEqualTo(asRecord.hashCode());
        assertThat(noSymbols).isEqualTo(new Unit(null, Dimension.PLAIN, null, BigDecimal.ONE, BigDecimal.ONE))
                .isNotEqualTo(new Unit("", Dimension.PLAIN, null, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(new Location(null, 1, 2).hashCode()).isEqualTo(new LocationAsRecord(null, 1, 2).hashCode());
        assertThat(new Location(null, 1, 2)).isEqualTo(new Location(null, 1, 2)).isNotEqualTo(new Location("", 1, 2));
        RuleLimits limits = new RuleLimits(Duration.ofSeconds(1), 1);
        assertThat(limits.equals(null)).isFalse();
        assertThat(limits.equals(new LimitsAsRecord(Duration.ofSeconds(1), 1))).isFalse();
        assertThat(new Unit("元", Dimension.MONEY, "元", BigDecimal.ONE, BigDecimal.ONE).equals("元")).isFalse();
    }

    @Provide
    Arbitrary<String> files() {
        return Arbitraries.oneOf(Arbitraries.of("", "targets.yaml", "a/progress.yaml", "book.xlsx[部门整体]"),
                Arbitraries.strings().withChars("ab/.甲").ofMaxLength(4)).injectNull(0.05);
    }

    @Provide
    Arbitrary<Integer> small() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<String> symbols() {
        return Arbitraries.of("", "万元", "元", "个", "%", "分钟");
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.of(new BigDecimal("1"), new BigDecimal("1.0"), new BigDecimal("10000"), new BigDecimal("60"),
                new BigDecimal("0.01"));
    }

    @Provide
    Arbitrary<Long> seconds() {
        return Arbitraries.longs().between(1, 3);
    }

    @Provide
    Arbitrary<Long> firings() {
        return Arbitraries.longs().between(1, 3);
    }
}
