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
 *
 * <p>Actuals are almost always written in the order of the indicators: a key is looked for from the indicator after
 * the last one found, comparing keys (no hash of a new key read from the file), and the map of the keys is made only
 * when that has cost a few passes over the table.
 */
final class KeyIndex {

    private final IndicatorTable table;
    private Map<String, Indicator> exact;
    private int next; // where the next key is looked for first, while there is no map
    private int budget; // how many more keys may be compared before the map is made
    private Map<String, Indicator> normalised;
    private Set<String> givenNormalised;

    KeyIndex(IndicatorTable table) {
        this.table = table;
        this.budget = 8 * table.indicators().size() + 16;
    }

    IndicatorTable table() {
        return table;
    }

    /** The indicator an actual's key refers to, or null. */
    Indicator find(String key) {
        if (exact == null) {
            // from the indicator after the last one found, round the table once: actuals, 自评得分 and reasons are
            // written in the indicators' order, some left out; within a budget of comparisons (a few passes over the
            // table), after which the map is made
            List<Indicator> indicators = table.indicators();
            int size = indicators.size();
            for (int n = 0; n < size && budget > 0; n++, budget--) {
                int at = (next + n) % size;
                if (indicators.get(at).key().equals(key)) {
                    next = at + 1;
                    return indicators.get(at);
                }
            }
            if (budget > 0) {
                return normalised().get(ValueParser.normalize(key)); // written as no indicator's key
            }
            exact = new HashMap<>(size * 2);
            for (Indicator i : indicators) {
                exact.putIfAbsent(i.key(), i);
            }
        }
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
