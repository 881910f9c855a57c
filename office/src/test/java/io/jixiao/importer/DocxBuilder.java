package io.jixiao.importer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes blocks (e.g. a seed's text export as read) into a real .docx with POI: paragraphs, and Word tables
 * whose cells hold one paragraph per line. In target tables, blank 一级/二级指标 cells (and the blank row
 * label left of 一级指标) become vertically merged cells (vMerge restart/continue) as Word writes carried-down
 * levels, and a 指标值 header over 符号 | 值 | 单位 spans three grid columns (gridSpan).
 */
final class DocxBuilder {

    private DocxBuilder() {
    }

    static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block b : blocks) {
                if (b instanceof Para p) {
                    doc.createParagraph().createRun().setText(p.text());
                } else {
                    table(doc, (Table) b);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument doc, Table t) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        List<Row> rows = t.rows();
        MergePlan plan = new MergePlan(rows);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.insertNewTableRow(r);
            Row source = rows.get(r);
            for (int c = 0; c < source.size(); c++) {
                XWPFTableCell cell = row.createCell();
                text(cell, source.text(c));
                CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                if (plan.spans(r, c)) {
                    pr.addNewGridSpan().setVal(BigInteger.valueOf(3));
                }
                STMerge.Enum merge = plan.merge(r, c);
                if (merge != null) {
                    pr.addNewVMerge().setVal(merge);
                }
            }
        }
    }

    private static void text(XWPFTableCell cell, String text) {
        String[] lines = text.split("\n", -1);
        XWPFParagraph first = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
        first.createRun().setText(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            cell.addParagraph().createRun().setText(lines[i]);
        }
    }

    /** Which cells of a table are merged: levels carried down under a target-table header. */
    private static final class MergePlan {

        private final List<Row> rows;
        private final STMerge.Enum[][] merges;
        private final boolean[][] spans;

        MergePlan(List<Row> rows) {
            this.rows = rows;
            int width = rows.stream().mapToInt(Row::size).max().orElse(0);
            merges = new STMerge.Enum[rows.size()][width];
            spans = new boolean[rows.size()][width];
            for (int r = 0; r < rows.size(); r++) {
                ColumnMap map = ColumnMap.of(rows.get(r), r + 1 < rows.size() ? rows.get(r + 1) : null).orElse(null);
                if (map != null) {
                    plan(r, map);
                }
            }
        }

        private void plan(int header, ColumnMap map) {
            if (map.splitTarget()) {
                Row h = rows.get(header);
                for (int c = 0; c < h.size(); c++) {
                    if (Column.of(h.text(c)).orElse(null) == Column.TARGET) {
                        spans[header][c] = true;
                    }
                }
            }
            int from = header + map.headerRows();
            List<Integer> columns = new java.util.ArrayList<>(List.of(map.columns().get(Column.LEVEL1)));
            if (map.has(Column.LEVEL2)) {
                columns.add(map.columns().get(Column.LEVEL2));
            }
            for (int c = 0; c < map.labelWidth(); c++) {
                columns.add(c);
            }
            for (int column : columns) {
                for (int r = from; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    if (column >= row.size() || !row.cells().get(column).blank() || row.blank()) {
                        continue;
                    }
                    merges[r][column] = STMerge.CONTINUE;
                    if (merges[r - 1][column] == null) {
                        merges[r - 1][column] = STMerge.RESTART;
                    }
                }
            }
        }

        STMerge.Enum merge(int r, int c) {
            return c < merges[r].length ? merges[r][c] : null;
        }

        boolean spans(int r, int c) {
            return c < spans[r].length && spans[r][c];
        }
    }

    /** The .docx encrypted with a password (agile encryption), as Word saves a protected document. */
    static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(password);
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx)); OutputStream os = enc.getDataStream(fs)) {
                opc.save(os);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
