package io.jixiao.importer;

import io.jixiao.load.LoadResult;
import io.jixiao.load.TargetsLoader;
import io.jixiao.load.YamlReader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.ValueParser;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code jixiao import}: finds every performance-target table of a disclosure (the 部门整体 table as
 * {@code overall}, each 项目/专项 table as a project), the department's facts around them, and writes the
 * targets YAML. Nothing is dropped: rows it cannot place are comments in the YAML and findings.
 */
public final class DisclosureImporter {

    private final SourceDoc doc;
    private final String yamlName;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final IndicatorRows rows;
    private ImportedTable overall;
    private ImportedTable evaluation;
    private final List<ImportedTable> projects = new ArrayList<>();
    private TableContext.Field overallBudget;
    private TableContext.Field overallDepartment;

    private DisclosureImporter(SourceDoc doc, String yamlName) {
        this.doc = doc;
        this.yamlName = yamlName;
        this.findings.addAll(doc.notes());
        this.rows = new IndicatorRows(doc.file(), findings);
    }

    /** Reads {@code path} (.docx or text export) and imports it. */
    public static ImportResult importFile(Path path) {
        return importFile(path, "imported YAML");
    }

    /** @param yamlName how findings name the output YAML (its path, or "<stdout>") */
    public static ImportResult importFile(Path path, String yamlName) {
        return new DisclosureImporter(DisclosureReader.read(path), yamlName).run();
    }

    /**
     * A document's bytes (standard input, an upload), {@code file} naming it in findings.
     *
     * @param yamlName how findings name the output YAML (its path, or "<stdout>")
     */
    public static ImportResult importBytes(String file, byte[] content, String yamlName) {
        return new DisclosureImporter(DisclosureReader.read(file, content), yamlName).run();
    }

    /** As {@link #importBytes(String, byte[], String)}, offering the 指标库's 评（扣）分标准 as {@link #importFile(Path, String,
     * java.util.function.Function)} does. */
    public static ImportResult importBytes(String file, byte[] content, String yamlName,
                                           java.util.function.Function<String, java.util.Optional<String[]>> suggested) {
        DisclosureImporter i = new DisclosureImporter(DisclosureReader.read(file, content), yamlName);
        i.suggested = suggested;
        return i.run();
    }

    /**
     * As {@link #importFile(Path, String)}, offering a 评（扣）分标准 where an indicator has none: {@code suggested}
     * maps an indicator's name to {@code [指标库 id, 评分标准]}; the YAML gets it as a commented-out line marked as
     * suggested.
     */
    public static ImportResult importFile(Path path, String yamlName,
                                          java.util.function.Function<String, java.util.Optional<String[]>> suggested) {
        DisclosureImporter i = new DisclosureImporter(DisclosureReader.read(path), yamlName);
        i.suggested = suggested;
        return i.run();
    }

    private java.util.function.Function<String, java.util.Optional<String[]>> suggested = n -> java.util.Optional.empty();

    /** @throws KpiException when the document holds no target table */
    public static ImportResult importDoc(SourceDoc doc) {
        return new DisclosureImporter(doc, "imported YAML").run();
    }

    private ImportResult run() {
        DepartmentFacts facts = DepartmentFacts.scan(doc, findings);
        tables();
        if (overall == null && projects.isEmpty() && evaluation == null) {
            throw new KpiException(ImportProblems.importNoTargetTable(doc.file()));
        }
        List<ImportedTable> named = ProjectBudgets.fill(doc, projects, findings);
        named = named.stream().map(this::uniqueKeys).toList();
        ImportedTable all = overall == null ? null : uniqueKeys(overall);
        Amount budget = facts.budget;
        if (budget == null && overallBudget != null) {
            budget = new Amount(Texts.money(overallBudget.text()).orElseThrow(),
                    ImportTexts.text("source.overallTable", "label", overallBudget.label()), overallBudget.line());
        }
        String department = facts.department;
        String departmentSource = facts.departmentSource;
        if (department == null && overallDepartment != null) {
            department = Texts.joined(overallDepartment.text());
            departmentSource = ImportTexts.text("source.atLine", "label", overallDepartment.label(), "line",
                    overallDepartment.line());
        }
        department = missing(department, ImportTexts.text("fact.department"),
                "department: 中共某某区委网络安全和信息化委员会办公室");
        if (facts.year == null) {
            findings.add(ImportProblems.importMissingFact(doc.file(), ImportTexts.text("fact.year"), "year: 2024"));
        }
        checkProjectSum(facts.projectBudget, named);
        ImportedTargets targets = new ImportedTargets(fileName(), doc.docx(), department, departmentSource, facts.code,
                facts.year, facts.yearSource, budget,
                facts.projectBudget, all, named, notes, evaluation == null ? null : uniqueKeys(evaluation));
        String yaml = TargetsYamlWriter.write(targets, suggested);
        selfCheck(yaml);
        findings.sort(Comparator.comparing((Finding f) -> !f.location().file().equals(doc.file()))
                .thenComparingInt(f -> f.location().line()));
        return new ImportResult(yaml, findings, targets.tableCount(), targets.indicatorCount());
    }

    private String fileName() {
        Path name = Path.of(doc.file()).getFileName();
        return name == null ? doc.file() : name.toString();
    }

    private String missing(String value, String what, String example) {
        if (value != null && !value.isBlank()) {
            return value;
        }
        findings.add(ImportProblems.importMissingFact(doc.file(), what, example));
        return null;
    }

    // ---- finding the tables ------------------------------------------------------------------

    private void tables() {
        TableContext context = new TableContext();
        for (Block b : doc.blocks()) {
            if (b instanceof Para p) {
                context.paragraph(p);
                continue;
            }
            List<Row> list = ((Table) b).rows();
            int r = 0;
            while (r < list.size()) {
                Row row = list.get(r);
                Row next = r + 1 < list.size() ? list.get(r + 1) : null;
                Optional<ColumnMap> map = ColumnMap.of(row, next);
                if (map.isPresent()) {
                    IndicatorRows.Read read = rows.read((Table) b, r, map.get());
                    add(context, read, row.line(), map.get().evaluation());
                    context.reset();
                    r = Math.max(read.end(), r + 1);
                    continue;
                }
                notATargetHeader(row);
                context.row(row, next);
                r++;
            }
        }
    }

    /** A row naming 一级指标 that is no target-table header is reported, not passed over. */
    private void notATargetHeader(Row row) {
        for (Cell c : row.cells()) {
            if (Column.of(c.text()).orElse(null) == Column.LEVEL1) {
                String reason = ImportTexts.text("reason.header", "cells",
                        String.join(" | ", row.texts().stream().map(Texts::oneLine).toList()));
                findings.add(ImportProblems.importTableNotRead(new Location(doc.file(), row.line(), 1), reason));
                notes.add(ImportTexts.text("note.tableNotImported", "line", row.line(), "reason", reason));
                return;
            }
        }
    }

    private void add(TableContext context, IndicatorRows.Read read, int headerLine, boolean sheet) {
        Location at = new Location(doc.file(), headerLine, 1);
        if (sheet && evaluation == null) {
            // a 部门整体支出绩效评价 评分表 (docs/scoring.md#evaluation): 一级指标, 分值 and 评分标准, no 指标值
            String name = context.tableTitle().map(TableContext.Field::text).filter(t -> t.contains("评价"))
                    .map(t -> t.replaceAll("^[（(]?[\\d一二三四五六七八九十]+[)）、.．]\\s*", "")
                            .replaceAll("(评分表|指标体系|评价表|指标表)$", "").strip())
                    .filter(t -> !t.isEmpty()).orElse(io.jixiao.model.IndicatorTable.EVALUATION_NAME);
            evaluation = new ImportedTable(false, name, null, null, List.of(), java.util.Map.of(), read.entries(),
                    headerLine, read.lastLine(), List.of());
            findings.add(ImportProblems.importEvaluationSheet(at, name, read.entries().stream()
                    .filter(ImportedIndicator.class::isInstance).count()));
            return;
        }
        if (overall == null && context.overallTitle()) {
            overallBudget = context.budget().orElse(null);
            overallDepartment = context.department().orElse(null);
            overall = new ImportedTable(true, null, null, null, List.of(), java.util.Map.of(), read.entries(),
                    headerLine, read.lastLine(), List.of());
            return;
        }
        String name = context.name().map(f -> Texts.joined(f.text())).orElse(null);
        List<String> tableNotes = new ArrayList<>();
        if (name == null || name.isBlank()) {
            name = "项目" + (projects.size() + 1);
            findings.add(ImportProblems.importNoProjectName(at, name));
            tableNotes.add(ImportTexts.text("note.unnamedProject", "line", headerLine, "name", name));
        }
        Amount budget = context.budget().map(f -> new Amount(Texts.money(f.text()).orElseThrow(),
                f.label(), f.line())).orElse(null);
        projects.add(new ImportedTable(false, name, context.code().map(f -> f.text().strip()).orElse(null), budget,
                context.goals(), context.spendingPlan(), read.entries(), headerLine, read.lastLine(), tableNotes));
    }

    // ---- keys, sums, self-check --------------------------------------------------------------

    /**
     * A key repeated in a table gets an id: key-一级指标 (without 指标), else key-二级指标, else key-N. Keys are
     * compared as the loader and pairing compare them (ValueParser.normalize): 设备数量（个/套） repeats 设备数量(个/套).
     */
    private ImportedTable uniqueKeys(ImportedTable t) {
        Set<String> seen = new HashSet<>(); // normalised keys
        List<TableEntry> out = new ArrayList<>();
        for (TableEntry e : t.entries()) {
            if (!(e instanceof ImportedIndicator i)) {
                out.add(e);
                continue;
            }
            String key = i.key();
            if (seen.add(ValueParser.normalize(key))) {
                out.add(i);
                continue;
            }
            String id = null;
            for (String candidate : List.of(key + "-" + shortLevel(i.level1()), key + "-" + shortLevel(i.level2()))) {
                if (!candidate.endsWith("-") && !seen.contains(ValueParser.normalize(candidate))) {
                    id = candidate;
                    break;
                }
            }
            for (int n = 2; id == null; n++) {
                id = seen.contains(ValueParser.normalize(key + "-" + n)) ? null : key + "-" + n;
            }
            seen.add(ValueParser.normalize(id));
            findings.add(ImportProblems.importIdAdded(new Location(doc.file(), i.line(), 1), key, id));
            out.add(i.withId(id, ImportTexts.text("note.idAdded", "key", key, "line", i.line())));
        }
        return new ImportedTable(t.overall(), t.name(), t.code(), t.budget(), t.goals(), t.spendingPlan(), out,
                t.firstLine(), t.lastLine(), t.notes());
    }

    private static String shortLevel(String level) {
        if (level == null) {
            return "";
        }
        String s = level.replaceAll("\\s+", "");
        return s.endsWith("指标") && s.length() > 2 ? s.substring(0, s.length() - 2) : s;
    }

    private void checkProjectSum(Amount projectBudget, List<ImportedTable> named) {
        if (projectBudget == null || named.isEmpty() || named.stream().anyMatch(t -> t.budget() == null)) {
            return;
        }
        BigDecimal sum = named.stream().map(t -> t.budget().value()).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(projectBudget.value()) != 0) {
            findings.add(ImportProblems.importBudgetsDisagree(new Location(doc.file(), projectBudget.line(), 1),
                    ImportTexts.text("what.projectTotal"), ImportTexts.text("disagree.projectSum", "sum",
                            sum.toPlainString()), ImportTexts.text("disagree.projectBudget", "amount",
                            projectBudget.text(), "line", projectBudget.line())));
        }
    }

    /** Loads the YAML as {@code jixiao validate} would; its errors are reported, the YAML is still written. */
    private void selfCheck(String yaml) {
        String name = yamlName;
        LoadResult<DepartmentTargets> r;
        try {
            r = TargetsLoader.load(name, YamlReader.parse(name, yaml));
        } catch (KpiException e) {
            e.findings().forEach(f -> findings.add(ImportProblems.importYamlDoesNotLoad(f)));
            return;
        }
        r.findings().stream().filter(Finding::isError)
                .forEach(f -> findings.add(ImportProblems.importYamlDoesNotLoad(f)));
    }
}
