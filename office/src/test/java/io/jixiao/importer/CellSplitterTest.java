package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells holding several indicators, from the shifeng seed, and cells that must stay whole. */
class CellSplitterTest {

    @Test
    void aNumberedListPairsNthNameWithNthTarget() {
        CellSplitter.Result r = CellSplitter.split(
                "1.编写《石峰舆情》12期，2.组织开展网络安全宣传周活动1次，      3.开展网评员培训2次。",
                "1.≥12期        2.1次            3.1次");
        assertThat(r).isEqualTo(new CellSplitter.Split(List.of("编写《石峰舆情》12期", "组织开展网络安全宣传周活动1次",
                "开展网评员培训2次"), List.of("≥12期", "1次", "1次"), "a numbered list of 3 indicators and of 3 targets"));
    }

    @Test
    void targetsSeparatedBySpacesSplitTheNamesTheSameWay() {
        CellSplitter.Result r = CellSplitter.split("编写《石峰舆情》12期            组织开展网络安全宣传周活动1次 开展网评员培训2次",
                "≥1期          1次            2次");
        assertThat(((CellSplitter.Split) r).names())
                .containsExactly("编写《石峰舆情》12期", "组织开展网络安全宣传周活动1次", "开展网评员培训2次");
        assertThat(((CellSplitter.Split) r).targets()).containsExactly("≥1期", "1次", "2次");
    }

    @Test
    void namesSeparatedByWideGapsShareOneTarget() {
        CellSplitter.Result r = CellSplitter.split(
                "网络留言回复率达100%\u3000        上级舆情交办完成率100%        上级下发网宣网评任务完成率100%", "100%");
        assertThat(((CellSplitter.Split) r).names())
                .containsExactly("网络留言回复率达100%", "上级舆情交办完成率100%", "上级下发网宣网评任务完成率100%");
        assertThat(((CellSplitter.Split) r).targets()).containsOnly("100%");
    }

    @Test
    void countsThatDoNotMatchAreAMismatch() {
        assertThat(CellSplitter.split("甲指标 乙指标", "≥1期 2次 3次")).isEqualTo(new CellSplitter.Mismatch(2, 3));
        assertThat(CellSplitter.split("1.甲 2.乙 3.丙", "1.≥1期 2.2次")).isEqualTo(new CellSplitter.Mismatch(3, 2));
    }

    @Test
    void ordinaryCellsStayWhole() {
        assertThat(CellSplitter.split("多方面 高频次的推送", "≥1000")).isEqualTo(new CellSplitter.One());
        assertThat(CellSplitter.split("可持续影响  指标", "不断提升")).isEqualTo(new CellSplitter.One());
        assertThat(CellSplitter.split("1.5倍增长", "≥1.5")).isEqualTo(new CellSplitter.One());
        assertThat(CellSplitter.split("全年监测舆情信息数量", "≥ 2万条")).isEqualTo(new CellSplitter.One());
        assertThat(CellSplitter.split("1年", "1年")).isEqualTo(new CellSplitter.One());
    }
}
