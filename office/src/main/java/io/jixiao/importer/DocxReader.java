package io.jixiao.importer;

import io.jixiao.problem.KpiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a .docx with Apache POI into the same blocks as the text export: body paragraphs, and tables whose
 * cells keep their paragraphs as lines. A horizontally merged cell (gridSpan) is one cell spanning columns;
 * a vertically merged continuation cell (vMerge) is empty, as in Word and in the text export, so carried-down
 * levels read the same from both.
 *
 * <p>Line numbers count paragraphs the way the text export lays them out: one line per paragraph, one per
 * paragraph of each table cell, and a blank line after each table row. They locate findings in a .docx and
 * equal the text export's for a document exported that way.
 */
public final class DocxReader {

    private int line = 1;

    private DocxReader() {
    }

    public static SourceDoc read(String file, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new SourceDoc(file, true, new DocxReader().blocks(doc.getBodyElements()), List.of());
        } catch (IOException | RuntimeException e) {
            throw new KpiException(ImportProblems.importNotDocx(file, reason(e)));
        }
    }

    /** The first line of the message, without the "org.apache….SomeException: " prefixes POI nests. */
    private static String reason(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return ImportTexts.text("reader.notWord");
        }
        String first = m.lines().findFirst().orElse(m);
        String bare = first.replaceAll("^(?:[\\w.$]+(?:Exception|Error):\\s*)+", "").strip();
        return bare.isEmpty() ? ImportTexts.text("reader.notWord") : bare;
    }

    private List<Block> blocks(List<IBodyElement> elements) {
        List<Block> blocks = new ArrayList<>();
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                blocks.add(new Para(p.getText(), line++));
            } else if (e instanceof XWPFTable t) {
                blocks.add(table(t));
            } else if (e instanceof XWPFSDT sdt) {
                blocks.add(new Para(sdt.getContent().getText(), line++));
            }
        }
        return blocks;
    }

    private Table table(XWPFTable t) {
        int start = line;
        List<Row> rows = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            int rowLine = line;
            List<Cell> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
                List<String> paragraphs = paragraphs(c);
                String text = continuesMerge(c) ? "" : String.join("\n", paragraphs);
                cells.add(new Cell(text, line, span(c)));
                line += Math.max(1, paragraphs.size());
            }
            rows.add(new Row(cells, rowLine));
            line++;
        }
        return new Table(rows, start);
    }

    /** The cell's paragraphs; a table nested in it becomes one line per row, cells joined by spaces. */
    private static List<String> paragraphs(XWPFTableCell c) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement e : c.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                lines.add(p.getText());
            } else if (e instanceof XWPFTable nested) {
                for (XWPFTableRow r : nested.getRows()) {
                    lines.add(String.join(" ", r.getTableCells().stream().map(XWPFTableCell::getText).toList()));
                }
            }
        }
        return lines;
    }

    private static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan() || pr.getGridSpan().getVal() == null) {
            return 1;
        }
        return Math.max(1, pr.getGridSpan().getVal().intValue());
    }

    private static boolean continuesMerge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        STMerge.Enum v = pr.getVMerge().getVal();
        return v == null || v == STMerge.CONTINUE;
    }
}
