package io.jixiao.load;

import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.value.ValueParser;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table's indicator keys, for pairing actuals with indicators. A key written exactly as an indicator's is
 * found directly; any other is compared after {@link ValueParser#normalize} ((个/套) and （个/套）, doubled
 * spaces), which is computed only when some key needs it. The targets loader refuses two keys that are the same
 * after normalising (KPI-0106), so the direct and the normalised lookup always find the same indicator.
 */
final class KeyIndex {

    private final IndicatorTable table;
    private final Map<String, Indicator> exact;
    private Map<String, Indicator> normalised;
    private Set<String> givenNormalised;

    KeyIndex(IndicatorTable table) {
        this.table = table;
        this.exact = new HashMap<>(table.indicators().size() * 2);
        table.indicators().forEach(i -> exact.putIfAbsent(i.key(), i));
    }

    /** The indicator an actual's key refers to, or null. */
    Indicator find(String key) {
        Indicator i = exact.get(key);
        return i != null ? i : normalised().get(ValueParser.normalize(key));
    }

    /** True when {@code key} names a row skipped for its target / (docs/scoring.md#slash-rows). */
    boolean skipped(String key) {
        String k = ValueParser.normalize(key);
        return table.skipped().stream().anyMatch(s -> ValueParser.normalize(s).equals(k));
    }

    /** The key as the indicator writes it; the key itself when no indicator has it. */
    String indicatorKey(String key) {
        Indicator i = find(key);
        return i == null ? key : i.key();
    }

    /** True when one of {@code keys} (the same set on every call) refers to the indicator. */
    boolean given(Set<String> keys, Indicator i) {
        if (keys.contains(i.key())) {
            return true;
        }
        if (givenNormalised == null) {
            givenNormalised = new HashSet<>();
            keys.forEach(k -> givenNormalised.add(ValueParser.normalize(k)));
        }
        return givenNormalised.contains(ValueParser.normalize(i.key()));
    }

    /** The keys as written, for messages. */
    List<String> written() {
        return table.indicators().stream().map(Indicator::key).toList();
    }

    private Map<String, Indicator> normalised() {
        if (normalised == null) {
            normalised = new HashMap<>();
            table.indicators().forEach(i -> normalised.putIfAbsent(ValueParser.normalize(i.key()), i));
        }
        return normalised;
    }
}
