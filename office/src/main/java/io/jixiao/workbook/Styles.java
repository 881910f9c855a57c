package io.jixiao.workbook;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of jixiao's workbooks, made once per workbook (Excel limits the number of styles).
 * Number formats: money {@code #,##0.00} (万元), points and scores {@code 0.00}, rates {@code 0.00%}.
 * Every style is locked unless its name starts with "input": sheet protection then leaves only
 * the input cells editable.
 */
final class Styles {

    static final String MONEY = "#,##0.00";
    static final String POINTS = "0.00";
    static final String PERCENT = "0.00%";
    static final String FRACTION = "0.0000";
    static final String YEAR = "0";
    static final String TEXT = "@";

    private static final byte[] HEADER_FILL = rgb(0xDD, 0xE6, 0xF0);
    private static final byte[] LABEL_FILL = rgb(0xF2, 0xF2, 0xF2);
    private static final byte[] INPUT_FILL = rgb(0xFF, 0xF2, 0xCC);
    private static final byte[] TOTAL_FILL = rgb(0xE2, 0xEF, 0xDA);

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle label;
    final CellStyle header;
    final CellStyle text;
    final CellStyle center;
    final CellStyle money;
    final CellStyle points;
    final CellStyle percent;
    final CellStyle fraction;
    final CellStyle year;
    final CellStyle note;
    final CellStyle hint;
    final CellStyle totalLabel;
    final CellStyle totalPoints;
    final CellStyle totalText;
    final CellStyle inputGeneral;
    final CellStyle inputText;
    final CellStyle inputMoney;

    private final XSSFWorkbook wb;

    Styles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont bold = font(11, true, false, null);
        XSSFFont big = font(16, true, false, null);
        XSSFFont grey = font(10, false, true, rgb(0x59, 0x59, 0x59));
        XSSFFont small = font(9, false, false, rgb(0x40, 0x40, 0x40));

        title = base(false);
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        subtitle = base(false);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        label = bordered(LABEL_FILL);
        label.setFont(bold);
        header = bordered(HEADER_FILL);
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        text = bordered(null);
        center = bordered(null);
        center.setAlignment(HorizontalAlignment.CENTER);
        money = number(bordered(null), MONEY);
        points = number(bordered(null), POINTS);
        percent = number(bordered(null), PERCENT);
        fraction = number(bordered(null), FRACTION);
        year = number(bordered(null), YEAR);
        year.setAlignment(HorizontalAlignment.LEFT);
        note = base(true);
        note.setFont(grey);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        hint = bordered(null);
        hint.setFont(small);
        totalLabel = bordered(TOTAL_FILL);
        totalLabel.setFont(bold);
        totalPoints = number(bordered(TOTAL_FILL), POINTS);
        totalPoints.setFont(bold);
        totalText = bordered(TOTAL_FILL);
        totalText.setFont(bold);
        inputGeneral = bordered(INPUT_FILL);
        inputGeneral.setLocked(false);
        inputText = number(bordered(INPUT_FILL), TEXT);
        inputText.setLocked(false);
        inputMoney = number(bordered(INPUT_FILL), MONEY);
        inputMoney.setLocked(false);
    }

    private XSSFCellStyle base(boolean wrap) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setLocked(true);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private XSSFCellStyle bordered(byte[] fill) {
        XSSFCellStyle s = base(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setBottomBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setLeftBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        s.setRightBorderColor(IndexedColors.GREY_50_PERCENT.getIndex());
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(fill));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private XSSFCellStyle number(XSSFCellStyle s, String format) {
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private XSSFFont font(int points, boolean bold, boolean italic, byte[] color) {
        XSSFFont f = wb.createFont();
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        f.setItalic(italic);
        if (color != null) {
            f.setColor(new XSSFColor(color));
        }
        return f;
    }

    /** A bordered, centred cell filled with {@code fill} and bold text in {@code ink}: a light (绿灯, 黄灯, 红灯). */
    CellStyle filled(byte[] fill, byte[] ink) {
        XSSFCellStyle c = bordered(fill);
        c.setAlignment(HorizontalAlignment.CENTER);
        c.setFont(font(11, true, false, ink));
        return c;
    }

    /** A style with {@code s}'s look and another font colour, for status words. */
    CellStyle coloured(CellStyle s, byte[] color) {
        XSSFCellStyle c = wb.createCellStyle();
        c.cloneStyleFrom(s);
        c.setFont(font(11, true, false, color));
        return c;
    }

    static byte[] rgb(int r, int g, int b) {
        return new byte[] {(byte) r, (byte) g, (byte) b};
    }
}
