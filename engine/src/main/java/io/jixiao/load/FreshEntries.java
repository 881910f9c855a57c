package io.jixiao.load;

import io.jixiao.load.YNode.Entry;
import java.util.LinkedHashMap;

/**
 * A mapping's entries as the readers of this package make them: a {@link YNode.YMap} made of one keeps it (wrapped
 * unmodifiable) instead of copying it, so its maker must not change it afterwards — a copy per mapping was one more
 * map per row of every file.
 */
final class FreshEntries extends LinkedHashMap<String, Entry> {

    private static final long serialVersionUID = 1L;
}
