package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The text export format: TAB cells, blank-line rows, continuation lines, paragraphs, and its one ambiguity. */
class TextExportReaderTest {

    private static List<Block> read(String text) {
        return TextExportReader.read("t.txt", text).blocks();
    }

    @Test
    void cellsRowsContinuationsAndParagraphs() {
        List<Block> b = read("""
                标题
                \t一级指标
                \t二级
                指标
                
                \t产出指标
                \t数量指标
                
                [bookmark: _Toc1]其后
                """);
        assertThat(b).hasSize(3);
        assertThat(b.get(0)).isEqualTo(new Para("标题", 1));
        Table t = (Table) b.get(1);
        assertThat(t.rows()).hasSize(2);
        assertThat(t.rows().get(0).texts()).containsExactly("一级指标", "二级\n指标");
        assertThat(t.rows().get(0).cells().get(1).line()).isEqualTo(3);
        assertThat(t.rows().get(1).line()).isEqualTo(6);
        assertThat(b.get(2)).isEqualTo(new Para("其后", 9));
    }

    @Test
    void twoBlankLinesEndATable() {
        List<Block> b = read("\ta\n\tb\n\n\tc\n\td\n\n\n\te\n");
        assertThat(b).hasSize(2);
        assertThat(((Table) b.get(0)).rows()).hasSize(2);
        assertThat(((Table) b.get(1)).line()).isEqualTo(8);
    }

    @Test
    void aBookmarkedHeadingRightAfterACellIsAParagraph() {
        // kaiping line 225: " [bookmark: …]部门预算收入总表" directly under the last cell of the table above
        List<Block> b = read("\t收入总计\n\t283.61\n [bookmark: _Toc_2]部门预算收入总表\n\tx\n");
        assertThat(((Table) b.get(0)).rows().get(0).texts()).containsExactly("收入总计", "283.61");
        assertThat(b.get(1)).isEqualTo(new Para(" 部门预算收入总表", 3));
        assertThat(b).hasSize(3);
    }

    @Test
    void emptyParagraphsEndingACellDoNotSplitTheRow() {
        // luancheng lines 320-331: a 6-cell row whose 4th cell ends with six empty paragraphs
        String text = "\t一\n\t二\n\t三\n\t描述\n\t值\n\t依据\n\n\t产出指标\n\t质量指标\n\t加强正面宣传\n\t宣传正能量\n"
                + "\n\n\n\n\n\n\t宣传正能量\n\t\n\n\t效果指标\n\t社会效益指标\n\tx\n\ty\n\tz\n\t\n";
        Table t = (Table) read(text).get(0);
        assertThat(t.rows()).extracting(Row::size).containsExactly(6, 6, 6);
        assertThat(t.rows().get(1).text(4)).isEqualTo("宣传正能量");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreIgnored() {
        List<Block> b = read("\uFEFF\ta\r\n\tb\r\n");
        assertThat(((Table) b.get(0)).rows().get(0).texts()).containsExactly("a", "b");
    }
}
