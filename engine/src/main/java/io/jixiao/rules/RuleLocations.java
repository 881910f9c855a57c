package io.jixiao.rules;

import io.jixiao.problem.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where each rule of a book is written ({@code file:line:col} of its {@code rule "name"}), by name, the first of a
 * name winning. Read from the rules' DRL the first time a finding needs it, not when the book is made: for the
 * precompiled book that means opening the jar as a file system to read rules/ (about a quarter of making the book,
 * on every command's way to its first rule session), and a run with nothing to say about a rule never needs it.
 */
final class RuleLocations implements Supplier<Map<String, Location>> {

    private final Supplier<List<RuleSource>> sources;
    private volatile Map<String, Location> byName;

    private RuleLocations(Supplier<List<RuleSource>> sources) {
        this.sources = sources;
    }

    static RuleLocations of(Supplier<List<RuleSource>> sources) {
        return new RuleLocations(sources);
    }

    @Override
    public Map<String, Location> get() {
        Map<String, Location> m = byName;
        if (m == null) {
            synchronized (this) {
                m = byName;
                if (m == null) {
                    Map<String, Location> read = new HashMap<>();
                    sources.get().forEach(src -> UserRules.names(src).forEach(read::putIfAbsent));
                    m = Map.copyOf(read);
                    byName = m;
                }
            }
        }
        return m;
    }
}
