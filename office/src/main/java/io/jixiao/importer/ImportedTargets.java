package io.jixiao.importer;

import java.util.List;

/**
 * Everything imported from one disclosure, ready to be written as a targets YAML
 * (docs/formats.md#targets-file).
 */
record ImportedTargets(String source, boolean docx, String department, String departmentSource, String code, Integer year,
                       String yearSource, Amount budget,
                       Amount projectBudget, ImportedTable overall, List<ImportedTable> projects, List<String> notes,
                       ImportedTable evaluation) {

    ImportedTargets {
        projects = List.copyOf(projects);
        notes = List.copyOf(notes);
    }

    /** The indicators of the target tables and of the evaluation sheet. */
    int indicatorCount() {
        int n = overall == null ? 0 : overall.indicators().size();
        n += evaluation == null ? 0 : evaluation.indicators().size();
        return n + projects.stream().mapToInt(t -> t.indicators().size()).sum();
    }

    /** The target tables and the evaluation sheet. */
    int tableCount() {
        return (overall == null ? 0 : 1) + projects.size() + (evaluation == null ? 0 : 1);
    }
}
