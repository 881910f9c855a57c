package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.monitor.Light;
import io.jixiao.problem.InLanguage;
import io.jixiao.problem.Language;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbench's ranking workbook: the lines as given, numbers as numbers, the same bytes every time. */
class RankingWorkbookTest {

    static final List<RankingWorkbook.Line> LINES = List.of(
            new RankingWorkbook.Line(1, "甲部门", 2023, new BigDecimal("90.775"), "优", new BigDecimal("7.954"), 3,
                    Light.RED, "优先保障", BigDecimal.ZERO),
            new RankingWorkbook.Line(2, "乙部门", 2023, new BigDecimal("72.5"), "中", null, 0, null, "压减",
                    new BigDecimal("10")),
            new RankingWorkbook.Line(0, "丙部门", 2023, null, null, null, 1, Light.GREEN, null, null));

    @Test
    void theLinesAreWrittenAsGivenWithNumbersAsNumbers() throws Exception {
        try (XSSFWorkbook wb = Seeds.open(RankingWorkbook.write(2023, LINES))) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Ranking");
            assertThat(Seeds.text(s, 0, 0)).contains("2023");
            assertThat(Seeds.text(s, 1, 0)).isEqualTo("Rank");
            // row 3 (index 2): 90.775 rounds HALF_UP to 90.78, 7.954 to 7.95
            assertThat(s.getRow(2).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(90.78);
            assertThat(s.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(7.95);
            assertThat(Seeds.text(s, 2, 7)).isEqualTo("red");
            assertThat(Seeds.text(s, 2, 8)).isEqualTo("优先保障");
            // 10 % cut: the cell holds 0.10 shown as a percentage
            assertThat(s.getRow(3).getCell(9).getNumericCellValue()).isEqualTo(0.10);
            assertThat(Seeds.text(s, 3, 9)).isEqualTo("10.00%");
            assertThat(Seeds.text(s, 3, 5)).isEmpty();
            assertThat(Seeds.text(s, 3, 7)).isEqualTo("—");
            // not scored: no rank, the words instead of a score
            assertThat(Seeds.text(s, 4, 0)).isEmpty();
            assertThat(Seeds.text(s, 4, 3)).isEqualTo("not scored");
            assertThat(s.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void theSameLinesGiveTheSameBytes() throws Exception {
        byte[] first = RankingWorkbook.write(2023, LINES);
        Thread.sleep(1100); // past a zip timestamp's two-second granularity would show a date in the bytes
        assertThat(RankingWorkbook.write(2023, LINES)).isEqualTo(first);
    }

    @Test
    void inChineseTheHeadersAndLightsAreChinese() throws Exception {
        byte[] zh = InLanguage.get(Language.ZH, () -> RankingWorkbook.write(2023, LINES));
        try (XSSFWorkbook wb = Seeds.open(zh)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("排名");
            assertThat(Seeds.text(s, 0, 0)).isEqualTo("2023 年度部门绩效排名");
            assertThat(Seeds.text(s, 2, 7)).isEqualTo("红灯");
            assertThat(Seeds.text(s, 4, 3)).isEqualTo("未评分");
        }
    }
}
