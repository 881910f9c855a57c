package io.jixiao.workbook;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.Source;
import io.jixiao.load.ActualsFormat;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadResult;
import io.jixiao.load.Values;
import io.jixiao.load.Years;
import io.jixiao.load.YamlReader;
import io.jixiao.problem.KpiException;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.WanYuan;
import io.jixiao.workbook.FilledWorkbook.Cell;
import io.jixiao.workbook.FilledWorkbook.Row;
import io.jixiao.workbook.FilledWorkbook.Sheet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Loads a filled actuals workbook ({@code jixiao template}, then Excel or WPS) into the same
 * {@link DepartmentActuals} an actuals YAML gives. Every finding is placed at its cell
 * ({@code actuals.xlsx:网信办舆情监测经费!E7}). A bare number in 实际完成值 is taken in the target's unit
 * (kept in the template's hidden unit column): 18500 on a ≥2万条 row reads as 18500条. Registered as the
 * {@link ActualsFormat} of workbooks, so {@link io.jixiao.load.ActualsFiles} reads them wherever actuals are read.
 */
public final class ActualsWorkbookLoader implements ActualsFormat {

    /** Larger than any template with its values; a bigger file holds something else. */
    static final long MAX_BYTES = ActualsFiles.WORKBOOK_MAX_BYTES;

    private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    private static final String ACTUAL = "实际完成值";

    private final String file;
    private final boolean allowMissing;
    private final List<Finding> out = new ArrayList<>();

    /** The {@link ActualsFormat} service ({@link java.util.ServiceLoader} makes it). */
    public ActualsWorkbookLoader() {
        this(null, false);
    }

    private ActualsWorkbookLoader(String file, boolean allowMissing) {
        this.file = file;
        this.allowMissing = allowMissing;
    }

    /** True for the file names read as workbooks (by extension, as the CLI recognises them). */
    public static boolean isWorkbook(Path path) {
        return ActualsFiles.isWorkbook(path);
    }

    @Override
    public boolean reads(String name) {
        return ActualsFiles.isWorkbook(name);
    }

    /** By name, or by content: bytes of a ZIP package (a workbook read from standard input). */
    @Override
    public boolean reads(Source source) {
        return reads(source.name()) || source instanceof Source.BytesSource b && ActualsFiles.isZip(b.content());
    }

    /**
     * The actuals of a filled workbook. An empty 实际完成值 cell is an error at that cell, unless
     * {@code allowMissing}: then the indicator has no actual and scoring gives it 0 with a finding.
     */
    @Override
    public LoadResult<DepartmentActuals> load(Source source, boolean allowMissing) {
        if (source instanceof Source.BytesSource b) {
            return load(b.name(), b.content(), allowMissing);
        }
        return load(((Source.FileSource) source).path(), allowMissing);
    }

    /** A workbook file; see {@link #load(Source, boolean)}. */
    public LoadResult<DepartmentActuals> load(Path path, boolean allowMissing) {
        String file = path.toString();
        FilledWorkbook wb;
        try {
            wb = TemplateReader.read(path);
        } catch (KpiException e) {
            return new LoadResult<>(null, e.findings());
        } catch (TemplateReader.Unreadable e) {
            return new LoadResult<>(null, List.of(unreadable(file, e)));
        }
        return load(file, wb, allowMissing);
    }

    /** A workbook's bytes (an upload); {@code file} names it in findings. */
    public LoadResult<DepartmentActuals> load(String file, byte[] content, boolean allowMissing) {
        if (content.length > MAX_BYTES) {
            return new LoadResult<>(null, List.of(WorkbookProblems.workbookTooLarge(file, content.length, MAX_BYTES)));
        }
        FilledWorkbook wb;
        try {
            wb = TemplateReader.read(content);
        } catch (TemplateReader.Unreadable e) {
            return new LoadResult<>(null, List.of(unreadable(file, e)));
        }
        return load(file, wb, allowMissing);
    }

    /** KPI-0185 for a workbook too large unpacked or in rows (its own limit message), else KPI-0180. */
    static Finding unreadable(String file, TemplateReader.Unreadable e) {
        if (e instanceof TemplateReader.TooLarge t) {
            return WorkbookProblems.workbookTooLargeInside(file, t.what, t.amount, t.limit);
        }
        return LoadProblems.workbookUnreadable(file, e.getMessage());
    }

    /** The actuals of an already read workbook; {@code file} names it in findings. */
    public static LoadResult<DepartmentActuals> load(String file, FilledWorkbook wb, boolean allowMissing) {
        if (wb.tables().isEmpty()) {
            return new LoadResult<>(null, List.of(WorkbookProblems.notATemplate(file, wb.sheetNames())));
        }
        ActualsWorkbookLoader l = new ActualsWorkbookLoader(file, allowMissing);
        DepartmentActuals d = l.department(wb);
        return new LoadResult<>(d, l.out);
    }

    private DepartmentActuals department(FilledWorkbook wb) {
        Sheet first = wb.tables().get(0);
        String department = required(first, first.department(), "部门名称");
        int year = year(first);
        TableActuals overall = null;
        TableActuals evaluation = null;
        List<TableActuals> projects = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Sheet s : wb.tables()) {
            TableActuals t = table(s);
            String firstSheet = seen.putIfAbsent((s.overall() ? "overall:" : s.evaluation() ? "evaluation:"
                    : "project:") + t.name(), s.name());
            if (firstSheet != null) {
                out.add(WorkbookProblems.duplicateSheet(at(s, s.table()), t.name(), firstSheet));
            } else if (s.overall()) {
                overall = t;
            } else if (s.evaluation()) {
                evaluation = t;
            } else {
                projects.add(t);
            }
        }
        return new DepartmentActuals(department, at(first, first.department()), year, at(first, first.year()), overall,
                projects, file, evaluation);
    }

    private TableActuals table(Sheet s) {
        String name = s.overall() && s.table().text().isBlank() ? IndicatorTable.OVERALL_NAME
                : s.evaluation() && s.table().text().isBlank() ? IndicatorTable.EVALUATION_NAME
                : required(s, s.table(), "项目名称");
        Map<String, ActualEntry> actuals = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        Map<String, Location> unread = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        for (Row r : s.rows()) {
            Integer first = rowOf.putIfAbsent(r.key(), r.row());
            if (first != null) {
                // a copied row: the second would silently replace the first
                out.add(WorkbookProblems.rowTwice(at(s, r.actual()), r.label(), name, first));
                continue;
            }
            int errors = errors();
            actual(s, name, r).ifPresentOrElse(a -> actuals.put(a.key(), a), () -> {
                if (errors() > errors) {
                    unread.put(r.key(), at(s, r.actual())); // reported at its cell: not missing as well
                }
            });
            Cell reason = r.reason();
            if (reason.problem() == null && !reason.text().isBlank() && length(s, reason)) {
                reasons.put(r.key(), reason.text());
            }
        }
        for (FilledWorkbook.Stray stray : s.strays()) {
            // an indicator typed into the sheet: the targets file is where indicators are added
            Cell c = stray.name().blank() ? stray.first() : stray.name();
            out.add(WorkbookProblems.rowNotInTemplate(at(s, c), stray.name().blank() ? stray.first().text()
                    : stray.name().text(), name));
        }
        if (s.evaluation()) {
            // the sheet has no budget cells: no 全年执行数, no 全年预算数
            return new TableActuals(TableKind.EVALUATION, name, null, actuals, Map.of(), reasons, at(s, s.actualHeader()),
                    unread, null);
        }
        return new TableActuals(s.overall() ? TableKind.OVERALL : TableKind.PROJECT, name, spent(s), actuals, Map.of(),
                reasons, at(s, s.actualHeader()), at(s, s.spent()), unread,
                amount(s, s.adjusted(), TemplateLayout.ADJUSTED_HEADER));
    }

    private int errors() {
        return (int) out.stream().filter(Finding::isError).count();
    }

    /** True when the cell's text is short enough to read (KPI-0136 otherwise). */
    private boolean length(Sheet s, Cell c) {
        if (c.text().length() > YamlReader.MAX_VALUE_CHARS) {
            out.add(LoadProblems.valueTooLong(at(s, c), c.text().length(), YamlReader.MAX_VALUE_CHARS));
            return false;
        }
        return true;
    }

    /**
     * A value cell's formula: none is fine; one with a value saved is read as that value with a note (KPI-0189);
     * one saved without a value is an error (KPI-0188), never read as 0.
     *
     * @return false when the cell cannot be read
     */
    private boolean formula(Sheet s, Cell c, String column) {
        if (c.formula() == null) {
            return true;
        }
        if (TemplateReader.NO_SAVED_VALUE.equals(c.problem())) {
            out.add(WorkbookProblems.formulaWithoutValue(at(s, c), column, c.formula()));
            return false;
        }
        if (c.problem() == null) {
            out.add(WorkbookProblems.formulaValueUsed(at(s, c), column, c.formula(), c.text()));
        }
        return true;
    }

    private Optional<ActualEntry> actual(Sheet s, String table, Row r) {
        Cell c = r.actual();
        Location at = at(s, c);
        if (!formula(s, c, ACTUAL + " of '" + r.label() + "'") || !length(s, c)) {
            return Optional.empty();
        }
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at, WorkbookTexts.text("column.actualOf", "indicator", r.label()),
                    c.problem(), r.unit().isEmpty() ? WorkbookTexts.text("example.grade")
                            : WorkbookTexts.text("example.measured", "unit", r.unit())));
            return Optional.empty();
        }
        if (c.text().isBlank()) {
            if (!allowMissing) {
                out.add(WorkbookProblems.emptyActual(at, table, r.label()));
            }
            return Optional.empty(); // with --allow-missing, scoring gives it 0 with a finding
        }
        String text = BARE_NUMBER.matcher(c.text()).matches() && !fraction(c, r) ? c.text() + r.unit() : c.text();
        return Values.parse(text, at, out, LoadProblems::badActual, false, r.key())
                .map(pv -> new ActualEntry(r.key(), text, pv.value(), at));
    }

    /**
     * A bare fraction below 1 typed in a cell that is not formatted as a percent, on a row whose target is a
     * percentage: 0.96 is read as the number it is, so that pairing asks whether 96% was meant (KPI-0128) exactly
     * as for an actuals YAML, instead of taking it as 0.96%.
     */
    private static boolean fraction(Cell c, Row r) {
        if (!"%".equals(r.unit()) || c.percent()) {
            return false;
        }
        BigDecimal v = new BigDecimal(c.text());
        return v.signum() > 0 && v.compareTo(BigDecimal.ONE) < 0;
    }

    private BigDecimal spent(Sheet s) {
        return amount(s, s.spent(), TemplateLayout.SPENT_HEADER);
    }

    /** An amount of 万元 typed in {@code c} (全年执行数, 全年预算数); null when blank or not readable (a finding). */
    private BigDecimal amount(Sheet s, Cell c, String header) {
        if (!formula(s, c, header) || !length(s, c)) {
            return null;
        }
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at(s, c), header, c.problem(), "19.6"));
            return null;
        }
        if (c.text().isBlank()) {
            return null;
        }
        Optional<BigDecimal> amount = WanYuan.wanYuan(c.text());
        if (amount.isEmpty()) {
            out.add(LoadProblems.badNumber(at(s, c), header, c.text(),
                    WorkbookTexts.text("example.spent")));
        } else if (amount.get().signum() < 0) {
            out.add(LoadProblems.negativeNumber(at(s, c), header, c.text(),
                    WorkbookTexts.text("example.spentNotNegative")));
            return null;
        }
        return amount.orElse(null);
    }

    private int year(Sheet s) {
        String text = s.year().text();
        try {
            int y = Integer.parseInt(text.strip());
            if (y >= Years.MIN && y <= Years.MAX) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        out.add(LoadProblems.badYear(at(s, s.year()), text));
        return 0;
    }

    private String required(Sheet s, Cell c, String what) {
        if (c.text().isBlank()) {
            out.add(WorkbookProblems.templateChanged(at(s, c), WorkbookTexts.text("changed.emptyCell", "cell", what)));
            return "";
        }
        return c.text();
    }

    private Location at(Sheet s, Cell c) {
        return Location.cell(file, s.name(), c.row(), c.column());
    }
}
