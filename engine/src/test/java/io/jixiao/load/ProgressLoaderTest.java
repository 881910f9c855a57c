package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.Likelihood;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableProgress;
import io.jixiao.value.Quantity;
import org.junit.jupiter.api.Test;

/** A progress file read with its Chinese keys, the month and 完成目标可能性 as the form writes them. */
class ProgressLoaderTest {

    @Test
    void chineseKeysAreTheFormsColumns() {
        LoadResult<DepartmentProgress> r = ProgressLoader.load(Source.text("监控.yaml", """
                部门: 黄石市文化和旅游局
                年度: 2019
                监控截至月份: 6月底
                项目:
                  - 项目名称: 申遗经费
                    累计支出: 87.57
                    全年预计执行数: 875700元
                    调整后预算数: 220
                    指标:
                      参观者满意度: {当前完成值: 85%, 全年预计完成值: 88%, 完成目标可能性: 有 可能, 偏差原因: 人员保障, 纠偏措施: 增加讲解员}
                """));
        assertThat(r.findings()).isEmpty();
        DepartmentProgress p = r.value();
        assertThat(p.month()).isEqualTo(6);
        TableProgress t = p.projects().get(0);
        assertThat(t.spentToDate()).isEqualByComparingTo("87.57");
        assertThat(t.expectedSpent()).isEqualByComparingTo("87.57"); // 875700元 = 87.57万元
        assertThat(t.adjustedBudget()).isEqualByComparingTo("220");
        ProgressEntry e = t.indicators().get("参观者满意度");
        assertThat(((Quantity) e.current().value()).amount()).isEqualByComparingTo("85");
        assertThat(e.forecast().text()).isEqualTo("88%");
        assertThat(e.projected()).isSameAs(e.forecast());
        assertThat(e.likelihood()).isEqualTo(Likelihood.POSSIBLE); // spaces inside the word ignored
        assertThat(e.reason()).isEqualTo("人员保障");
        assertThat(e.measures()).isEqualTo("增加讲解员");
    }

    @Test
    void aProgressFileIsRecognisedByItsContentBeforeItsIndicators() {
        YNode root = YamlReader.parse("p.yaml", "department: x\nyear: 2024\nmonth: 6\nprojects:\n  - name: p\n"
                + "    indicators: {}\n");
        assertThat(FileKind.of(root)).isEqualTo(FileKind.PROGRESS);
        YNode noMonth = YamlReader.parse("p.yaml", "department: x\nyear: 2024\nprojects:\n  - name: p\n"
                + "    spentToDate: 3\n    indicators: {}\n");
        assertThat(FileKind.of(noMonth)).isEqualTo(FileKind.PROGRESS);
    }
}
