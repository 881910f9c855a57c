package io.jixiao.cli;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.workbook.ActualsTemplate;
import io.jixiao.workbook.TemplateLayout;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code setup} file of a bad-input case (bad-input/README.md): directives, one a line, that make what a text
 * fixture cannot hold — links, named pipes, big files, workbooks filled and then broken the way an officer breaks
 * them, .docx files — and checks to run after the command (an input unchanged, no temporary file left).
 */
final class CaseSetup {

    private final Path dir;
    private final UnaryOperator<String> expand;
    private final List<String> after = new ArrayList<>();
    private final Map<Path, String> hashes = new LinkedHashMap<>();
    /** Placeholders a directive defines for the manifest's location: {longpath}. */
    final Map<String, String> vars = new LinkedHashMap<>();
    /** Folders only a shell can delete (nested past PATH_MAX). */
    private final List<Path> deep = new ArrayList<>();

    CaseSetup(Path dir, UnaryOperator<String> expand) {
        this.dir = dir;
        this.expand = expand;
    }

    /** Runs the directives before the command. */
    void before(List<String> lines) throws Exception {
        XSSFWorkbook wb = null;
        Path wbFile = null;
        for (String raw : lines) {
            String line = expand.apply(raw.strip());
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] w = line.split("\\s+", 2);
            String rest = w.length > 1 ? w[1] : "";
            switch (w[0]) {
                case "link" -> {
                    String[] p = rest.split("\\s*->\\s*");
                    Files.createSymbolicLink(dir.resolve(p[0]), Path.of(p[1]));
                }
                case "mkdir" -> Files.createDirectories(dir.resolve(rest));
                case "fifo" -> run("mkfifo", dir.resolve(rest).toString());
                case "fill" -> fill(rest.split("\\s+"));
                case "bytes" -> bytes(rest.split("\\s+"));
                case "hex" -> {
                    String[] h = rest.split("\\s+");
                    Files.write(dir.resolve(h[0]), HexFormat.of().parseHex(h[1]));
                }
                case "stale" -> stale(rest);
                case "longpath" -> longPath(rest);
                case "unchanged", "no-temp-files" -> {
                    after.add(line);
                    if (w[0].equals("unchanged")) {
                        hashes.put(Path.of(rest), hash(Path.of(rest)));
                    }
                }
                case "workbook" -> {
                    wbFile = dir.resolve(rest);
                    wb = template();
                }
                case "cell" -> cell(wb, rest);
                case "insert-row" -> insertRow(wb, rest);
                case "copy-row" -> copyRow(wb, rest);
                case "rows" -> rows(wb, rest);
                case "copy-sheet" -> wb.cloneSheet(wb.getSheetIndex(rest));
                case "save" -> {
                    try (OutputStream out = Files.newOutputStream(wbFile)) {
                        wb.write(out);
                    }
                    wb.close();
                    wb = null;
                }
                case "plain-workbook" -> plainWorkbook(dir.resolve(rest));
                case "xls" -> xls(dir.resolve(rest));
                case "ole2" -> ole2(dir.resolve(rest));
                case "docx" -> docx(rest.split("\\s+"), false);
                case "encrypted-docx" -> docx(rest.split("\\s+"), true);
                case "huge-sheet" -> hugeSheet(rest.split("\\s+"));
                default -> throw new IllegalArgumentException("unknown setup directive: " + line);
            }
        }
        if (wb != null) {
            throw new IllegalStateException("a workbook was not saved: add 'save'");
        }
    }

    /** Deletes what JUnit's temporary folders cannot (rm works below PATH_MAX, relative to each folder). */
    void cleanUp() throws Exception {
        for (Path p : deep) {
            run("rm", "-rf", p.toString());
        }
    }

    /** The checks after the command: every failure, empty when all hold. */
    List<String> after() throws IOException {
        List<String> failed = new ArrayList<>();
        for (String line : after) {
            String[] w = line.split("\\s+", 2);
            if (w[0].equals("unchanged")) {
                Path p = Path.of(w[1]);
                if (!Files.isRegularFile(p) || !hashes.get(p).equals(hash(p))) {
                    failed.add(p + " changed");
                }
            } else if (w[0].equals("no-temp-files")) {
                try (var files = Files.walk(dir)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> failed.add(
                            "temporary file left: " + p));
                }
            }
        }
        return failed;
    }

    // ---- files ------------------------------------------------------------------------------------

    /** {@code fill FILE MARK COUNT TEXT}: MARK in FILE replaced by TEXT repeated COUNT times. */
    private void fill(String[] a) throws IOException {
        Path f = dir.resolve(a[0]);
        String text = Files.readString(f);
        Files.writeString(f, text.replace(a[1], a[3].repeat(Integer.parseInt(a[2]))));
    }

    /** {@code bytes FILE COUNT random|zero}. */
    private void bytes(String[] a) throws IOException {
        byte[] b = new byte[Integer.parseInt(a[1])];
        if (a[2].equals("random")) {
            new Random(13).nextBytes(b);
        }
        Files.write(dir.resolve(a[0]), b);
    }

    /** {@code stale TARGET}: the temporary file a killed writer of TARGET left (its process long gone). */
    private void stale(String target) throws IOException {
        long deadPid = ProcessHandle.current().pid() + 4_000_000; // above any pid_max
        Files.writeString(dir.resolve("." + target + "." + deadPid + ".1.tmp"), "half written");
    }

    /** {@code longpath NAME}: a folder nested past PATH_MAX (4096 bytes), which no process can open by its path. */
    private void longPath(String name) throws Exception {
        String part = "d".repeat(200);
        // the first folder whose path no longer fits in PATH_MAX (4096 bytes with its NUL): where the walk fails
        Path failing = dir.resolve(name);
        while (failing.toString().getBytes(StandardCharsets.UTF_8).length < 4096) {
            failing = failing.resolve(part);
        }
        vars.put("{longpath}", new io.jixiao.problem.Location(failing.toString(), 0, 0).toString());
        StringBuilder script = new StringBuilder("cd '" + dir.resolve(name) + "'");
        for (int i = 0; i < 24; i++) {
            script.append(" && mkdir ").append(part).append(" && cd ").append(part);
        }
        Files.createDirectories(dir.resolve(name));
        deep.add(dir.resolve(name));
        run("bash", "-c", script.toString());
    }

    private static void run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("setup command failed: " + String.join(" ", command) + ": "
                    + new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static String hash(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- workbooks ----------------------------------------------------------------------------------

    /** The case's targets.yaml as a template, filled in with its actuals.yaml the way an officer types them. */
    private XSSFWorkbook template() throws IOException {
        DepartmentTargets t = TargetsLoader.load(dir.resolve("targets.yaml")).orThrow();
        DepartmentActuals a = ActualsLoader.load(dir.resolve("actuals.yaml")).orThrow();
        XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(
                ActualsTemplate.write(t, ProfileLoader.load("national", null))));
        for (Sheet s : wb) {
            Optional<TableActuals> ta = tableOf(s, a);
            if (ta.isEmpty()) {
                continue;
            }
            if (ta.get().spent() != null) {
                cellAt(s, TemplateLayout.BUDGET_ROW, TemplateLayout.SPENT_COL).setCellValue(
                        ta.get().spent().doubleValue());
            }
            for (int r = TemplateLayout.FIRST_INDICATOR_ROW; r <= s.getLastRowNum(); r++) {
                var entry = ta.get().actuals().get(text(s, r, TemplateLayout.KEY));
                if (entry != null) {
                    cellAt(s, r, TemplateLayout.ACTUAL).setCellValue(entry.text());
                }
            }
        }
        return wb;
    }

    private static Optional<TableActuals> tableOf(Sheet s, DepartmentActuals a) {
        String marker = text(s, TemplateLayout.MARKER_ROW, TemplateLayout.MARKER_COL);
        if (!marker.startsWith(TemplateLayout.MARKER)) {
            return Optional.empty();
        }
        if (marker.endsWith(TemplateLayout.OVERALL)) {
            return Optional.ofNullable(a.overall());
        }
        return a.project(text(s, TemplateLayout.TABLE_ROW, TemplateLayout.VALUE_COL))
                .filter(t -> t.kind() == TableKind.PROJECT);
    }

    private static String text(Sheet s, int r, int c) {
        Row row = s.getRow(r);
        Cell cell = row == null ? null : row.getCell(c);
        return cell == null ? "" : cell.toString();
    }

    private static Cell cellAt(Sheet s, int r, int c) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    }

    /**
     * {@code cell SHEET!E7 KIND VALUE}: KIND is number, text, percent (a number formatted 0%), date, bool, blank,
     * formula (saved without a value, as some tools write it), formula-cached (with a saved number), formula-error.
     */
    private static void cell(XSSFWorkbook wb, String spec) {
        String[] a = spec.split("\\s+", 3);
        CellReference ref = new CellReference(a[0]);
        Sheet s = wb.getSheet(ref.getSheetName());
        Cell c = cellAt(s, ref.getRow(), ref.getCol());
        String value = a.length > 2 ? a[2] : "";
        switch (a[1]) {
            case "number" -> c.setCellValue(Double.parseDouble(value));
            case "text" -> c.setCellValue(value);
            case "text-repeat" -> {
                String[] r = value.split("\\s+");
                c.setCellValue(r[1].repeat(Integer.parseInt(r[0])));
            }
            case "percent" -> {
                c.setCellValue(Double.parseDouble(value));
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat("0%"));
                c.setCellStyle(st);
            }
            case "date" -> {
                c.setCellValue(java.time.LocalDate.parse(value));
                CellStyle st = wb.createCellStyle();
                st.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                c.setCellStyle(st);
            }
            case "bool" -> c.setCellValue(Boolean.parseBoolean(value));
            case "blank" -> c.setBlank();
            case "formula" -> {
                c.setCellFormula(value);
                if (((XSSFCell) c).getCTCell().isSetV()) {
                    ((XSSFCell) c).getCTCell().unsetV(); // no value saved with it
                }
            }
            case "formula-cached" -> {
                // a number, then the formula: POI keeps the number as the value saved with it
                String[] f = value.split("\\s+", 2);
                c.setBlank();
                c.setCellValue(Double.parseDouble(f[0]));
                c.setCellFormula(f[1]);
            }
            case "formula-error" -> {
                c.setCellFormula(value);
                ((XSSFCell) c).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
            }
            default -> throw new IllegalArgumentException("unknown cell kind: " + a[1]);
        }
    }

    /** {@code insert-row SHEET ROW v1|v2|…}: a row typed in below the template's, from column A. */
    private static void insertRow(XSSFWorkbook wb, String spec) {
        String[] a = spec.split("\\s+", 3);
        Sheet s = wb.getSheet(a[0]);
        int r = Integer.parseInt(a[1]) - 1;
        String[] values = a[2].split("\\|", -1);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                cellAt(s, r, c).setCellValue(values[c]);
            }
        }
    }

    /** {@code copy-row SHEET FROM TO}: every cell of a row, hidden key included, copied (as an officer copies). */
    private static void copyRow(XSSFWorkbook wb, String spec) {
        String[] a = spec.split("\\s+");
        Sheet s = wb.getSheet(a[0]);
        Row from = s.getRow(Integer.parseInt(a[1]) - 1);
        int to = Integer.parseInt(a[2]) - 1;
        for (Cell c : from) {
            cellAt(s, to, c.getColumnIndex()).setCellValue(c.toString());
        }
    }

    /** {@code rows SHEET COUNT}: COUNT rows with a value in column M appended (a sheet grown by mistake). */
    private static void rows(XSSFWorkbook wb, String spec) {
        String[] a = spec.split("\\s+");
        Sheet s = wb.getSheet(a[0]);
        int start = s.getLastRowNum() + 1;
        for (int r = start; r < start + Integer.parseInt(a[1]); r++) {
            s.createRow(r).createCell(12).setCellValue(1);
        }
    }

    /**
     * {@code huge-sheet FILE ROWS}: the case's filled template with one more sheet of ROWS rows, written by POI's
     * streaming writer (a 1,000,000-row sheet is a few MiB packed).
     */
    private void hugeSheet(String[] a) throws IOException {
        XSSFWorkbook filled = template();
        ByteArrayOutputStream base = new ByteArrayOutputStream();
        filled.write(base);
        filled.close();
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(base.toByteArray()));
             org.apache.poi.xssf.streaming.SXSSFWorkbook big = new org.apache.poi.xssf.streaming.SXSSFWorkbook(wb, 100);
             OutputStream out = Files.newOutputStream(dir.resolve(a[0]))) {
            Sheet s = big.createSheet("数据");
            int rows = Integer.parseInt(a[1]);
            for (int r = 0; r < rows; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
            big.write(out);
            big.dispose();
        }
    }

    /** An .xlsx that jixiao did not make: one sheet with a value. */
    private static void plainWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("实际完成值");
            wb.write(out);
        }
    }

    /** An old binary .xls (saved under whatever name the case gives). */
    private static void xls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("实际完成值");
            wb.write(out);
        }
    }

    /** An OLE2 container without encryption: what Word 97-2003 saves as .doc. */
    private static void ole2(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream("word".getBytes(StandardCharsets.UTF_8)),
                    "WordDocument");
            fs.writeFilesystem(out);
        }
    }

    /** {@code docx NAME FROM.txt}: the text export FROM written as a real .docx (encrypted with a password). */
    private void docx(String[] a, boolean encrypted) throws IOException {
        byte[] docx = io.jixiao.importer.CorpusDocs.docx(dir.resolve(a[1]));
        Files.write(dir.resolve(a[0]), encrypted ? io.jixiao.importer.CorpusDocs.encrypted(docx) : docx);
    }

    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
