package io.jixiao.api;

/**
 * One changed actual: which indicator of which table, from what (null when there was none) to what.
 *
 * @param table     the table's name
 * @param indicator the indicator's key
 * @param from      the actual before, as written
 * @param to        the actual after, as written
 */
public record Change(String table, String indicator, String from, String to) {

    /**
     * The change as the {@code whatif} command lists it.
     *
     * @return e.g. {@code 部门整体/维护数量: 90个 → 85个}
     */
    @Override
    public String toString() {
        return table + "/" + indicator + ": " + (from == null ? "（无）" : from) + " → " + to;
    }
}
