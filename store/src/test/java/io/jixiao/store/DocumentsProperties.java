package io.jixiao.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The documents of schema versions 9 and 10 ({@link Documents}) give back what was written: every finding's texts (any
 * characters: quotes, backslashes, control characters, Chinese, characters outside the BMP), its line and column,
 * table and 复核 kind or their absence, in order; every category score's numbers exactly as version 8's NUMERIC(40, 20)
 * columns held them; every indicator's texts or their absence, its flag, place and numbers likewise.
 */
class DocumentsProperties {

    @Property
    void findingsComeBackAsWritten(@ForAll("findings") @Size(max = 12) List<Documents.StoredFinding> findings) {
        assertThat(Documents.readFindings(Documents.findings(findings))).isEqualTo(findings);
    }

    @Property
    void categoriesComeBackWithTheStoredNumbers(
            @ForAll("categories") @Size(max = 8) List<Documents.StoredCategory> categories) {
        List<Documents.StoredCategory> read = Documents.readCategories(Documents.categories(categories));
        assertThat(read).hasSameSizeAs(categories);
        for (int i = 0; i < read.size(); i++) {
            Documents.StoredCategory in = categories.get(i);
            Documents.StoredCategory out = read.get(i);
            assertThat(out.category()).isEqualTo(in.category());
            assertThat(out.level1()).isEqualTo(in.level1());
            // as a NUMERIC(40, 20) column held it: 20 places, HALF_UP; the document drops the trailing zeros only
            assertThat(out.points()).isEqualByComparingTo(in.points().setScale(20, RoundingMode.HALF_UP));
            assertThat(out.score()).isEqualByComparingTo(in.score().setScale(20, RoundingMode.HALF_UP));
        }
    }

    @Property
    void indicatorsComeBackAsWrittenWithTheStoredNumbers(
            @ForAll("indicators") @Size(max = 8) List<Documents.StoredIndicator> indicators) {
        List<Documents.StoredIndicator> read = Documents.readIndicators(Documents.indicators(indicators));
        assertThat(read).hasSameSizeAs(indicators);
        for (int i = 0; i < read.size(); i++) {
            Documents.StoredIndicator in = indicators.get(i);
            Documents.StoredIndicator out = read.get(i);
            // the numbers as a NUMERIC(40, 20) column held them; everything else exactly
            assertThat(out).usingRecursiveComparison().ignoringFields("points", "score").isEqualTo(in);
            assertThat(stored(out.points())).isEqualTo(stored(in.points()));
            assertThat(stored(out.score())).isEqualTo(stored(in.score()));
        }
    }

    private static BigDecimal stored(BigDecimal v) {
        return v == null ? null : v.setScale(20, RoundingMode.HALF_UP);
    }

    @Property
    void findingsAreTheTextJacksonWritesIntoAStringWriter(
            @ForAll("findings") @Size(max = 40) List<Documents.StoredFinding> findings) {
        assertThat(Documents.findings(findings)).isEqualTo(StringWriterDocuments.findings(findings));
    }

    @Property
    void indicatorsAreTheTextJacksonWritesIntoAStringWriter(
            @ForAll("indicators") @Size(max = 40) List<Documents.StoredIndicator> indicators) {
        assertThat(Documents.indicators(indicators)).isEqualTo(StringWriterDocuments.indicators(indicators));
    }

    @Example
    void aDocumentOfMillionsOfCharactersThenShortOnesOnTheSameThread() {
        // the thread's buffer grows past what it keeps, is let go, and the next documents are whole and alone
        String long1 = "长".repeat(700_000) + "\"";
        List<Documents.StoredIndicator> big = List.of(indicator("a", long1), indicator("b", long1 + "😀"));
        List<Documents.StoredIndicator> small = List.of(indicator("c", "短"));
        for (List<Documents.StoredIndicator> doc : List.of(big, small, big, small)) {
            assertThat(Documents.indicators(doc)).isEqualTo(StringWriterDocuments.indicators(doc));
        }
        assertThat(Documents.readIndicators(Documents.indicators(big))).isEqualTo(big);
    }

    private static Documents.StoredIndicator indicator(String key, String explanation) {
        return new Documents.StoredIndicator(key, "名称", "产出指标", "数量指标", "≥1", false, null, 3, 5, "2", "OUTPUT",
                new BigDecimal("6.25"), new BigDecimal("6.25"), "met", "rule", explanation, null, "≥");
    }

    @Property
    void aDocumentOfNoneIsAnEmptyArrayAndNullReadsAsNone() {
        assertThat(Documents.findings(List.of())).isEqualTo("[]");
        assertThat(Documents.categories(List.of())).isEqualTo("[]");
        assertThat(Documents.indicators(List.of())).isEqualTo("[]");
        assertThat(Documents.readIndicators(null)).isEmpty();
        assertThat(Documents.readFindings(null)).isEmpty();
        assertThat(Documents.readCategories(null)).isEmpty();
    }

    @Provide
    Arbitrary<List<Documents.StoredFinding>> findings() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(40)
                .edgeCases(c -> c.add("\"引号\" \\ 反斜杠\n换行\t\u0000 😀"));
        Arbitrary<String> maybe = text.injectNull(0.3);
        Arbitrary<Documents.StoredFinding> one = Combinators.combine(
                Arbitraries.of("error", "warning", "info"), Arbitraries.strings().numeric().ofLength(4).map(n -> "KPI-" + n),
                text, text, text, Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 500),
                maybe).as((sev, code, message, hint, file, line, col, table) ->
                new Documents.StoredFinding(sev, code, message, hint, file, line, col, table,
                        table == null ? null : "selfScore"));
        return one.list();
    }

    @Provide
    Arbitrary<List<Documents.StoredCategory>> categories() {
        // up to 20 digits before the point and 25 after it (more places than stored: rounded as the column rounded)
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals().between(new BigDecimal("-99999999999999999999"),
                new BigDecimal("99999999999999999999")).ofScale(25)
                .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("0.00000000000000000001"), new BigDecimal("50")));
        return Combinators.combine(Arbitraries.of("OUTPUT", "OUTCOME", "SATISFACTION", "COST"),
                        Arbitraries.of("产出指标", "效益指标").injectNull(0.3), number, number)
                .as(Documents.StoredCategory::new).list();
    }

    @Provide
    Arbitrary<List<Documents.StoredIndicator>> indicators() {
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(30)
                .edgeCases(c -> c.add("\"引号\" \\ 反斜杠\n换行\t\u0000 😀"));
        Arbitrary<String> maybe = text.injectNull(0.3);
        Arbitrary<BigDecimal> number = Arbitraries.bigDecimals().between(new BigDecimal("-99999999999999999999"),
                new BigDecimal("99999999999999999999")).ofScale(25)
                .edgeCases(c -> c.add(BigDecimal.ZERO, new BigDecimal("0.00000000000000000001"))).injectNull(0.3);
        Arbitrary<Integer> place = Arbitraries.integers().between(0, 100_000);
        Arbitrary<Documents.StoredIndicator> one = Combinators.combine(text, maybe, maybe, text, Arbitraries.of(true,
                        false), place, place, maybe).as((key, name, actual, target, cost, line, col, other) ->
                new Object[] {key, name, actual, target, cost, line, col, other})
                .flatMap(a -> Combinators.combine(number, number, maybe).as((points, score, explanation) ->
                        new Documents.StoredIndicator((String) a[0], (String) a[1], (String) a[7], (String) a[7],
                                (String) a[3], (Boolean) a[4], (String) a[7], (Integer) a[5], (Integer) a[6],
                                (String) a[2], (String) a[7], points, score, (String) a[7], (String) a[7], explanation,
                                (String) a[7], (String) a[7])));
        return one.list();
    }
}
