package io.jixiao.importer;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each {@link Column} of a target table sits (grid positions), found from its header row and, for
 * the split 指标值 layout, the 符号 | 值 | 单位 row under it. The text export shows a horizontally merged
 * header cell as one cell; the positions after the 指标值 header then shift by the extra sub-columns.
 *
 * @param columns     grid position of each column found
 * @param headerRows  rows the header takes (1, or 2 with the 符号/值/单位 row)
 * @param labelWidth  grid columns left of 一级指标 (a row label such as 年度绩效指标 in the 附表 layout)
 * @param header      the header row
 * @param evaluation  the table is a 部门整体支出绩效评价 评分表 (docs/scoring.md#evaluation): 一级指标, 分值 and 评分标准
 *                    columns and no 指标值 column
 */
record ColumnMap(Map<Column, Integer> columns, int headerRows, int labelWidth, Row header, boolean evaluation) {

    /** The map if {@code header} (followed by {@code next}, may be null) heads a target table. */
    static Optional<ColumnMap> of(Row header, Row next) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        int[] starts = header.starts();
        for (int i = 0; i < header.size(); i++) {
            int at = starts[i];
            Column.of(header.text(i)).filter(c -> c.ordinal() < Column.SIGN.ordinal())
                    .ifPresent(c -> found.putIfAbsent(c, at));
        }
        boolean sheet = !found.containsKey(Column.TARGET) && found.containsKey(Column.POINTS)
                && found.containsKey(Column.DEDUCTION);
        if (!found.containsKey(Column.LEVEL1) || !(found.containsKey(Column.TARGET) || sheet)
                || !(found.containsKey(Column.LEVEL2) || found.containsKey(Column.NAME))) {
            return Optional.empty();
        }
        if (sheet) {
            return Optional.of(new ColumnMap(found, 1, found.get(Column.LEVEL1), header, true));
        }
        int headerRows = 1;
        Optional<Integer> sign = next == null ? Optional.empty() : signColumn(next);
        if (sign.isPresent()) {
            int target = found.get(Column.TARGET);
            int extra = next.gridWidth() - header.gridWidth();
            found.replaceAll((c, at) -> at > target ? at + Math.max(0, extra) : at);
            found.remove(Column.TARGET);
            found.put(Column.SIGN, sign.get());
            found.put(Column.VALUE, sign.get() + 1);
            found.put(Column.UNIT, sign.get() + 2);
            headerRows = 2;
        }
        return Optional.of(new ColumnMap(found, headerRows, found.get(Column.LEVEL1), header, false));
    }

    /** The grid position of 符号 when the row reads 符号 | 值 | 单位 there. */
    private static Optional<Integer> signColumn(Row row) {
        int[] starts = row.starts();
        for (int i = 0; i + 2 < row.size(); i++) {
            if (Column.of(row.text(i)).orElse(null) == Column.SIGN
                    && Column.of(row.text(i + 1)).orElse(null) == Column.VALUE
                    && Column.of(row.text(i + 2)).orElse(null) == Column.UNIT) {
                return Optional.of(starts[i]);
            }
        }
        return Optional.empty();
    }

    boolean has(Column c) {
        return columns.containsKey(c);
    }

    boolean splitTarget() {
        return columns.containsKey(Column.SIGN);
    }

    /** The text of column {@code c} in {@code row}, "" when the column or the cell is missing. */
    String text(Row row, Column c) {
        Cell cell = cell(row, c);
        return cell == null ? "" : cell.text();
    }

    Cell cell(Row row, Column c) {
        Integer at = columns.get(c);
        return at == null ? null : row.at(at);
    }

    /**
     * True when a cell left of 一级指标 holds text other than the header's label there (年度绩效指标 written
     * again, as some exporters do for merged cells, is not a new part): the row starts another part of the
     * form, such as 支出明细及测算说明 or 单位负责人签字.
     */
    boolean labelled(Row row) {
        int[] starts = row.starts();
        for (int i = 0; i < row.size(); i++) {
            Cell c = row.cells().get(i);
            if (starts[i] < labelWidth && !c.blank()) {
                Cell above = header.at(starts[i]);
                if (above == null || !Texts.key(above.text()).equals(Texts.key(c.text()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
