package io.jixiao.load;

import io.jixiao.problem.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node with the place it was written: the loader's view of a file, before the model. */
public sealed interface YNode permits YNode.YScalar, YNode.YList, YNode.YMap {

    Location at();

    /** What kind of node this is, in words for error messages. */
    String kind();

    /** A scalar: its text as written (numbers keep their digits); {@code isNull} for an empty value. */
    record YScalar(String text, boolean isNull, Location at) implements YNode {
        @Override
        public String kind() {
            return isNull ? LoadTexts.text("kind.nothing") : LoadTexts.text("kind.text", "text", text);
        }
    }

    record YList(List<YNode> items, Location at) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return LoadTexts.text("kind.list");
        }
    }

    record YMap(Map<String, Entry> entries, Location at) implements YNode {
        public YMap {
            // the readers' own maps are handed over, not copied: a mapping's entries were copied once more per row
            entries = java.util.Collections.unmodifiableMap(entries instanceof FreshEntries ? entries
                    : new LinkedHashMap<>(entries));
        }

        @Override
        public String kind() {
            return LoadTexts.text("kind.mapping");
        }
    }

    /** A key of a mapping, where the key was written, and its value. */
    record Entry(String key, Location keyAt, YNode value) {
    }
}
