package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import org.junit.jupiter.api.Test;

/**
 * Two rows of one table whose names differ only in full-/half-width forms or spacing are one key to the loader
 * and to pairing (KPI-0106); the importer gives the second an id, as it does for names written identically.
 */
class RepeatedKeysTest {

    @Test
    void namesTheSameAfterNormalisingGetAnId() {
        String doc = new TextTables()
                .paragraph("2024年部门整体支出绩效指标")                                   // 1
                .row("一级指标", "二级指标", "三级指标", "指标值")                          // 2-5
                .row("产出指标", "数量指标", "设备数量（个/套）", "≥20个")                   // 7-10
                .row("产出指标", "质量指标", "设备数量(个/套)", "≥95%")                     // 12-15
                .row("效益指标", "社会效益指标", "服务  能力", "有效提升")                   // 17-20
                .row("效益指标", "可持续影响指标", "服务 能力", "持续")                      // 22-25
                .paragraph("附").row("部门名称", "某某区委网信办")
                .toString();
        ImportResult r = DisclosureImporter.importDoc(TextExportReader.read("k.txt", doc));
        DepartmentTargets d = Seeds.load("k", r.yaml()).orThrow();
        assertThat(d.overall().indicators()).extracting(Indicator::key)
                .containsExactly("设备数量（个/套）", "设备数量(个/套)-产出", "服务  能力", "服务 能力-效益");
        // reported at the second row's 三级指标 cell: lines 12 + 2 and 22 + 2
        assertThat(r.findings()).filteredOn(f -> f.code().equals("KPI-0171")).extracting(f -> f.location().line())
                .containsExactly(14, 24);
    }
}
