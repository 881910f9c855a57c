package io.jixiao.store;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.review.ReviewProblems;
import io.jixiao.review.check.Demand;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 审核 checks a store makes possible (docs/review.md#across-years): a target less demanding than the same
 * indicator's target the year before (KPI-0440), than what it achieved the year before (KPI-0441), and than the
 * 指标库's standard value (KPI-0442) — the entry the indicator names ({@code library: ID}), else the one of its name. "The year before" is the latest stored year before the targets' year;
 * each target's direction is the one its scoring applies ({@link Direction}), the comparison the engine's ({@link Demand}). {@code validate --db} and {@code review --db} add these
 * findings to the others.
 */
public final class TargetChecks {

    private final Store store;
    private final Map<String, Library.Entry> library;

    public TargetChecks(Store store) {
        this.store = store;
        this.library = new Library(store).byNameAndId();
    }

    /**
     * The findings for targets not (necessarily) stored: a targets file being validated.
     *
     * @param profile the profile the targets are scored with: its lower-is-better words decide the direction of a
     *                target without comparator, as in scoring
     */
    public List<Finding> check(DepartmentTargets targets, ScoringProfile profile) {
        History.Year now = year(targets, profile);
        List<History.Year> before = store.read(h -> h.createQuery("SELECT COUNT(*) FROM department WHERE name = :n")
                .bind("n", targets.department()).mapTo(Integer.class).one()) == 0 ? List.of()
                : new HistoryReader(store).years(targets.department(), targets.year());
        return check(now, before.isEmpty() ? null : before.get(before.size() - 1));
    }

    /** The findings for a year against the stored year before it (null when none) and the library. */
    public List<Finding> check(History.Year now, History.Year last) {
        List<Finding> out = new ArrayList<>();
        if (last != null) {
            for (History.Change c : History.compare(last, now)) {
                switch (c.kind()) {
                    case History.TARGET_LOWERED -> out.add(ReviewProblems.reviewTargetLowered(c.at(), c.indicator(),
                            c.table(), c.to(), c.lastYear(), c.from()));
                    case History.TARGET_BELOW_LAST_ACTUAL -> out.add(ReviewProblems.reviewTargetBelowLastActual(c.at(),
                            c.indicator(), c.table(), c.to(), c.lastYear(), c.from()));
                    default -> {
                        // added and dropped indicators are history, not a weakness of the targets
                    }
                }
            }
        }
        for (History.Table t : now.tables()) {
            for (History.Line l : t.indicators()) {
                // the entry the targets name (library: ID), else the one of the same name
                Library.Entry e = l.library() != null ? library.get("id:" + l.library())
                        : library.get("name:" + Names.key(l.name()));
                if (e != null && e.value() != null && Demand.lessDemanding(l.target(), l.direction(), e.standard())) {
                    out.add(ReviewProblems.reviewTargetBelowLibrary(l.at(), l.name(), l.target(), e.id(), e.standard()));
                }
            }
        }
        return out.stream().sorted(Finding.ORDER).toList();
    }

    /**
     * Targets as a year of a history: tables and indicators with their targets and the direction scoring applies
     * to each with {@code profile}, without scores or actuals.
     */
    static History.Year year(DepartmentTargets t, ScoringProfile profile) {
        List<History.Table> tables = new ArrayList<>();
        for (IndicatorTable table : t.tables()) {
            String name = table.kind() == TableKind.OVERALL ? IndicatorTable.OVERALL_NAME : table.name();
            tables.add(new History.Table(name, null, null, table.indicators().stream()
                    .map(i -> new History.Line(i.label(), i.targetText(), null, Direction.read(i, profile).direction(), i.location(),
                            i.library()))
                    .toList()));
        }
        return new History.Year(t.year(), null, null, tables);
    }
}
