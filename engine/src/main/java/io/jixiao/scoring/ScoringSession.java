package io.jixiao.scoring;

import io.jixiao.load.Pairing;
import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.TableActuals;
import io.jixiao.model.TableKind;
import io.jixiao.problem.Finding;
import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A department kept in one stateful rule session for what-if scoring. Changing an actual replaces that
 * indicator's immutable {@link ScoringCase} through its {@link FactHandle}; the rules derive
 * IndicatorResult and CaseFinding with {@code insertLogical}, so the old derived facts are
 * retracted by the engine and only the changed case's rules fire again. {@link #score()} then re-sums only
 * the lines and tables that changed, with the same {@link TableSummer} and {@link DepartmentSummer} as the
 * batch {@link Scorer}: a session's score equals a fresh score of the same actuals. A table's lines' findings are
 * sorted again only when a line's findings changed.
 *
 * <p>Not thread-safe; one session per department and thread. Close it to release the rule session.
 */
public final class ScoringSession implements AutoCloseable {

    private final ScoringProfile profile;
    private final DepartmentTargets targets;
    private final DepartmentActuals original;
    private final KieSession session;
    private final RuleBook rules;
    private final RuleOutcome outcome = new RuleOutcome();
    private final Map<String, TableState> tables = new LinkedHashMap<>();
    private final Map<String, CaseRef> cases = new HashMap<>();
    private final Set<String> dirtyCases = new LinkedHashSet<>();
    private DepartmentScore last;

    private ScoringSession(RuleBook rules, ScoringProfile profile, DepartmentTargets targets,
                           DepartmentActuals actuals, PreparedDepartment prepared) {
        this.profile = profile;
        this.targets = targets;
        this.original = actuals;
        this.session = rules.kieBase().newKieSession();
        this.rules = rules;
        session.addEventListener(new Tracker());
        try {
            session.insert(profile);
            for (PreparedTable p : prepared.tables()) {
                TableState t = new TableState(p);
                tables.put(p.table().name(), t);
                List<Indicator> indicators = p.table().indicators();
                for (int i = 0; i < indicators.size(); i++) {
                    ScoringCase c = t.cases.get(indicators.get(i).key());
                    t.handles[i] = session.insert(c);
                    cases.put(c.id(), new CaseRef(t, i));
                    dirtyCases.add(c.id());
                }
            }
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    /**
     * Checks and prepares the department like {@link Scorer#score} and opens its session.
     *
     * @throws KpiException when the actuals do not fit the targets or points do not add up
     */
    public static ScoringSession open(RuleBook rules, ScoringProfile profile, DepartmentTargets targets,
                                      DepartmentActuals actuals, boolean allowMissing) {
        PreparedDepartment prepared = PreparedDepartment.prepare(targets, actuals, profile, allowMissing);
        return new ScoringSession(rules, profile, targets, actuals, prepared);
    }

    /** Opens the session of a department already paired and prepared (as the pipeline prepares it). */
    public static ScoringSession open(RuleBook rules, PreparedDepartment prepared) {
        return new ScoringSession(rules, prepared.profile(), prepared.targets(), prepared.actuals(), prepared);
    }

    public DepartmentTargets targets() {
        return targets;
    }

    public ScoringProfile profile() {
        return profile;
    }

    /**
     * Replaces one indicator's actual. The rules re-fire on the next {@link #score()}.
     *
     * @throws KpiException KPI-0351/0352 for an unknown table or indicator, KPI-0110 for a unit that does not
     *                      convert to the target's
     */
    public void setActual(String table, String key, ActualEntry entry) {
        Objects.requireNonNull(entry, "entry");
        TableState t = table(table, entry.location());
        Indicator indicator = indicator(table, key, entry.location());
        int index = t.index.get(key);
        Pairing.unitProblem(indicator, entry).ifPresent(f -> {
            throw new KpiException(f);
        });
        ActualEntry stored = new ActualEntry(key, entry.text(), entry.value(), entry.location());
        if (stored.equals(t.actuals.get(key))) {
            return;
        }
        t.actuals.put(key, stored);
        ScoringCase c = CaseBuilder.build(t.prepared.table(), indicator, stored,
                t.prepared.allocation().points().getOrDefault(key, BigDecimal.ZERO), profile);
        replace(t, index, c);
    }

    /** Forgets one indicator's actual: it scores as missing (0 with a finding, as with --allow-missing). */
    public void removeActual(String table, String key) {
        TableState t = table(table, Location.UNKNOWN);
        Integer index = t.index.get(key);
        if (index == null) {
            throw new KpiException(
                    SessionProblems.whatifUnknownIndicator(Location.UNKNOWN, table, key, t.index.keySet()));
        }
        if (t.actuals.remove(key) == null) {
            return;
        }
        Indicator indicator = t.prepared.table().indicators().get(index);
        replace(t, index, CaseBuilder.build(t.prepared.table(), indicator, null,
                t.prepared.allocation().points().getOrDefault(key, BigDecimal.ZERO), profile));
    }

    /** The actual as it now stands (null when there is none). */
    public ActualEntry actual(String table, String key) {
        return table(table, Location.UNKNOWN).actuals.get(key);
    }

    /** The actual the actuals file gave (null when it gave none), e.g. to undo a change with setActual. */
    public ActualEntry originalActual(String table, String key) {
        TableActuals ta = table(table, Location.UNKNOWN).original;
        return ta == null ? null : ta.actuals().get(key);
    }

    /** A table's 全年执行数 as it now stands (万元; null when unknown). */
    public BigDecimal spent(String table) {
        return table(table, Location.UNKNOWN).spent;
    }

    /**
     * The indicator with this key in this table.
     *
     * @throws KpiException KPI-0351/0352 naming the tables or indicators that exist
     */
    public Indicator indicator(String table, String key, Location at) {
        TableState t = table(table, at);
        Integer index = t.index.get(key);
        if (index == null) {
            throw new KpiException(SessionProblems.whatifUnknownIndicator(at, table, key, t.index.keySet()));
        }
        return t.prepared.table().indicators().get(index);
    }

    /**
     * Replaces a table's 全年执行数 (万元; null for unknown). Budget execution, and when it becomes known
     * or unknown the table's point allocation, follow.
     */
    public void setSpent(String table, BigDecimal spent, Location at) {
        TableState t = table(table, at);
        if (Objects.equals(spent, t.spent)) {
            return;
        }
        t.spent = spent;
        PreparedTable p = PreparedTable.of(targets, t.prepared.table(), t.tableActuals(), profile);
        if (!p.allocation().errors().isEmpty()) {
            throw new KpiException(p.allocation().errors());
        }
        t.prepared = new PreparedTable(p.table(), t.original, t.actuals, p.spent(), p.budget(), p.initialBudget(),
                p.budgetKnown(), p.execution(), p.allocation(), t.cases);
        List<Indicator> indicators = p.table().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            ScoringCase c = p.cases().get(indicators.get(i).key());
            if (!c.equals(t.cases.get(c.key()))) {
                replace(t, i, c);
            }
        }
        t.dirty = true;
    }

    /** Fires what changed and returns the department's score, re-summing only changed lines and tables. */
    public DepartmentScore score() {
        RuleRun.fire(session, rules);
        for (String id : dirtyCases) {
            CaseRef ref = cases.get(id);
            if (ref != null) {
                TableState t = ref.table();
                int i = ref.index();
                TableSummer.Line was = t.lines[i];
                TableSummer.Line line = TableSummer.line(t.prepared, t.prepared.table().indicators().get(i), outcome);
                t.lines[i] = line;
                t.scores[i] = line.score();
                if (was == null || !was.findings().equals(line.findings())) {
                    t.findings = null;
                }
                t.sums.set(i, line.score());
                t.dirty = true;
            }
        }
        dirtyCases.clear();
        boolean changed = last == null;
        List<TableScore> scores = new ArrayList<>(tables.size());
        for (TableState t : tables.values()) {
            if (t.dirty || t.score == null) {
                if (t.findings == null) {
                    t.findings = t.sortedFindings();
                }
                t.score = TableSummer.total(t.prepared, List.of(t.scores), t.findings, true, t.sums.sums(), profile);
                t.dirty = false;
                changed = true;
            }
            scores.add(t.score);
        }
        if (changed) {
            last = PreparedDepartment.sum(targets, scores, profile);
        }
        return last;
    }

    /** The actuals as they now stand (the file's, with every change applied). */
    public DepartmentActuals actuals() {
        TableActuals overall = null;
        TableActuals evaluation = null;
        List<TableActuals> projects = new ArrayList<>();
        for (TableState t : tables.values()) {
            TableActuals ta = t.original == null && t.actuals.isEmpty() && t.spent == null ? null : t.tableActuals();
            if (ta == null) {
                continue;
            }
            if (t.prepared.table().kind() == TableKind.OVERALL) {
                overall = ta;
            } else if (t.prepared.table().kind() == TableKind.EVALUATION) {
                evaluation = ta;
            } else {
                projects.add(ta);
            }
        }
        return new DepartmentActuals(original.department(), original.departmentLocation(), original.year(),
                original.yearLocation(), overall, projects, original.file(), evaluation);
    }

    @Override
    public void close() {
        session.dispose();
    }

    private TableState table(String name, Location at) {
        TableState t = tables.get(name);
        if (t == null) {
            throw new KpiException(SessionProblems.whatifUnknownTable(at, name, tables.keySet()));
        }
        return t;
    }

    private void replace(TableState t, int index, ScoringCase c) {
        t.cases.put(c.key(), c);
        session.update(t.handles[index], c);
        dirtyCases.add(c.id());
    }

    private record CaseRef(TableState table, int index) {
    }

    /** One table's live state: its actuals, case facts and handles, and its last lines and total. */
    private static final class TableState {
        final TableActuals original;
        final Map<String, Integer> index = new LinkedHashMap<>();
        final Map<String, ActualEntry> actuals;
        final Map<String, ScoringCase> cases;
        final FactHandle[] handles;
        final TableSummer.Line[] lines;
        /** The lines' scores, as the table's score lists them (one copy of them per re-sum). */
        final IndicatorScore[] scores;
        /** The lines' findings, sorted; null when a line's findings changed since they were sorted. */
        List<Finding> findings;
        final SumTree sums;
        PreparedTable prepared;
        BigDecimal spent;
        boolean dirty = true;
        TableScore score;

        TableState(PreparedTable p) {
            this.original = p.actuals();
            this.actuals = new LinkedHashMap<>(p.actuals() == null ? Map.of() : p.actuals().actuals());
            this.spent = p.actuals() == null ? null : p.actuals().spent();
            this.cases = new LinkedHashMap<>(p.cases());
            List<Indicator> indicators = p.table().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                index.put(indicators.get(i).key(), i);
            }
            this.handles = new FactHandle[indicators.size()];
            this.lines = new TableSummer.Line[indicators.size()];
            this.scores = new IndicatorScore[indicators.size()];
            this.sums = new SumTree(indicators.size());
            this.prepared = p.live(actuals, cases);
        }

        /** Every line's findings, in indicator order, then sorted (stably) by {@link Finding#ORDER}. */
        List<Finding> sortedFindings() {
            List<Finding> all = new ArrayList<>();
            for (TableSummer.Line l : lines) {
                all.addAll(l.findings());
            }
            all.sort(Finding.ORDER);
            return List.copyOf(all);
        }

        /** The table's actuals with the changes; created when the file had none for this table. */
        TableActuals tableActuals() {
            IndicatorTable table = prepared.table();
            if (original == null) {
                return new TableActuals(table.kind(), table.name(), spent, actuals, Map.of(), Map.of(),
                        Location.UNKNOWN);
            }
            return new TableActuals(original.kind(), original.name(), spent, actuals, original.selfScores(),
                    original.reasons(), original.location(), original.spentAt(), Map.of(), original.adjustedBudget());
        }
    }

    /** Keeps {@link #outcome} in step with the session and notes which cases' derived facts changed. */
    private final class Tracker implements RuleRuntimeEventListener {

        @Override
        public void objectInserted(ObjectInsertedEvent e) {
            note(outcome.added(e.getObject()));
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent e) {
            if (e.getOldObject() != e.getObject()) {
                note(outcome.removed(e.getOldObject()));
                note(outcome.added(e.getObject()));
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent e) {
            note(outcome.removed(e.getOldObject()));
        }

        private void note(String caseId) {
            if (caseId != null) {
                dirtyCases.add(caseId);
            }
        }
    }
}
