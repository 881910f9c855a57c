package io.jixiao.workbook;

import io.jixiao.load.Source;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.pipeline.Evaluation;
import io.jixiao.pipeline.HostileScalarProperties;
import io.jixiao.pipeline.HostileScalarProperties.Judge;
import io.jixiao.pipeline.HostileText;
import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Stage;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.scoring.IndicatorScore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A fuzz of workbook cells (issue 13): whatever an officer leaves in a 实际完成值 or 全年执行数 cell of the template
 * — numbers of any size and sign, General or percent formatted, text of every kind, truth values, dates, formulas
 * with a saved value or without one — the evaluation refuses it with coded findings at the cell or scores it
 * sensibly (the YAML fuzz's {@link Judge}), never with an untyped exception, never a silent 0 for a formula.
 */
class HostileCellProperties {

    private static final byte[] TEMPLATE = template();

    /** What a cell holds. */
    record Content(String kind, double number, String text) {
    }

    @Property(tries = 250)
    void aHostileCellIsRefusedAtItsCellOrScoredSensibly(@ForAll("contents") Content c, @ForAll("rows") int index,
                                                        @ForAll boolean spentCell) throws IOException {
        byte[] filled = fill(c, index, spentCell);
        Evaluation e;
        try {
            e = new Pipeline(Options.defaults()).evaluate(Source.text("targets.yaml", HostileScalarProperties.TARGETS),
                    Source.bytes("actuals.xlsx", filled), EnumSet.of(Stage.SCORE, Stage.RECHECK));
        } catch (RuntimeException | StackOverflowError ex) {
            throw new AssertionError("an untyped " + ex + " for " + c, ex);
        }
        Judge.messagesAreShort(e.findings());
        Statistics.collect(c.kind(), e.ok() ? "scored" : "refused");
        if (c.kind().equals("formula")) {
            // saved without a value: never read as 0 (or anything)
            org.assertj.core.api.Assertions.assertThat(e.errors()).as(c.toString())
                    .anyMatch(f -> f.code().equals("KPI-0188"));
        }
        if (e.ok() && e.score() != null && !spentCell) {
            String key = HostileScalarProperties.KEYS.get(index);
            IndicatorScore line = HostileScalarProperties.line(e, key).orElseThrow();
            Judge.sensible(key, line, e.findings(), c.toString());
        }
    }

    private static byte[] fill(Content c, int index, boolean spentCell) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(TEMPLATE))) {
            Sheet s = wb.getSheet("项目A");
            Seeds.cell(s, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL).setCellValue(19);
            for (int i = 0; i < HostileScalarProperties.KEYS.size(); i++) {
                Seeds.cell(s, TemplateLayout.FIRST_INDICATOR_ROW + i, TemplateLayout.ACTUAL)
                        .setCellValue(HostileScalarProperties.FINE.get(i));
            }
            Cell cell = spentCell ? Seeds.cell(s, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL)
                    : Seeds.cell(s, TemplateLayout.FIRST_INDICATOR_ROW + index, TemplateLayout.ACTUAL);
            put(wb, cell, c);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void put(XSSFWorkbook wb, Cell cell, Content c) {
        cell.setBlank();
        switch (c.kind()) {
            case "number" -> cell.setCellValue(c.number());
            case "percent" -> {
                cell.setCellValue(c.number());
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
                cell.setCellStyle(st);
            }
            case "text" -> cell.setCellValue(c.text());
            case "bool" -> cell.setCellValue(c.number() > 0);
            case "date" -> {
                cell.setCellValue(java.time.LocalDate.of(2023, 12, 31));
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                cell.setCellStyle(st);
            }
            case "formula" -> {
                cell.setCellFormula("1+" + Math.abs((long) c.number() % 1000));
                if (((XSSFCell) cell).getCTCell().isSetV()) {
                    ((XSSFCell) cell).getCTCell().unsetV(); // saved without a value
                }
            }
            case "formula-cached" -> {
                cell.setCellValue(c.number());
                cell.setCellFormula("0+" + Math.abs((long) c.number() % 1000));
            }
            default -> {
                // blank
            }
        }
    }

    @Provide
    Arbitrary<Content> contents() {
        Arbitrary<Double> numbers = Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(-2, 2), Arbitraries.of(0.96, 0.5, 0.0, -0.0, 196000.0, 1e15, 1e300,
                        -50.0, 12.0, 100.0, 0.01, 1e-9, Double.MIN_VALUE, Double.MAX_VALUE));
        Arbitrary<String> kinds = Arbitraries.of("number", "number", "percent", "text", "text", "text", "bool", "date",
                "formula", "formula-cached", "blank");
        return Combinators.combine(kinds, numbers, HostileText.scalars().map(t -> t.length() > 32767
                ? t.substring(0, 32767) : t.replace("\u0000", ""))).as(Content::new);
    }

    @Provide
    Arbitrary<Integer> rows() {
        return Arbitraries.integers().between(0, HostileScalarProperties.KEYS.size() - 1);
    }

    private static byte[] template() {
        DepartmentTargets t = TargetsLoader.load(Source.text("targets.yaml", HostileScalarProperties.TARGETS), false)
                .orThrow();
        return ActualsTemplate.write(t, ProfileLoader.load("national", null));
    }
}
