package io.jixiao.whatif;

import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.ScoringSession;
import io.jixiao.scoring.Status;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Sensitivity: for each indicator, the points at stake and the actual needed for full marks. */
final class Stakes {

    private Stakes() {
    }

    /** Every indicator of the department (or of {@code table}), largest gain first, then in table order. */
    static List<Stake> of(ScoringSession session, DepartmentTargets targets, String table) {
        List<IndicatorTable> scope = table == null ? targets.tables()
                : List.of(Lookup.table(targets, table, Trials.AT));
        Trials trials = new Trials(session);
        DepartmentScore start = session.score();
        Aim measure = new Aim(BigDecimal.ZERO, "", table == null ? null : scope.get(0).name());
        BigDecimal base = measure.measure(start);
        List<Stake> out = new ArrayList<>();
        for (IndicatorTable t : scope) {
            for (Indicator i : t.indicators()) {
                IndicatorScore line = Trials.line(start, t, i);
                BigDecimal atStake = line.status() == Status.NA ? BigDecimal.ZERO
                        : line.points().subtract(line.score()).max(BigDecimal.ZERO);
                String fullMarks = null;
                BigDecimal gain = BigDecimal.ZERO;
                if (line.status() != Status.NA && atStake.signum() == 0) {
                    fullMarks = line.actual();
                } else if (line.status() != Status.NA) {
                    Optional<Trials.FullMarks> full = trials.fullMarks(t, i);
                    if (full.isPresent()) {
                        fullMarks = full.get().entry().text();
                        gain = measure.measure(full.get().with()).subtract(base);
                    }
                }
                out.add(new Stake(t.name(), i.key(), i.label(), i.targetText(), line.actual(), line.points(),
                        line.score(), line.status(), atStake, fullMarks, gain));
            }
        }
        out.sort(Comparator.comparing(Stake::gain).reversed());
        return out;
    }
}
