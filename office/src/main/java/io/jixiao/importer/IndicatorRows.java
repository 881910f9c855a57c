package io.jixiao.importer;

import io.jixiao.model.Category;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the rows under a target-table header into indicators: carried-down 一级/二级指标 (a blank cell
 * means "same as above", as in merged cells), the split 符号 | 值 | 单位 columns, and cells holding several
 * indicators. A row that cannot become an indicator is kept as an {@link UnplacedRow} with a finding.
 */
final class IndicatorRows {

    /** The entries read and the index of the first row after them. */
    record Read(List<TableEntry> entries, int end, int lastLine) {
    }

    /** Values of the 符号 column meaning "the value is text", not a comparator. */
    private static final List<String> TEXT_MARKERS = List.of("文字描述", "定性", "描述", "文字");

    private final String file;
    private final List<Finding> findings;
    private final TargetChecks checks;

    IndicatorRows(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
        this.checks = new TargetChecks(file, findings);
    }

    Read read(Table table, int headerIndex, ColumnMap map) {
        List<Row> rows = table.rows();
        List<TableEntry> entries = new ArrayList<>();
        String level1 = null;
        String level2 = null;
        int r = headerIndex + map.headerRows();
        int lastLine = rows.get(headerIndex).line();
        for (; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.blank()) {
                continue;
            }
            if (map.labelled(row)) {
                break;
            }
            Optional<ColumnMap> repeated = ColumnMap.of(row, r + 1 < rows.size() ? rows.get(r + 1) : null);
            if (repeated.isPresent()) {
                r += repeated.get().headerRows() - 1;
                continue;
            }
            lastLine = row.cells().get(row.size() - 1).line();
            String l1 = Texts.joined(map.text(row, Column.LEVEL1));
            String l2 = Texts.joined(map.text(row, Column.LEVEL2));
            boolean newGroup = !l1.isEmpty() && !l1.equals(level1);
            level1 = l1.isEmpty() ? level1 : l1;
            level2 = !l2.isEmpty() ? l2 : newGroup ? null : level2;
            read(row, map, level1, level2, entries, map.evaluation());
        }
        return new Read(entries, r, lastLine);
    }

    /** @param sheet a row of a 部门整体支出绩效评价 评分表: its 一级指标 are its own (投入, 过程, 决策 …) */
    private void read(Row row, ColumnMap map, String level1, String level2, List<TableEntry> out, boolean sheet) {
        String name = Texts.joined(map.text(row, Column.NAME));
        String description = Texts.joined(map.text(row, Column.DESCRIPTION));
        String target = target(row, map);
        if (level1 == null) {
            unplaced(row, ImportTexts.text("reason.noLevel1"), out);
            return;
        }
        if (!sheet && Category.of(level1, level2).isEmpty()) {
            unplaced(row, ImportTexts.text("reason.unknownLevel1", "level1", level1, "accepted",
                    String.join(", ", Category.acceptedLevel1())), out);
            return;
        }
        if (name.isEmpty() && description.isEmpty()) {
            unplaced(row, ImportTexts.text(target.isEmpty() ? "reason.nothing" : "reason.unnamed"), out);
            return;
        }
        String deduction = Texts.joined(map.text(row, Column.DEDUCTION));
        String points = Texts.joined(map.text(row, Column.POINTS));
        String basis = Texts.joined(map.text(row, Column.BASIS));
        int targetLine = line(row, map, map.splitTarget() ? Column.SIGN : Column.TARGET);
        CellLines cellLines = new CellLines(targetLine, line(row, map, Column.DEDUCTION), line(row, map, Column.POINTS));
        int line = !name.isEmpty() ? line(row, map, Column.NAME)
                : !description.isEmpty() ? line(row, map, Column.DESCRIPTION) : targetLine;
        CellSplitter.Result split = map.has(Column.NAME)
                ? CellSplitter.split(map.text(row, Column.NAME), rawTarget(row, map)) : new CellSplitter.One();
        if (split instanceof CellSplitter.Split s) {
            findings.add(ImportProblems.importCellSplit(at(line), s.size(), s.how()));
            for (int i = 0; i < s.size(); i++) {
                List<String> notes = new ArrayList<>();
                if (i == 0) {
                    notes.add(ImportTexts.text("note.split", "how", s.how(), "line", line));
                }
                out.add(indicator(level1, level2, s.names().get(i), description, s.targets().get(i), deduction, points,
                        basis, line, cellLines, notes, sheet));
            }
            return;
        }
        List<String> notes = new ArrayList<>();
        if (split instanceof CellSplitter.Mismatch m) {
            findings.add(ImportProblems.importSplitMismatch(at(line), m.names(), m.targets()));
            notes.add(ImportTexts.text("note.splitMismatch", "names", m.names(), "targets", m.targets(), "line",
                    line));
        }
        if (map.splitTarget() && TEXT_MARKERS.contains(Texts.key(map.text(row, Column.SIGN)))) {
            notes.add(ImportTexts.text("note.textSign", "sign", Texts.key(map.text(row, Column.SIGN))));
        }
        out.add(indicator(level1, level2, name, description, target, deduction, points, basis, line,
                cellLines, notes, sheet));
    }

    /** Source lines of a row's cells that findings point at. */
    private record CellLines(int target, int deduction, int points) {
    }

    private ImportedIndicator indicator(String level1, String level2, String name, String description, String target,
                                        String deduction, String points, String basis, int line, CellLines cellLines,
                                        List<String> notes, boolean sheet) {
        List<String> n = new ArrayList<>(notes);
        String key = name.isEmpty() ? description : name;
        if (!sheet || !target.isEmpty()) {
            n.addAll(checks.target(key, target, cellLines.target())); // a score sheet's row needs no target
        }
        boolean readable = deduction.isEmpty() || checks.deduction(deduction, cellLines.deduction(), n);
        String pointsText = points.isEmpty() ? null : points;
        if (pointsText != null && !pointsText.matches("\\d+(\\.\\d+)?")) {
            findings.add(ImportProblems.importPointsNotNumber(at(cellLines.points()), pointsText));
            n.add(ImportTexts.text("note.pointsNotNumber", "points", pointsText, "line", cellLines.points()));
            pointsText = null;
        }
        return new ImportedIndicator(null, level1, emptyToNull(level2), emptyToNull(name), emptyToNull(description),
                target, emptyToNull(deduction), readable, pointsText, emptyToNull(basis), line, n);
    }

    /** The 指标值 as written: the cell, or 符号 + 值 + 单位 joined (without a 文字描述 marker). */
    private static String target(Row row, ColumnMap map) {
        return Texts.joined(rawTarget(row, map));
    }

    private static String rawTarget(Row row, ColumnMap map) {
        if (!map.splitTarget()) {
            return map.text(row, Column.TARGET);
        }
        String sign = Texts.joined(map.text(row, Column.SIGN));
        if (TEXT_MARKERS.contains(Texts.key(sign))) {
            sign = "";
        }
        return sign + Texts.joined(map.text(row, Column.VALUE)) + Texts.joined(map.text(row, Column.UNIT));
    }

    private static int line(Row row, ColumnMap map, Column c) {
        Cell cell = map.cell(row, c);
        return cell == null ? row.line() : cell.line();
    }

    private void unplaced(Row row, String reason, List<TableEntry> out) {
        String cells = String.join(" | ", row.texts().stream().map(Texts::oneLine).toList());
        findings.add(ImportProblems.importRowNotPlaced(at(row.line()), reason, cells));
        out.add(new UnplacedRow(row.line(), reason, row.texts()));
    }

    private Location at(int line) {
        return new Location(file, line, 1);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
