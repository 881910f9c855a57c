package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import org.junit.jupiter.api.Test;

/**
 * {@code jixiao import} recognises a 部门整体支出绩效评价 评分表 in a disclosure (docs/scoring.md#evaluation): a table with
 * 一级指标, 分值 and 评分标准 but no 指标值, whose 一级指标 are its own (决策, 过程, 产出, 效益). It is written as
 * {@code evaluation:} and loads as the evaluation sheet.
 */
class EvaluationImportTest {

    private static final String DOC = new TextTables()
            .paragraph("2024年项目支出绩效目标表")
            .row("项目名称", "网络安全监测")
            .row("一级指标", "二级指标", "三级指标", "指标值")
            .row("产出指标", "数量指标", "监测数量", "≥100条")
            .paragraph("二、部门整体支出绩效评价评分表")
            .row("一级指标", "二级指标", "三级指标", "分值", "指标解释", "评分标准")
            .row("决策", "预算配置", "重点支出安排率", "20", "重点支出占比", "重点支出安排率≥90%，计20分；80%(含)-90%，计15分；低于80%不得分")
            .row("过程", "预算执行", "预算调整率", "30", "调整数占预算数的比", "预算调整率=0，计30分；0-10%(含)，计20分；大于10%不得分")
            .row("", "财务管理", "结转结余情况", "20", "", "无结余，20分；有结余，但不超过上年结转，10分；结余超过上年结转，不得分")
            .row("效益", "社会效益", "年度工作目标实现", "30", "", "达成年度指标计30分；部分达成计18分；未达成不得分")
            .paragraph("附")
            .row("部门名称", "某某区委网信办")
            .toString();

    @Test
    void aScoreSheetIsImportedAsTheEvaluation() {
        ImportResult r = DisclosureImporter.importDoc(TextExportReader.read("t.txt", DOC));
        assertThat(r.yaml()).contains("evaluation:", "  name: 部门整体支出绩效评价", "level1: 决策", "points: 20",
                "deduction: 重点支出安排率≥90%，计20分；80%(含)-90%，计15分；低于80%不得分");
        assertThat(r.findings()).extracting(Finding::code).contains("KPI-0179").doesNotContain("KPI-0165", "KPI-0175",
                "KPI-0177", "KPI-0151");
        Finding f = r.findings().stream().filter(x -> x.code().equals("KPI-0179")).findFirst().orElseThrow();
        assertThat(f.message()).contains("'部门整体支出绩效评价', 4 indicators");
        DepartmentTargets d = Seeds.load("t", r.yaml()).orThrow();
        assertThat(d.evaluation().kind()).isEqualTo(TableKind.EVALUATION);
        assertThat(d.evaluation().indicators()).extracting(Indicator::level1)
                .containsExactly("决策", "过程", "过程", "效益");
        assertThat(d.evaluation().indicators()).extracting(i -> i.deduction().standard().getClass().getSimpleName())
                .containsExactly("Bands", "Bands", "Choices", "Grades");
        assertThat(d.projects()).extracting(t -> t.name()).containsExactly("网络安全监测");
        assertThat(r.tables()).isEqualTo(2);
    }
}
