package io.jixiao.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code jixiao validate --format json}: per file what it is and its findings, in the findings shape of
 * the score JSON (severity, code, message, hint, location). Stable: tools rely on it.
 *
 * <pre>{"files": [{"file": "…/targets.yaml", "kind": "targets", "department": "…", "year": 2023,
 *   "profile": "national", "errors": 0, "warnings": 11, "infos": 0, "findings": [ … ]}],
 *  "errors": 0, "warnings": 11, "infos": 0}</pre>
 */
public final class ValidationJson {

    /** One file's part; department, year and profile are null when unknown. */
    public record FileResult(String file, String kind, String department, Integer year, String profile,
                             List<Finding> findings) {
        public FileResult {
            findings = List.copyOf(findings);
        }
    }

    private final List<FileResult> files = new ArrayList<>();

    public void add(FileResult r) {
        files.add(r);
    }

    public String render() {
        ObjectNode root = JsonReport.object();
        ArrayNode list = root.putArray("files");
        List<Finding> all = new ArrayList<>();
        for (FileResult f : files) {
            ObjectNode n = list.addObject();
            n.put("file", f.file());
            n.put("kind", f.kind());
            n.put("department", f.department());
            if (f.year() == null) {
                n.putNull("year");
            } else {
                n.put("year", f.year());
            }
            n.put("profile", f.profile());
            counts(n, f.findings());
            n.set("findings", JsonReport.findings(f.findings()));
            all.addAll(f.findings());
        }
        counts(root, all);
        return JsonReport.write(root);
    }

    private static void counts(ObjectNode n, List<Finding> findings) {
        n.put("errors", count(findings, Severity.ERROR));
        n.put("warnings", count(findings, Severity.WARNING));
        n.put("infos", count(findings, Severity.INFO));
    }

    private static long count(List<Finding> findings, Severity s) {
        return findings.stream().filter(f -> f.severity() == s).count();
    }
}
