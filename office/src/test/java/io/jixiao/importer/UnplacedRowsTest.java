package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows that cannot become indicators are written as comments and reported with their line; none is dropped. */
class UnplacedRowsTest {

    // line numbers: each row takes one line per cell plus a blank line
    private static final String DOC = new TextTables()
            .paragraph("2024年部门整体支出绩效指标")                                        // 1
            .row("一级指标", "二级指标", "三级指标", "评（扣）分标准", "指标值", "分值")             // 2-7
            .row("产出指标", "数量指标", "甲", "每减少10条，扣减数量分值的1%", "≥100条", "10")      // 9-14
            .row("成本指标", "经济成本指标", "乙", "", "≤5万元", "5")                          // 16-21
            .row("", "", "", "", "", "")                                                   // 23-28
            .row("效益指标", "社会效益指标", "丙", "看情况扣分", "有效改善", "十分")              // 30-35
            .row("", "", "", "", "≥90%", "")                                               // 37-42
            .row("满意度指标", "服务对象满意度指标", "满意度", "", "≥0095%", "")                  // 44-49
            .toString();

    private static ImportResult imported() {
        return DisclosureImporter.importDoc(TextExportReader.read("t.txt", DOC));
    }

    /** The same rows with a 部门名称 row at the end (lines 51-52), so that the YAML loads. */
    private static ImportResult withDepartment() {
        String doc = DOC + new TextTables().paragraph("附").row("部门名称", "某某区委网信办");
        return DisclosureImporter.importDoc(TextExportReader.read("t.txt", doc));
    }

    private static List<Integer> lines(ImportResult r, String code) {
        return r.findings().stream().filter(f -> f.code().equals(code)).map(f -> f.location().line()).toList();
    }

    @Test
    void theOverallTableKeepsItsReadableRows() {
        ImportResult r = withDepartment();
        DepartmentTargets d = Seeds.load("t", r.yaml()).orThrow();
        assertThat(d.overall().indicators()).extracting(i -> i.name()).containsExactly("甲", "丙", "满意度");
        assertThat(d.year()).isEqualTo(2024);
        assertThat(d.department()).isEqualTo("某某区委网信办");
        assertThat(r.findings()).noneMatch(f -> f.code().equals("KPI-0177"));
    }

    @Test
    void theCommentsAreInTheRunsLanguage() {
        // issue 14: the imported YAML's comments speak the run's language; the values stay as written
        io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
        try {
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
            ImportResult r = withDepartment();
            assertThat(r.yaml()).contains("# 由 `jixiao import` 从 t.txt 导入：", "# 以“!”开头的注释标出需要核对之处",
                    "# ! 第 16 行未导入：", "#   单元格：成本指标 | 经济成本指标 | 乙 |  | ≤5万元 | 5",
                    "- level1: 产出指标   # 第 11 行", "overall:   # 部门整体表，第 2-49 行",
                    "# ! 分值“十分”不是数字（第 35 行）", "# ! 评（扣）分标准无法识别：");
            assertThat(imported().yaml()).contains("department: \"\"   # ! 文档中未找到：请填写");
            assertThat(r.yaml()).doesNotContain("not imported", "# line ", "Imported by", "not found in");
            // the comments change nothing the loader reads: the same targets as in English
            DepartmentTargets zh = Seeds.load("t", r.yaml()).orThrow();
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.EN);
            DepartmentTargets en = Seeds.load("t", withDepartment().yaml()).orThrow();
            assertThat(zh.overall().indicators()).extracting(i -> i.name() + " " + i.targetText())
                    .containsExactlyElementsOf(en.overall().indicators().stream()
                            .map(i -> i.name() + " " + i.targetText()).toList());
        } finally {
            io.jixiao.problem.Language.use(before);
        }
    }

    @Test
    void anUnknownLevel1AndANamelessRowAreCommentsWithTheirLines() {
        ImportResult r = imported();
        assertThat(lines(r, "KPI-0165")).containsExactly(16, 37);
        assertThat(r.yaml()).contains("# ! line 16 not imported: 一级指标 '成本指标' is not one jixiao knows",
                "#   cells: 成本指标 | 经济成本指标 | 乙 |  | ≤5万元 | 5",
                "# ! line 37 not imported: the row has a 指标值 but neither 三级指标 nor 绩效指标描述 to name it");
    }

    @Test
    void anUnreadableDeductionIsACommentAndPointsThatAreNoNumberAreDropped() {
        ImportResult r = imported();
        assertThat(lines(r, "KPI-0169")).containsExactly(33);
        assertThat(lines(r, "KPI-0170")).containsExactly(35);
        assertThat(r.yaml()).contains("      # deduction: 看情况扣分", "# ! 分值 '十分' is not a number (line 35)")
                .contains("points: 10");
    }

    @Test
    void aLeadingZeroIsKeptAndFlagged() {
        ImportResult r = imported();
        assertThat(r.yaml()).contains("target: \"≥0095%\"");
        assertThat(lines(r, "KPI-0150")).containsExactly(48);
    }

    @Test
    void missingDepartmentIsReportedAndTheYamlSaysSo() {
        ImportResult r = imported();
        assertThat(r.findings()).anyMatch(f -> f.code().equals("KPI-0174") && f.message().contains("department"));
        assertThat(r.yaml()).contains("department: \"\"   # ! not found in the document: fill in");
        assertThat(r.findings()).anyMatch(f -> f.code().equals("KPI-0177"));
    }

    @Test
    void aDocumentWithoutTargetTableIsAnError() {
        String doc = new TextTables().paragraph("部门预算收支总表").row("收入总计", "100", "支出总计", "100").toString();
        assertThatThrownBy(() -> DisclosureImporter.importDoc(TextExportReader.read("b.txt", doc)))
                .isInstanceOf(KpiException.class)
                .satisfies(e -> assertThat(((KpiException) e).first().code()).isEqualTo("KPI-0164"));
    }

    @Test
    void aRowLabelRepeatedInEveryRowDoesNotEndTheTable() {
        // the 附表 layout with the merged 年度绩效指标 label written into every row, then 支出明细 (a new part)
        String doc = new TextTables().paragraph("1、甲项目绩效目标表")
                .row("年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值及单位")
                .row("年度绩效指标", "产出指标", "数量指标", "甲", "1次")
                .row("年度绩效指标", "", "质量指标", "乙", "100%")
                .row("支出明细及测算说明", "支出内容简介", "支出明细", "金额", "说明")
                .row("", "其他商品和服务支出", "其他商品和服务支出", "8", "①…")
                .toString();
        ImportResult r = DisclosureImporter.importDoc(TextExportReader.read("l.txt", doc));
        assertThat(r.yaml()).contains("name: 甲", "name: 乙").doesNotContain("支出");
        assertThat(r.findings()).noneMatch(f -> f.code().equals("KPI-0165"));
        assertThat(r.indicators()).isEqualTo(2);
    }

    @Test
    void aHeaderWithoutTargetColumnIsReported() {
        String doc = new TextTables().paragraph("1、甲项目绩效目标表").row("一级指标", "二级指标", "备注").row("产出指标", "x", "y")
                .paragraph("2、乙项目绩效目标表").row("一级指标", "二级指标", "指标值").row("产出指标", "数量指标", "1次")
                .toString();
        ImportResult r = DisclosureImporter.importDoc(TextExportReader.read("h.txt", doc));
        assertThat(lines(r, "KPI-0175")).containsExactly(2);
        assertThat(r.yaml()).contains("# ! line 2: a table with 一级指标 was not imported");
        assertThat(r.findings()).noneMatch(Finding::isError);
    }
}
