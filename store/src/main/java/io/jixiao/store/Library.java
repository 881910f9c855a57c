package io.jixiao.store;

import io.jixiao.load.YNode;
import io.jixiao.load.YamlReader;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.value.Comparator;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The indicator library (指标库, docs/store.md#library): standard indicators with their usual value and 评分标准, as
 * the national budget platform's BAS_PERF_INDICATOR table keeps them — id, name, 一级/二级指标, comparator, value,
 * unit, 评分标准, 共性 or 个性, field. {@code jixiao library import FILE} reads a YAML file or an .xlsx sheet (a header
 * row, one indicator per row) and stores every entry, replacing those of the same id, in one transaction; a file
 * with any error stores nothing.
 */
public final class Library {

    /**
     * A standard indicator.
     *
     * @param comparator ≥ ≤ = > < or empty
     * @param value      the usual value as written (a number, or words)
     * @param common     共性 (true) or 个性 (false)
     */
    public record Entry(String id, String name, String level1, String level2, String comparator, String value,
                        String unit, String scoring, boolean common, String field) {

        /** The standard value as a target would write it: comparator, value and unit together (≥95%). */
        public String standard() {
            return (comparator == null ? "" : comparator) + (value == null ? "" : value) + (unit == null ? "" : unit);
        }
    }

    /** What an import did. */
    public record Imported(int added, int replaced) {
    }

    /** The fields, each with the column names (English and Chinese) a file may give it. */
    enum Field {
        ID(true, "id", "编码", "指标编码", "指标代码", "代码"),
        NAME(true, "name", "指标名称", "三级指标", "名称"),
        LEVEL1(false, "level1", "一级指标"),
        LEVEL2(false, "level2", "二级指标"),
        COMPARATOR(false, "comparator", "比较符", "运算符号", "符号"),
        VALUE(false, "value", "指标值", "标准值"),
        UNIT(false, "unit", "单位", "计量单位", "度量单位"),
        SCORING(false, "scoring", "评分标准", "评（扣）分标准", "评(扣)分标准", "计分方法"),
        COMMON(false, "common", "共性", "指标类型", "共性/个性", "共性个性"),
        FIELD(false, "field", "行业", "领域", "适用领域", "行业领域");

        final boolean required;
        final List<String> names;

        Field(boolean required, String... names) {
            this.required = required;
            this.names = List.of(names);
        }

        static Optional<Field> of(String header) {
            String h = Names.key(header);
            for (Field f : values()) {
                if (f.names.stream().anyMatch(n -> Names.key(n).equals(h))) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }

        static String accepted() {
            List<String> all = new ArrayList<>();
            for (Field f : values()) {
                all.add(f.names.get(0) + " (" + String.join("/", f.names.subList(1, f.names.size())) + ")");
            }
            return String.join(", ", all);
        }
    }

    private final Store store;

    public Library(Store store) {
        this.store = store;
    }

    /**
     * Reads a library file and stores its entries.
     *
     * @throws KpiException with every problem of the file (located at file:line:col or sheet!cell); nothing stored
     */
    public Imported importFile(Path file) {
        List<Entry> entries = read(file);
        Imported done = store.transaction(h -> {
            int added = 0;
            int replaced = 0;
            int ordinal = h.createQuery("SELECT COALESCE(MAX(ordinal), -1) + 1 FROM library_indicator")
                    .mapTo(Integer.class).one();
            for (Entry e : entries) {
                int gone = h.createUpdate("DELETE FROM library_indicator WHERE library_id = :id").bind("id", e.id())
                        .execute();
                if (gone > 0) {
                    replaced++;
                } else {
                    added++;
                }
                h.createUpdate("INSERT INTO library_indicator (library_id, name, name_key, level1, level2, comparator,"
                                + " standard_value, unit, scoring, common, field, ordinal) VALUES (:id, :name, :key,"
                                + " :l1, :l2, :cmp, :value, :unit, :scoring, :common, :field, :o)")
                        .bind("id", e.id()).bind("name", e.name()).bind("key", Names.key(e.name()))
                        .bind("l1", e.level1()).bind("l2", e.level2()).bind("cmp", e.comparator())
                        .bind("value", e.value()).bind("unit", e.unit()).bind("scoring", e.scoring())
                        .bind("common", e.common()).bind("field", e.field()).bind("o", ordinal++).execute();
            }
            h.createUpdate("INSERT INTO audit_log (at, actor, action, detail) VALUES (:at, :actor, 'library-import',"
                            + " :detail)")
                    .bind("at", java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                    .bind("actor", System.getProperty("user.name", "?"))
                    .bind("detail", entries.size() + " indicators from " + file.getFileName()).execute();
            return new Imported(added, replaced);
        });
        return done;
    }

    /** Every entry, by id. */
    public List<Entry> list() {
        return store.read(h -> h.createQuery("SELECT library_id, name, level1, level2, comparator, standard_value, unit,"
                        + " scoring, common, field FROM library_indicator")
                .map((rs, ctx) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9),
                        rs.getString(10)))
                .list()).stream().sorted(java.util.Comparator.comparing(Entry::id)).toList();
    }

    /** The entries by normalised name ({@link Names#key}) and by id, for the 审核. */
    public Map<String, Entry> byNameAndId() {
        Map<String, Entry> out = new HashMap<>();
        for (Entry e : list()) {
            out.putIfAbsent("name:" + Names.key(e.name()), e);
            out.put("id:" + e.id(), e);
        }
        return out;
    }

    /**
     * The 评分标准 the library offers for an indicator — the entry of its id when it names one, else the entry of its
     * name — when that entry has one: {@code [library id, 评分标准]}. Read once; {@code template} and {@code import}
     * offer it, marked as suggested, where a table has no 评（扣）分标准.
     */
    public java.util.function.BiFunction<String, String, Optional<String[]>> scoring() {
        Map<String, Entry> entries = byNameAndId();
        return (id, name) -> {
            Entry e = id != null ? entries.get("id:" + id) : entries.get("name:" + Names.key(name));
            return e == null || e.scoring() == null ? Optional.empty() : Optional.of(new String[] {e.id(), e.scoring()});
        };
    }

    /** The entries of a library file, checked. */
    static List<Entry> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Map<Field, Cellish>> rows;
        List<Finding> problems = new ArrayList<>();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            rows = yamlRows(file, problems);
        } else if (name.endsWith(".xlsx")) {
            rows = sheetRows(file, problems);
        } else {
            throw new KpiException(StoreProblems.libraryFileType(file.toString()));
        }
        if (!problems.isEmpty()) {
            throw new KpiException(problems);
        }
        if (rows.isEmpty()) {
            throw new KpiException(StoreProblems.libraryEmpty(file.toString()));
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Location> ids = new HashMap<>();
        for (Map<Field, Cellish> r : rows) {
            Location rowAt = r.values().iterator().next().at();
            for (Field f : Field.values()) {
                if (f.required && (r.get(f) == null || r.get(f).text().isBlank())) {
                    problems.add(StoreProblems.libraryMissingField(r.get(f) == null ? rowAt : r.get(f).at(),
                            f.names.get(0), Field.accepted()));
                }
            }
            String cmp = text(r, Field.COMPARATOR);
            if (cmp != null && comparator(cmp).isEmpty()) {
                problems.add(StoreProblems.libraryBadValue(r.get(Field.COMPARATOR).at(), "comparator", cmp,
                        StoreLabels.text("library.expected.comparator")));
            }
            Boolean common = common(text(r, Field.COMMON));
            if (common == null) {
                problems.add(StoreProblems.libraryBadValue(r.get(Field.COMMON).at(), "common", text(r, Field.COMMON),
                        StoreLabels.text("library.expected.common")));
            }
            String value = text(r, Field.VALUE);
            String unit = text(r, Field.UNIT);
            if (value != null) {
                try {
                    ValueParser.parse(comparator(cmp).orElse("") + value + (unit == null ? "" : unit));
                } catch (ValueParseException e) {
                    problems.add(StoreProblems.libraryBadValue(r.get(Field.VALUE).at(), "value", value,
                            StoreLabels.text("library.expected.value")));
                }
            }
            String id = text(r, Field.ID);
            if (id != null) {
                Location first = ids.putIfAbsent(id, r.get(Field.ID).at());
                if (first != null) {
                    problems.add(StoreProblems.libraryDuplicateId(r.get(Field.ID).at(), id, first.toString()));
                }
            }
            entries.add(new Entry(id, text(r, Field.NAME), text(r, Field.LEVEL1), text(r, Field.LEVEL2),
                    comparator(cmp).orElse(null), value, unit, text(r, Field.SCORING), common == null || common,
                    text(r, Field.FIELD)));
        }
        if (!problems.isEmpty()) {
            throw new KpiException(problems.stream().sorted(Finding.ORDER).toList());
        }
        return entries;
    }

    /** A field's text and where it was written. */
    record Cellish(String text, Location at) {
    }

    private static String text(Map<Field, Cellish> r, Field f) {
        Cellish c = r.get(f);
        return c == null || c.text().isBlank() ? null : c.text().strip();
    }

    static Optional<String> comparator(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String s = written.strip();
        for (Comparator c : Comparator.values()) {
            if (c != Comparator.NONE && c.symbol().equals(s)) {
                return Optional.of(s);
            }
        }
        return switch (s) {
            case ">=", "≧" -> Optional.of("≥");
            case "<=", "≦" -> Optional.of("≤");
            case "==" -> Optional.of("=");
            default -> Optional.empty();
        };
    }

    /** 共性 → true, 个性 → false; empty is 共性 (the platform's default); null when not understood. */
    static Boolean common(String written) {
        if (written == null || written.isBlank()) {
            return Boolean.TRUE;
        }
        String s = written.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("共性") || s.equals("true") || s.equals("yes") || s.equals("是") || s.equals("1")) {
            return Boolean.TRUE;
        }
        if (s.startsWith("个性") || s.equals("false") || s.equals("no") || s.equals("否") || s.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static List<Map<Field, Cellish>> yamlRows(Path file, List<Finding> problems) {
        YNode root;
        try {
            root = YamlReader.read(file);
        } catch (KpiException e) {
            problems.addAll(e.findings());
            return List.of();
        }
        YNode list = root instanceof YNode.YMap m && m.entries().containsKey("indicators")
                ? m.entries().get("indicators").value() : root;
        if (!(list instanceof YNode.YList items)) {
            problems.add(StoreProblems.libraryUnreadable(Location.of(file.toString()),
                    "expected a list of indicators (indicators: - {id: …, name: …})"));
            return List.of();
        }
        List<Map<Field, Cellish>> rows = new ArrayList<>();
        for (YNode item : items.items()) {
            if (!(item instanceof YNode.YMap m)) {
                problems.add(StoreProblems.libraryUnreadable(locationOf(item),
                        "expected an indicator with keys such as id, name, value"));
                continue;
            }
            Map<Field, Cellish> row = new LinkedHashMap<>();
            m.entries().forEach((k, e) -> {
                Optional<Field> f = Field.of(k);
                if (f.isEmpty()) {
                    problems.add(StoreProblems.libraryBadValue(e.keyAt(), "key", k, "one of " + Field.accepted()));
                } else if (e.value() instanceof YNode.YScalar s) {
                    row.put(f.get(), new Cellish(s.isNull() ? "" : s.text(), s.at()));
                } else {
                    problems.add(StoreProblems.libraryBadValue(e.keyAt(), k, "(a list or map)", "a single value"));
                }
            });
            if (row.isEmpty()) {
                row.put(Field.ID, new Cellish("", m.at()));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Location locationOf(YNode n) {
        if (n instanceof YNode.YScalar s) {
            return s.at();
        }
        return n instanceof YNode.YList l ? l.at() : ((YNode.YMap) n).at();
    }

    /** The first sheet: a header row naming the fields (English or Chinese), then one indicator per row. */
    private static List<Map<Field, Cellish>> sheetRows(Path file, List<Finding> problems) {
        String shown = file.toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Map<Integer, Field> columns = new LinkedHashMap<>();
            int headerRow = -1;
            for (Row r : sheet) {
                for (Cell c : r) {
                    Field.of(fmt.formatCellValue(c)).ifPresent(f -> columns.putIfAbsent(c.getColumnIndex(), f));
                }
                if (columns.containsValue(Field.NAME)) {
                    headerRow = r.getRowNum();
                    break;
                }
                columns.clear();
            }
            if (headerRow < 0) {
                problems.add(StoreProblems.libraryMissingField(Location.of(shown + "[" + sheet.getSheetName() + "]"),
                        StoreLabels.text("library.expected.headerRow"), Field.accepted()));
                return List.of();
            }
            List<Map<Field, Cellish>> rows = new ArrayList<>();
            for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                Map<Field, Cellish> row = new LinkedHashMap<>();
                boolean any = false;
                for (var col : columns.entrySet()) {
                    Cell c = r.getCell(col.getKey());
                    String text = c == null ? "" : fmt.formatCellValue(c);
                    any |= !text.isBlank();
                    row.put(col.getValue(), new Cellish(text, Location.cell(shown, sheet.getSheetName(), i + 1,
                            col.getKey() + 1)));
                }
                if (any) {
                    rows.add(row);
                }
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            problems.add(StoreProblems.libraryUnreadable(Location.of(shown), e.getClass().getSimpleName() + ": "
                    + Store.oneLine(e.getMessage())));
            return List.of();
        }
    }
}
