package io.jixiao.workbook;

import static io.jixiao.workbook.ProgressLayout.*;

import io.jixiao.load.ActualsFiles;
import io.jixiao.load.LoadProblems;
import io.jixiao.load.LoadResult;
import io.jixiao.load.ProgressFormat;
import io.jixiao.load.ProgressLoader;
import io.jixiao.load.ProgressProblems;
import io.jixiao.load.Source;
import io.jixiao.load.Values;
import io.jixiao.load.Years;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.Likelihood;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.WanYuan;
import io.jixiao.workbook.FilledWorkbook.Cell;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Loads a filled monitoring workbook ({@code jixiao template --monitoring}, then Excel or WPS) into the same
 * {@link DepartmentProgress} a progress YAML gives, every finding placed at its cell ({@code 监控表.xlsx:申遗经费!F4}).
 * A bare number in 当前完成值 or 全年预计完成值 is taken in the target's unit. Registered as the {@link ProgressFormat}
 * of workbooks, so that {@link io.jixiao.load.ProgressFiles} reads them wherever progress is read.
 */
public final class ProgressWorkbookLoader implements ProgressFormat {

    private static final Pattern BARE_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private final String file;
    private final List<Finding> out = new ArrayList<>();

    /** The {@link ProgressFormat} service ({@link java.util.ServiceLoader} makes it). */
    public ProgressWorkbookLoader() {
        this(null);
    }

    private ProgressWorkbookLoader(String file) {
        this.file = file;
    }

    @Override
    public boolean reads(String name) {
        return ActualsFiles.isWorkbook(name);
    }

    @Override
    public LoadResult<DepartmentProgress> load(Source source) {
        String name = source.name();
        byte[] content;
        try {
            if (source instanceof Source.BytesSource b) {
                content = b.content();
            } else {
                Path path = ((Source.FileSource) source).path();
                long size = Files.size(path);
                if (size > ActualsWorkbookLoader.MAX_BYTES) {
                    return new LoadResult<>(null, List.of(WorkbookProblems.workbookTooLarge(name, size,
                            ActualsWorkbookLoader.MAX_BYTES)));
                }
                content = Files.readAllBytes(path);
            }
        } catch (IOException e) {
            return new LoadResult<>(null, List.of(LoadProblems.unreadable(name, e.getMessage())));
        }
        if (content.length > ActualsWorkbookLoader.MAX_BYTES) {
            return new LoadResult<>(null, List.of(WorkbookProblems.workbookTooLarge(name, content.length,
                    ActualsWorkbookLoader.MAX_BYTES)));
        }
        return read(name, new ByteArrayInputStream(content));
    }

    /** True when {@code file} opens as a workbook with at least one sheet of {@code jixiao template --monitoring}. */
    public static boolean isMonitoringTemplate(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return TemplateReader.open(in, wb -> {
                for (Sheet s : wb) {
                    if (TemplateReader.text(s, MARKER_ROW, MARKER_COL).startsWith(MARKER)) {
                        return true;
                    }
                }
                return false;
            });
        } catch (IOException | TemplateReader.Unreadable e) {
            return false;
        }
    }

    /** The progress of a workbook read from {@code in}; {@code file} names it in findings. */
    public static LoadResult<DepartmentProgress> read(String file, InputStream in) {
        ProgressWorkbookLoader l = new ProgressWorkbookLoader(file);
        try {
            return TemplateReader.open(in, wb -> {
                List<Sheet> tables = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (Sheet s : wb) {
                    names.add(s.getSheetName());
                    if (TemplateReader.text(s, MARKER_ROW, MARKER_COL).startsWith(MARKER)) {
                        tables.add(s);
                    }
                }
                if (tables.isEmpty()) {
                    return new LoadResult<>(null, List.of(WorkbookProblems.notAMonitoringTemplate(file, names)));
                }
                DepartmentProgress d = l.department(tables);
                return new LoadResult<>(d, l.out);
            });
        } catch (TemplateReader.Unreadable e) {
            return new LoadResult<>(null, List.of(LoadProblems.workbookUnreadable(file, e.getMessage())));
        }
    }

    private DepartmentProgress department(List<Sheet> sheets) {
        Sheet first = sheets.get(0);
        Cell department = TemplateReader.cell(first, DEPARTMENT_ROW, VALUE_COL);
        Cell yearCell = TemplateReader.cell(first, DEPARTMENT_ROW, YEAR_COL);
        String name = required(first, department, "部门名称");
        int year = year(first, yearCell);
        int month = 0;
        Location monthAt = at(first, TemplateReader.cell(first, DEPARTMENT_ROW, MONTH_COL));
        String monthSheet = null;
        TableProgress overall = null;
        List<TableProgress> projects = new ArrayList<>();
        Map<String, String> seen = new LinkedHashMap<>();
        for (Sheet s : sheets) {
            boolean isOverall = TemplateReader.text(s, MARKER_ROW, MARKER_COL).endsWith(TemplateLayout.OVERALL);
            int m = month(s);
            if (m > 0 && month == 0) {
                month = m;
                monthSheet = s.getSheetName();
                monthAt = at(s, TemplateReader.cell(s, DEPARTMENT_ROW, MONTH_COL));
            } else if (m > 0 && m != month) {
                out.add(ProgressProblems.monthsDiffer(at(s, TemplateReader.cell(s, DEPARTMENT_ROW, MONTH_COL)), m, month,
                        monthSheet));
            }
            TableProgress t = table(s, isOverall);
            String firstSheet = seen.putIfAbsent((isOverall ? "overall:" : "project:") + t.name(), s.getSheetName());
            if (firstSheet != null) {
                out.add(WorkbookProblems.duplicateSheet(at(s, TemplateReader.cell(s, TABLE_ROW, VALUE_COL)), t.name(),
                        firstSheet));
            } else if (isOverall) {
                overall = t;
            } else {
                projects.add(t);
            }
        }
        return new DepartmentProgress(name, at(first, department), year, at(first, yearCell), month, monthAt, overall,
                projects, file);
    }

    /** The sheet's 监控截至月份, 0 when empty (reported) or unreadable (reported). */
    private int month(Sheet s) {
        Cell c = TemplateReader.cell(s, DEPARTMENT_ROW, MONTH_COL);
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at(s, c), MONTH_HEADER, c.problem(), "6"));
            return 0;
        }
        if (c.text().isBlank()) {
            out.add(ProgressProblems.badMonth(at(s, c), ""));
            return 0;
        }
        return ProgressLoader.month(c.text(), at(s, c), out);
    }

    private TableProgress table(Sheet s, boolean overall) {
        Cell tableCell = TemplateReader.cell(s, TABLE_ROW, VALUE_COL);
        String name = overall && tableCell.text().isBlank() ? IndicatorTable.OVERALL_NAME : required(s, tableCell,
                "项目名称");
        Cell spentCell = TemplateReader.cell(s, BUDGET_ROW, SPENT_COL);
        BigDecimal spent = money(s, spentCell, SPENT_HEADER);
        if (spentCell.problem() == null && spentCell.text().isBlank()) {
            out.add(ProgressProblems.missingSpent(at(s, spentCell), name));
        }
        BigDecimal adjusted = money(s, TemplateReader.cell(s, BUDGET_ROW, ADJUSTED_COL), ADJUSTED_HEADER);
        BigDecimal expected = money(s, TemplateReader.cell(s, BUDGET_ROW, EXPECTED_COL), EXPECTED_HEADER);
        Map<String, ProgressEntry> lines = new LinkedHashMap<>();
        for (int r = FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
            String key = TemplateReader.text(s, r, KEY).strip();
            if (key.isBlank()) {
                continue;
            }
            line(s, r, key).ifPresent(e -> lines.put(e.key(), e));
        }
        return new TableProgress(overall ? TableKind.OVERALL : TableKind.PROJECT, name, spent, at(s, spentCell),
                expected, adjusted, lines, at(s, TemplateReader.cell(s, HEADER_ROW, CURRENT)));
    }

    /** One indicator's row; empty when the department wrote nothing on it (no progress reported). */
    private Optional<ProgressEntry> line(Sheet s, int r, String key) {
        String unit = TemplateReader.text(s, r, UNIT).strip();
        String label = TemplateReader.text(s, r, NAME).strip();
        Cell current = TemplateReader.cell(s, r, CURRENT);
        Cell forecast = TemplateReader.cell(s, r, FORECAST);
        Cell likelihood = TemplateReader.cell(s, r, LIKELIHOOD);
        Cell reason = TemplateReader.cell(s, r, REASON);
        Cell measures = TemplateReader.cell(s, r, MEASURES);
        if (List.of(current, forecast, likelihood, reason, measures).stream().allMatch(Cell::blank)) {
            return Optional.empty();
        }
        Location likelihoodAt = at(s, likelihood);
        Likelihood l = null;
        if (likelihood.problem() != null) {
            out.add(WorkbookProblems.cellKind(likelihoodAt,
                    WorkbookTexts.text("column.likelihoodOf", "indicator", label), likelihood.problem(),
                    String.join(", ", LIKELIHOODS)));
        } else {
            l = ProgressLoader.likelihood(likelihood.text(), label, likelihoodAt, out);
        }
        String reasonText = text(s, reason, label);
        String measuresText = text(s, measures, label);
        // where the department would write what is missing: 偏差原因 first, then 纠偏措施
        Location explanationAt = at(s, reasonText == null ? reason : measures);
        return Optional.of(new ProgressEntry(key, value(s, current, key, unit, label, "当前完成值"),
                value(s, forecast, key, unit, label, "全年预计完成值"), l, likelihoodAt, reasonText, measuresText,
                explanationAt, at(s, TemplateReader.cell(s, r, NAME))));
    }

    private ActualEntry value(Sheet s, Cell c, String key, String unit, String label, String column) {
        Location at = at(s, c);
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at, WorkbookTexts.text("column.valueOf", "column", column, "indicator",
                    label), c.problem(), unit.isEmpty() ? WorkbookTexts.text("example.grade")
                            : WorkbookTexts.text("example.measured", "unit", unit)));
            return null;
        }
        if (c.text().isBlank()) {
            return null;
        }
        String text = BARE_NUMBER.matcher(c.text()).matches() ? c.text() + unit : c.text();
        return Values.parse(text, at, out, LoadProblems::badActual).map(pv -> new ActualEntry(key, text, pv.value(), at))
                .orElse(null);
    }

    private String text(Sheet s, Cell c, String label) {
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at(s, c), WorkbookTexts.text("column.cellOf", "indicator", label),
                    c.problem(), "人员保障"));
            return null;
        }
        return c.text().isBlank() ? null : c.text();
    }

    private BigDecimal money(Sheet s, Cell c, String column) {
        if (c.problem() != null) {
            out.add(WorkbookProblems.cellKind(at(s, c), column, c.problem(), "87.57"));
            return null;
        }
        if (c.text().isBlank()) {
            return null;
        }
        Optional<BigDecimal> amount = WanYuan.wanYuan(c.text());
        if (amount.isEmpty()) {
            out.add(LoadProblems.badNumber(at(s, c), column, c.text(),
                    WorkbookTexts.text("example.spentToDate")));
        }
        return amount.orElse(null);
    }

    private int year(Sheet s, Cell c) {
        try {
            int y = Integer.parseInt(c.text().strip());
            if (y >= Years.MIN && y <= Years.MAX) {
                return y;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        out.add(LoadProblems.badYear(at(s, c), c.text()));
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
        return Location.cell(file, s.getSheetName(), c.row(), c.column());
    }
}
