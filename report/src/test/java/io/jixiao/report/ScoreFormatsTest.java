package io.jixiao.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jixiao.problem.Language;
import io.jixiao.scoring.DepartmentScore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The score formats on 广阳 2023 (profile national) in both languages: JSON keeps its stable English values and adds
 * statusLabel in the language of the run; the CSV header is the run's language (the English one as it always was);
 * the table's headings and status words are the 自评表's in Chinese. 未达成 is labelled 未达成 everywhere, although
 * it scores its default 30% (status partial).
 */
class ScoreFormatsTest {

    private static final DepartmentScore D = Seeds.scored("guangyang/2023").score();

    static <T> T in(Language language, Supplier<T> work) {
        Language before = Language.current();
        Language.use(language);
        try {
            return work.get();
        } finally {
            Language.use(before);
        }
    }

    @Test
    void jsonKeepsTheStableStatusAndAddsItsLabel() throws Exception {
        JsonNode zh = new ObjectMapper().readTree(in(Language.ZH, () -> JsonReport.render(D)));
        JsonNode en = new ObjectMapper().readTree(in(Language.EN, () -> JsonReport.render(D)));
        JsonNode line = indicator(zh, "政务网络平台项目经费", "有效提高广阳区经济质量");
        assertThat(line.get("actual").asText()).isEqualTo("未达成");
        assertThat(line.get("status").asText()).isEqualTo("partial");        // by the fraction: 30% > 0
        assertThat(line.get("statusLabel").asText()).isEqualTo("未达成");     // by its grade
        assertThat(indicator(en, "政务网络平台项目经费", "有效提高广阳区经济质量").get("statusLabel").asText())
                .isEqualTo("not achieved");
        // 部分达成 under 达标得满分，不达标不得分 scores 0 (missed) and stays 部分达成
        JsonNode passFail = indicator(zh, "部门整体", "改善广阳区政务网络服务质量");
        assertThat(passFail.get("status").asText()).isEqualTo("missed");
        assertThat(passFail.get("statusLabel").asText()).isEqualTo("部分达成");
        List<String> labels = new ArrayList<>();
        zh.get("projects").forEach(p -> p.get("indicators").forEach(i -> labels.add(i.get("statusLabel").asText())));
        assertThat(labels).containsOnly("达成", "部分达成", "未达成", "不适用");
        // the rest of the JSON does not depend on the language
        assertThat(zh.get("score").asText()).isEqualTo(en.get("score").asText()).isEqualTo("90.78");
    }

    @Test
    void theCsvHeaderIsInTheLanguageOfTheRun() {
        String en = in(Language.EN, () -> CsvReport.render(D));
        assertThat(en.lines().findFirst().orElseThrow()).isEqualTo("department,year,table,level1,level2,name,target,"
                + "actual,points,score,status,rule,explanation,tableScore,tableGrade");
        assertThat(en).contains(",有效提高广阳区经济质量,有效提高,未达成,10.00,3.00,partial,grade,");
        String zh = in(Language.ZH, () -> CsvReport.render(D));
        assertThat(zh.lines().findFirst().orElseThrow()).isEqualTo("部门,年度,绩效目标表,一级指标,二级指标,三级指标,"
                + "年度指标值,实际完成值,分值,得分,完成情况,评分规则,评分依据,表总分,表自评等级");
        assertThat(zh).contains(",有效提高广阳区经济质量,有效提高,未达成,10.00,3.00,未达成,grade,");
    }

    @Test
    void theTableSpeaksTheWordsOfTheSelfEvaluationTable() {
        String zh = in(Language.ZH, () -> TableReport.render(D));
        assertThat(zh).contains("部门得分 90.78  自评等级 优  计算方法 部门整体表（部门整体表得分 90.78）")
                // 全年预算数 54 (年初 56): 52.8/54 = 97.78% → 10 × 0.9778 = 9.78; 指标得分 74.04 + 9.78 = 83.82
                .contains("■ 政务网络平台项目经费  总分 83.82  自评等级 良")
                .contains("预算执行率：执行数52.8万元 / 全年预算54万元（年初56万元） = 97.78% → 10.00×0.9778=9.78")
                .containsPattern("三级指标 +年度指标值 +实际完成值 +分值 +得分  完成情况  评分依据")
                .containsPattern("有效提高广阳区经济质量 +有效提高 +未达成 +10\\.00 +3\\.00  未达成 +按等级计分：");
        String en = in(Language.EN, () -> TableReport.render(D));
        assertThat(en).contains("Department score 90.78  grade 优  (overall: the overall table's score 90.78)")
                .containsPattern("indicator +target +actual +points +score  status +basis")
                .containsPattern("有效提高广阳区经济质量 +有效提高 +未达成 +10\\.00 +3\\.00  not achieved +grade: ");
    }

    private static JsonNode indicator(JsonNode root, String table, String name) {
        List<JsonNode> tables = new ArrayList<>();
        if (!root.get("overall").isNull()) {
            tables.add(root.get("overall"));
        }
        root.get("projects").forEach(tables::add);
        for (JsonNode t : tables) {
            if (t.get("name").asText().equals(table)) {
                for (JsonNode i : t.get("indicators")) {
                    if (i.get("name").asText().equals(name)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError(table + "/" + name);
    }
}
