package io.jixiao.importer;

import io.jixiao.problem.Finding;
import java.util.List;

/** The targets YAML imported from a disclosure, every finding (sorted by source line), and counts. */
public record ImportResult(String yaml, List<Finding> findings, int tables, int indicators) {

    public ImportResult {
        findings = List.copyOf(findings);
    }
}
