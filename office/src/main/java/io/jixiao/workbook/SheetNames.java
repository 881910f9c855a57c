package io.jixiao.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names for tables: what Excel accepts (at most 31 characters, none of {@code []:*?/\}) and unique in the
 * workbook, case-insensitively as Excel compares them. A name is never cut: one that fits is the table's name; a
 * longer one becomes a short numbered name ("表3", "Table 3") and the full name is written in the sheet's title row,
 * where the reader and the officer find it; a name taken twice gets "(2)".
 */
final class SheetNames {

    private static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /**
     * A name for the n-th table (1-based): {@code wanted} when Excel allows it whole and it is free, else the short
     * numbered name ("表n").
     */
    String claim(String wanted, int n) {
        String name = wanted.strip();
        String safe = WorkbookUtil.createSafeSheetName(name.isEmpty() ? "_" : name, '_');
        if (!name.isEmpty() && name.length() <= MAX && !taken.contains(safe.toLowerCase(Locale.ROOT))) {
            return take(safe);
        }
        return unique(WorkbookLabels.text("sheet.numbered", "n", n));
    }

    /** A name of jixiao's own (汇总, 填写说明), made unique. */
    String claim(String wanted) {
        return unique(WorkbookUtil.createSafeSheetName(wanted, '_'));
    }

    /** {@code name}, or with "(2)", "(3)" … when taken; the names passed here are short, so nothing is cut. */
    private String unique(String name) {
        String result = name;
        for (int n = 2; taken.contains(result.toLowerCase(Locale.ROOT)); n++) {
            result = name + "(" + n + ")";
        }
        return take(result);
    }

    private String take(String name) {
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
