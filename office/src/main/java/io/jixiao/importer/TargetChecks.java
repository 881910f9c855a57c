package io.jixiao.importer;

import io.jixiao.load.DeductionParser;
import io.jixiao.load.LoadProblems;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.ParsedValue;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads each imported 指标值 and 评（扣）分标准 with the engine's own grammar, so that what would trouble
 * {@code jixiao validate} is flagged at its source line. Values are kept exactly as written (≥0100% stays).
 */
final class TargetChecks {

    private final String file;
    private final List<Finding> findings;

    TargetChecks(String file, List<Finding> findings) {
        this.file = file;
        this.findings = findings;
    }

    /** Findings for one target; returns the YAML comments to write above the indicator. */
    List<String> target(String key, String target, int line) {
        List<String> notes = new ArrayList<>();
        Location at = new Location(file, line, 1);
        if (target.isBlank()) {
            findings.add(LoadProblems.emptyTarget(at, key));
            notes.add(ImportTexts.text("note.emptyTarget", "line", line));
            return notes;
        }
        try {
            ParsedValue v = ValueParser.parse(target);
            for (String note : v.notes()) {
                findings.add(LoadProblems.valueNote(at, target, note));
                notes.add(ImportTexts.text("note.keptAsWritten", "target", target, "note", note, "line", line));
            }
        } catch (ValueParseException e) {
            findings.add(ImportProblems.importTargetUnread(at, target, e.problem()));
            notes.add(ImportTexts.text("note.targetUnread", "target", target, "problem", e.problem(), "line", line));
        }
        return notes;
    }

    /** True when the 评（扣）分标准 parses; otherwise a finding and a note, and it is written as a comment. */
    boolean deduction(String text, int line, List<String> notes) {
        Location at = new Location(file, line, 1);
        try {
            DeductionParser.parse(text, at);
            return true;
        } catch (ValueParseException e) {
            findings.add(ImportProblems.importDeductionUnread(at, text, e.problem()));
            notes.add(ImportTexts.text("note.deductionUnread", "problem", e.problem(), "line", line));
            return false;
        }
    }
}
