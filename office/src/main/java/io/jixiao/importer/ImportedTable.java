package io.jixiao.importer;

import java.util.List;
import java.util.Map;

/** One imported target table: the 部门整体 table ({@code overall}) or a project's, with what was found around it. */
record ImportedTable(boolean overall, String name, String code, Amount budget, List<String> goals,
                     Map<String, String> spendingPlan, List<TableEntry> entries, int firstLine, int lastLine,
                     List<String> notes) {

    ImportedTable {
        goals = List.copyOf(goals);
        spendingPlan = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(spendingPlan));
        entries = List.copyOf(entries);
        notes = List.copyOf(notes);
    }

    ImportedTable withBudget(Amount b) {
        return new ImportedTable(overall, name, code, b, goals, spendingPlan, entries, firstLine, lastLine, notes);
    }

    List<ImportedIndicator> indicators() {
        return entries.stream().filter(ImportedIndicator.class::isInstance).map(ImportedIndicator.class::cast).toList();
    }
}
