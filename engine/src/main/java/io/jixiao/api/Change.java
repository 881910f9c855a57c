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
     * The change as the {@code whatif} command lists it, in the language in use
     * ({@link io.jixiao.problem.Language#current()}).
     *
     * @return e.g. {@code 部门整体/维护数量: 90个 → 85个}; {@code （无）} or {@code (none)} for no actual before
     */
    @Override
    public String toString() {
        return ApiTexts.text("change", "table", table, "indicator", indicator, "from",
                from == null ? ApiTexts.text("change.none") : from, "to", to);
    }
}
