package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import io.jixiao.load.YNode.YMap;
import io.jixiao.problem.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The keys one kind of mapping accepts: canonical English names and their Chinese aliases
 * (docs/formats.md#targets-file).
 * Reading a mapping gives its entries by canonical name and reports unknown or doubled keys.
 */
final class Shape {

    /** The key of the load texts that names what this shape is ({where} of KPI-0102). */
    private final String where;
    private final Map<String, String> canonicalOf = new LinkedHashMap<>();

    private Shape(String where) {
        this.where = where;
    }

    /** @param where the key in io/jixiao/load/texts.properties of what the mapping is, e.g. {@code where.table} */
    static Shape of(String where) {
        return new Shape(where);
    }

    Shape key(String canonical, String... aliases) {
        canonicalOf.put(canonical, canonical);
        for (String a : aliases) {
            canonicalOf.put(a, canonical);
        }
        return this;
    }

    /**
     * The entries of one mapping by canonical key, remembering which known keys its unknown keys were
     * probably meant to be ('targt' → 'target'): that key is then not reported missing as well, since the
     * unknown key's "Maybe you meant 'target'" already says what to do.
     */
    static final class Keys extends LinkedHashMap<String, Entry> {

        private static final long serialVersionUID = 1L;

        /** Made at the first unknown key: a set per mapping read was one more map per row. */
        private Set<String> guessed;
    }

    /** {@code canonical} is absent from {@code m} but an unknown key of it was probably meant to be it. */
    static boolean misspelt(Map<String, Entry> m, String canonical) {
        return m instanceof Keys k && k.guessed != null && k.guessed.contains(canonical) && !m.containsKey(canonical);
    }

    /** Entries by canonical key; problems go to {@code out}. */
    Keys read(YMap map, List<Finding> out) {
        Keys byCanonical = new Keys();
        for (Entry e : map.entries().values()) {
            String canonical = canonicalOf.get(Nodes.strip(e.key()));
            if (canonical == null) {
                String closest = closest(e.key().strip());
                out.add(LoadProblems.unknownKey(e.keyAt(), e.key(), LoadTexts.text(where), canonicalOf.keySet(),
                        closest));
                if (closest != null) {
                    if (byCanonical.guessed == null) {
                        byCanonical.guessed = new HashSet<>();
                    }
                    byCanonical.guessed.add(canonicalOf.get(closest));
                }
                continue;
            }
            Entry earlier = byCanonical.putIfAbsent(canonical, e);
            if (earlier != null) {
                out.add(e.key().equals(earlier.key()) ? LoadProblems.duplicateKey(e.keyAt(), e.key(), earlier.keyAt())
                        : LoadProblems.duplicateSynonym(e.keyAt(), e.key(), earlier.key(), earlier.keyAt()));
            }
        }
        return byCanonical;
    }

    private String closest(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : canonicalOf.keySet()) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = known;
            }
        }
        return bestDistance <= Math.max(1, key.length() / 3) ? best : null;
    }

    /** Levenshtein distance: small, and only run on an unknown key. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    List<String> names() {
        return new ArrayList<>(canonicalOf.keySet());
    }
}
