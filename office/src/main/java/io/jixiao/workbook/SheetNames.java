package io.jixiao.workbook;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Sheet names for tables: what Excel accepts (at most 31 characters, none of {@code []:*?/\}) and
 * unique in the workbook, case-insensitively as Excel compares them. The full table name is always
 * written in a cell too, so a shortened sheet name loses nothing.
 */
final class SheetNames {

    private static final int MAX = 31;

    private final Set<String> taken = new HashSet<>();

    /** A name for {@code wanted}, shortened or numbered "(2)" when needed. */
    String claim(String wanted) {
        String safe = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "表" : wanted.strip(), '_');
        String name = safe;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "(" + n + ")";
            name = (safe.length() + suffix.length() > MAX ? safe.substring(0, MAX - suffix.length()) : safe) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
