package io.jixiao.api;

import io.jixiao.load.Source;
import io.jixiao.load.YNode;
import io.jixiao.problem.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML tree a builder is making: mappings and lists that become {@link YNode}s, the tree a YAML file is read
 * into, so that the loaders check built input exactly as they check a file. Every node is located in the builder's
 * name at line = the ordinal of the builder call that added it (the call that created the builder is 1) and
 * column = the argument of that call (1-based).
 */
final class Draft {

    private final String name;
    private int calls;

    Draft(String name) {
        this.name = name;
    }

    /** Counts one more call of the builder: its ordinal. */
    int call() {
        return ++calls;
    }

    Location at(int call, int argument) {
        return new Location(name, call, argument);
    }

    /** The finished tree as a source. */
    Source source(Mapping root) {
        return Source.tree(name, (YNode.YMap) root.freeze());
    }

    /** A node under construction. */
    interface Node {
        YNode freeze();
    }

    /** A mapping: keys in the order they were first added; a key added again replaces its value. */
    static final class Mapping implements Node {
        private final Location at;
        private final Map<String, Location> keyAt = new LinkedHashMap<>();
        private final Map<String, Node> values = new LinkedHashMap<>();

        Mapping(Location at) {
            this.at = at;
        }

        /** Adds {@code key: value}; a null value leaves the key out, as a file that omits it. */
        void put(String key, Node value, Location at) {
            if (value != null) {
                keyAt.put(key, at);
                values.put(key, value);
            }
        }

        void text(String key, String text, Location at) {
            text(key, at, text, at);
        }

        /** {@code key: text} with the key and the value located apart (a call's two arguments). */
        void text(String key, Location keyAt, String text, Location at) {
            put(key, text == null ? null : scalar(text, at), keyAt);
        }

        void number(String key, BigDecimal n, Location at) {
            number(key, at, n, at);
        }

        void number(String key, Location keyAt, BigDecimal n, Location at) {
            put(key, n == null ? null : scalar(n.toPlainString(), at), keyAt);
        }

        /** The mapping under {@code key}, added when missing. */
        Mapping mapping(String key, Location at) {
            Node n = values.get(key);
            if (n instanceof Mapping m) {
                return m;
            }
            Mapping m = new Mapping(at);
            put(key, m, at);
            return m;
        }

        /** The list under {@code key}, added when missing. */
        Sequence sequence(String key, Location at) {
            Node n = values.get(key);
            if (n instanceof Sequence s) {
                return s;
            }
            Sequence s = new Sequence(at);
            put(key, s, at);
            return s;
        }

        boolean has(String key) {
            return values.containsKey(key);
        }

        @Override
        public YNode freeze() {
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            values.forEach((k, v) -> entries.put(k, new YNode.Entry(k, keyAt.get(k), v.freeze())));
            return new YNode.YMap(entries, at);
        }
    }

    /** A list. */
    static final class Sequence implements Node {
        private final Location at;
        private final List<Node> items = new ArrayList<>();

        Sequence(Location at) {
            this.at = at;
        }

        void add(Node item) {
            items.add(item);
        }

        @Override
        public YNode freeze() {
            return new YNode.YList(items.stream().map(Node::freeze).toList(), at);
        }
    }

    static Node scalar(String text, Location at) {
        YNode.YScalar s = new YNode.YScalar(text, false, at);
        return () -> s;
    }
}
