package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.workbook.Seeds;
import io.jixiao.workbook.TemplateLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every independent error of a file in one run (docs/guide.md#one-pass): an officer fixing the 广阳 workbook sees
 * the empty cell, the unit that does not convert and 九十二 at once, each at its cell — not one class of error per
 * run, in three runs.
 */
class OnePassOfErrorsTest {

    @TempDir
    Path dir;

    /** The 广阳 template filled as the officer did: one empty cell, 九十二 for ≥90%, 19950个 for ≥2万条. */
    private Path gyMist() throws IOException {
        Files.copy(Seeds.targetsFile("guangyang/2023"), dir.resolve("targets.yaml"));
        Path wb = Seeds.filledTemplate("guangyang/2023", dir);
        Path mist = Files.move(wb, dir.resolve("gy-mist.xlsx"));
        Seeds.edit(mist, book -> {
            Sheet s = book.getSheet("部门整体");
            Seeds.cell(s, Seeds.rowOf(s, "维护数量"), TemplateLayout.ACTUAL).setBlank();
            Seeds.cell(s, Seeds.rowOf(s, "全区人员满意度"), TemplateLayout.ACTUAL).setCellValue("九十二");
            Seeds.cell(s, Seeds.rowOf(s, "全年监测舆情信息数量"), TemplateLayout.ACTUAL).setCellValue("19950个");
        });
        return mist;
    }

    /** The cell of an indicator's 实际完成值 on the 部门整体 sheet, as locations name it: 部门整体!E8. */
    private static String cell(Path workbook, String indicator) throws IOException {
        try (var book = Seeds.open(workbook)) {
            return workbook + ":部门整体!E" + (Seeds.rowOf(book.getSheet("部门整体"), indicator) + 1);
        }
    }

    @Test
    void theEmptyCellTheUnitAndTheChineseNumeralAreReportedInOneRun() throws IOException {
        Path mist = gyMist();
        Run r = Run.of("score", dir.resolve("targets.yaml").toString(), "--actuals", mist.toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        List<String> lines = r.err().lines().filter(l -> l.contains("KPI-")).toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith(cell(mist, "维护数量") + ": error KPI-0186"))
                .anySatisfy(l -> assertThat(l).startsWith(cell(mist, "全年监测舆情信息数量") + ": error KPI-0110"))
                .anySatisfy(l -> assertThat(l).startsWith(cell(mist, "全区人员满意度") + ": error KPI-0303")
                        .endsWith("Maybe write 92%"))
                .hasSize(3);
    }

    @Test
    void validateOfTheWorkbookBesideItsTargetsReportsTheSameThree() throws IOException {
        Path mist = gyMist();
        Run r = Run.of("validate", mist.toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out().lines().filter(l -> l.contains(" error KPI-")).map(l -> l.strip().split(" ")[2]))
                .containsExactly("KPI-0110:", "KPI-0186:", "KPI-0303:");
    }

    @Test
    void inYamlAValueErrorHidesNeitherAnUnknownIndicatorNorAUnitNorScoringsOwnErrors() throws IOException {
        Path targets = Files.copy(Seeds.targetsFile("guangyang/2023"), dir.resolve("targets.yaml"));
        String yaml = Files.readString(Seeds.actualsFile("guangyang/2023"))
                .replace("维护数量: \"90个\"", "维护数量: \"12..5个\"")              // value (load)
                .replace("网速达标率: \"93%\"", "网速达标率: \"93天\"")               // unit (pairing)
                .replace("全区人员满意度: \"92%\"", "全区人员满意度: \"百分之九十二\"")  // scoring
                .replace("项目成本: \"52.8万元\"", "项目成本费用: \"52.8万元\"");        // unknown indicator (pairing)
        Path actuals = Files.writeString(dir.resolve("actuals.yaml"), yaml);

        Run r = Run.of("score", targets.toString(), "--actuals", actuals.toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err().lines().filter(l -> l.contains(" error KPI-")).map(l -> l.split(" error ")[1].substring(0, 8)))
                .containsExactlyInAnyOrder("KPI-0109", "KPI-0121", "KPI-0110", "KPI-0120", "KPI-0303");
        // 项目成本 is missing because its line names another indicator: reported once, as missing, not twice
        assertThat(r.err()).contains("Maybe write 92%").doesNotContain("no actual for indicator '维护数量'");
    }

    @Test
    void aNumeralHintIsChineseInChinese() throws IOException {
        Path mist = gyMist();
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        int code = Main.run(new String[] {"score", dir.resolve("targets.yaml").toString(), "--actuals", mist.toString()},
                java.util.Map.of(), new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        assertThat(code).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString()).contains(cell(mist, "全区人员满意度") + ": 错误 KPI-0303: 实际完成值 '九十二'",
                "。建议填写 92%");
    }
}
