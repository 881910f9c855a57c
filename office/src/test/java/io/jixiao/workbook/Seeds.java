package io.jixiao.workbook;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The four seed departments (indicators/) and scoring them (report's Seeds, whose statics this class has too),
 * and filling a template the way a finance officer does.
 */
public final class Seeds extends io.jixiao.report.Seeds {

    private Seeds() {
    }

    /**
     * The seed's template with every actual, 未完成原因, 全年执行数 and (where the YAML gives one) 全年预算数 of its
     * actuals-example typed in as text.
     */
    public static Path filledTemplate(String seed, Path dir) throws IOException {
        DepartmentActuals a = actuals(seed);
        Path file = dir.resolve(seed.replace('/', '-') + ".xlsx");
        Files.write(file, ActualsTemplate.write(targets(seed), NATIONAL));
        edit(file, wb -> {
            for (Sheet s : wb) {
                Optional<TableActuals> ta = tableOf(s, a);
                if (ta.isEmpty()) {
                    continue;
                }
                if (ta.get().spent() != null) {
                    cell(s, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL).setCellValue(ta.get().spent().doubleValue());
                }
                if (ta.get().adjustedBudget() != null) {
                    cell(s, TemplateLayout.BUDGET_ROW, TemplateLayout.ADJUSTED_COL)
                            .setCellValue(ta.get().adjustedBudget().doubleValue());
                }
                for (int r = TemplateLayout.FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
                    String key = text(s, r, TemplateLayout.KEY);
                    var entry = ta.get().actuals().get(key);
                    if (entry != null) {
                        cell(s, r, TemplateLayout.ACTUAL).setCellValue(entry.text());
                    }
                    String reason = ta.get().reasons().get(key);
                    if (reason != null) {
                        cell(s, r, TemplateLayout.REASON).setCellValue(reason);
                    }
                }
            }
        });
        return file;
    }

    private static Optional<TableActuals> tableOf(Sheet s, DepartmentActuals a) {
        String marker = text(s, TemplateLayout.MARKER_ROW, TemplateLayout.MARKER_COL);
        if (!marker.startsWith(TemplateLayout.MARKER)) {
            return Optional.empty();
        }
        if (marker.endsWith(TemplateLayout.OVERALL)) {
            return Optional.ofNullable(a.overall());
        }
        if (marker.endsWith(TemplateLayout.EVALUATION)) {
            return Optional.ofNullable(a.evaluation());
        }
        return a.project(text(s, TemplateLayout.TABLE_ROW, TemplateLayout.VALUE_COL))
                .filter(t -> t.kind() == TableKind.PROJECT);
    }

    /** Opens, changes and saves a workbook in place. */
    public static void edit(Path file, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        change.accept(wb);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    public static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
    }

    public static Cell cell(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    public static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell);
    }

    /** The row of the indicator with {@code key} on a template sheet (0-based), or -1. */
    public static int rowOf(Sheet s, String key) {
        for (int r = TemplateLayout.FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
            if (key.equals(text(s, r, TemplateLayout.KEY))) {
                return r;
            }
        }
        return -1;
    }
}
