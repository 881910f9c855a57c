package io.jixiao.review;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.review.check.Consistency;
import io.jixiao.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A department's 部门整体 rows by label, as a project's row is compared with them (docs/review.md#overall-project-mismatch):
 * which of them set a target that differs from the project row's ({@link Consistency#differ}). Made once per review.
 */
final class OverallRows {

    private record Row(String id, Value target, String text) {
    }

    private final Map<String, List<Row>> byLabel = new HashMap<>();

    OverallRows(DepartmentTargets targets) {
        for (IndicatorTable o : targets.tables()) {
            if (o.kind() == TableKind.OVERALL) {
                String tableId = ReviewFacts.tableId(o);
                for (Indicator i : o.indicators()) {
                    byLabel.computeIfAbsent(i.label(), l -> new ArrayList<>())
                            .add(new Row(tableId + "/" + i.key(), i.target(), i.targetText()));
                }
            }
        }
    }

    /** The ids of the 部门整体 rows labelled {@code label} whose targets differ from this one, in file order. */
    Set<String> differing(String label, Value target, String text) {
        List<Row> same = byLabel.get(label);
        if (same == null) {
            return Set.of();
        }
        Set<String> differing = new LinkedHashSet<>();
        for (Row o : same) {
            if (Consistency.differ(o.target(), o.text(), target, text)) {
                differing.add(o.id());
            }
        }
        return differing;
    }
}
