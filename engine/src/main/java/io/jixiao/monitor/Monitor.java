package io.jixiao.monitor;

import io.jixiao.model.ActualEntry;
import io.jixiao.model.DepartmentProgress;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorTable;
import io.jixiao.model.ProgressEntry;
import io.jixiao.model.TableKind;
import io.jixiao.model.TableProgress;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.profile.MonitoringSettings;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.IndicatorScore;
import io.jixiao.scoring.ScoringProblems;
import io.jixiao.scoring.Status;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.NotApplicable;
import io.jixiao.value.Quantity;
import io.jixiao.value.Dimension;
import io.jixiao.value.Comparator;
import io.jixiao.value.ValueParseException;
import io.jixiao.value.ValueParser;
import io.jixiao.value.WanYuan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Mid-year monitoring of one department (绩效运行监控, docs/monitoring.md): the facts of its tables and indicators —
 * the pace's inputs, and the fraction f the year-end scoring gave each forecast — into one session of the rules of
 * {@code rules/monitoring/}, and what they derive assembled into a {@link DepartmentMonitoring}. The pipeline loads,
 * pairs and scores; this reads the profile's {@code monitoring:} thresholds and computes nothing the rules do not.
 */
public final class Monitor {

    /** How many lights there are (one count of each per table). */
    private static final int LIGHTS = Light.values().length;

    private Monitor() {
    }

    /** A table's id in the session: unique in a department. */
    public static String tableId(IndicatorTable t) {
        return tableId(t.kind(), t.name());
    }

    public static String tableId(TableKind kind, String name) {
        return kind == TableKind.OVERALL ? "overall" : "project:" + name;
    }

    /**
     * Monitors a department whose progress was paired with its targets and whose forecasts were scored.
     *
     * @param projection what was scored ({@link Forecasts#project})
     * @param projected  its year-end score, without errors
     * @param current    the current values scored, for goal progress; null when the profile does not check it
     * @param loading    the findings of loading and pairing (the department's)
     */
    public static DepartmentMonitoring run(RuleBook rules, ScoringProfile profile, DepartmentProgress progress,
                                           Forecasts.Projection projection, DepartmentScore projected,
                                           DepartmentScore current, List<Finding> loading) {
        MonitoringSettings settings = profile.monitoring();
        DepartmentTargets targets = projection.targets();
        List<Object> facts = new ArrayList<>();
        facts.add(settings);
        Map<String, MonitoredTable> tables = new LinkedHashMap<>();
        Map<String, Map<String, MonitoredIndicator>> indicators = new LinkedHashMap<>();
        Map<String, GoalProgress> goals = new HashMap<>();
        Map<String, TableScore> scores = new HashMap<>();
        Map<String, Map<String, IndicatorScore>> scoredLinesOf = new HashMap<>();
        List<IndicatorTable> all = targets.tables();
        List<String> ids = new ArrayList<>(all.size());
        List<TableProgress> progressOf = new ArrayList<>(all.size());
        for (IndicatorTable table : all) {
            String id = tableId(table);
            TableProgress tp = Forecasts.progressOf(progress, table);
            ids.add(id);
            progressOf.add(tp);
            BigDecimal budget = Forecasts.budgetOf(targets, table);
            MonitoredTable mt = new MonitoredTable(id, table.name(), progress.month(), budget,
                    tp.adjustedBudget() != null, tp.spentToDate(), plan(table, budget), table.location(), tp.location(),
                    tp.spentLocation());
            tables.put(id, mt);
            facts.add(mt);
            TableScore scored = scoreOf(projected, table);
            Map<String, IndicatorScore> scoredLines = lines(scored);
            scores.put(id, scored);
            scoredLinesOf.put(id, scoredLines);
            Map<String, MonitoredIndicator> lines = new LinkedHashMap<>();
            for (Indicator i : table.indicators()) {
                MonitoredIndicator mi = indicator(id, table, i, tp.indicators().get(i.key()), line(scoredLines, i),
                        settings);
                lines.put(i.key(), mi);
                facts.add(mi);
            }
            indicators.put(id, lines);
            if (current != null) {
                goal(id, tp, scoreOf(current, table)).ifPresent(g -> {
                    goals.put(id, g);
                    facts.add(g);
                });
            }
        }
        Derived d = new Derived();
        RuleRun.run(rules, facts, d::add);
        d.sort();
        List<TableMonitoring> out = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            IndicatorTable table = all.get(n);
            String id = ids.get(n);
            BigDecimal initial = table.kind() == TableKind.OVERALL ? projection.original().budget()
                    : projection.original().project(table.name()).map(IndicatorTable::budget).orElse(null);
            out.add(table(table, initial, tables.get(id), indicators.get(id), progressOf.get(n),
                    scores.get(id), scoredLinesOf.get(id), projection.spent().get(id), goals.get(id), d));
        }
        List<Finding> findings = new ArrayList<>(loading);
        findings.addAll(projected.findings());
        findings.sort(Finding.ORDER);
        return new DepartmentMonitoring(targets.department(), targets.year(), progress.month(), profile.name(),
                projected, out, findings);
    }

    // ---- facts --------------------------------------------------------------------------------------

    /**
     * 完成目标可能性 as the department wrote it (a field of the indicator, which the rules of rule 4 read through its
     * light; rule {@code likelihood-follows-light} derives the one left out); empty when it is left out.
     */
    static Optional<Assessed> asWritten(MonitoredIndicator i) {
        return i.likelihood() == null ? Optional.empty() : Optional.of(new Assessed(i, i.likelihood(), false));
    }

    /** The 资金支出计划 as steps: the month each ends in, and its share in percent (an amount over the budget). */
    static List<PlanStep> plan(IndicatorTable table, BigDecimal budget) {
        Map<Integer, PlanStep> byMonth = new LinkedHashMap<>();
        List<PlanStep> unread = new ArrayList<>();
        for (Map.Entry<String, String> e : table.spendingPlan().entrySet()) {
            OptionalInt month = io.jixiao.value.Months.of(e.getKey());
            PlanStep step = step(e.getKey(), e.getValue(), month.orElse(0), budget);
            if (step.usable()) {
                byMonth.remove(step.month()); // a later step of the same month, as written, counts
                byMonth.put(step.month(), step);
            } else {
                unread.add(step);
            }
        }
        List<PlanStep> all = new ArrayList<>(byMonth.values());
        all.addAll(unread);
        return all;
    }

    private static PlanStep step(String period, String text, int month, BigDecimal budget) {
        try {
            if (ValueParser.parse(text).value() instanceof Quantity q && q.comparator() == Comparator.NONE) {
                if (q.unit().dimension() == Dimension.PERCENT || q.unit().dimension() == Dimension.PLAIN) {
                    return new PlanStep(month, q.amount(), period, text, Paces.explainPlanPercent(period, text));
                }
                Optional<BigDecimal> amount = WanYuan.wanYuan(text);
                if (q.unit().dimension() == Dimension.MONEY && amount.isPresent() && budget != null
                        && budget.signum() > 0) {
                    BigDecimal percent = Paces.share(amount.get(), budget);
                    return new PlanStep(month, percent, period, text,
                            Paces.explainPlanAmount(period, text, amount.get(), budget, percent));
                }
            }
        } catch (ValueParseException e) {
            // no share: not usable, rule plan-step-unread says so
        }
        return new PlanStep(month, null, period, text, Words.NONE);
    }

    private static MonitoredIndicator indicator(String id, IndicatorTable table, Indicator i, ProgressEntry e,
                                                IndicatorScore line, MonitoringSettings settings) {
        ActualEntry value = e == null ? null : e.projected();
        Basis basis = value == null ? Basis.NONE : e.forecast() != null ? Basis.FORECAST : Basis.CURRENT;
        boolean na = value != null && (value.value() instanceof NotApplicable || line.status() == Status.NA);
        BigDecimal f = basis == Basis.NONE || na ? null : line.fraction();
        Location at = value != null ? value.location() : e != null ? e.location() : i.location();
        return new MonitoredIndicator(id, table.name(), i.key(), i.label(), basis, na, f,
                f == null ? null : f.movePointRight(2), value == null ? null : value.text(),
                basis == Basis.NONE ? "" : line.rule(), basis == Basis.NONE ? null : line.why(),
                e == null ? null : e.likelihood(), e == null ? at : e.likelihoodLocation(),
                e != null && e.reason() != null, e != null && e.measures() != null,
                e == null ? at : e.explanationLocation(), at, settings);
    }

    /**
     * Goal progress: the points the current values score at year end over the points of the indicators with a
     * current value (不适用 and values that cannot be scored left out).
     */
    private static Optional<GoalProgress> goal(String id, TableProgress tp, TableScore current) {
        Set<Location> unscorable = new HashSet<>();
        current.findings().stream().filter(Finding::isError).forEach(f -> unscorable.add(f.location()));
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        for (IndicatorScore s : current.indicators()) {
            ProgressEntry e = tp.indicators().get(s.key());
            if (e == null || e.current() == null || s.status() == Status.NA || unscorable.contains(e.current().location())) {
                continue;
            }
            score = score.add(s.score());
            points = points.add(s.points());
        }
        if (points.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal goal = Paces.share(score, points);
        return Optional.of(new GoalProgress(id, goal, Paces.explainGoal(score, points, goal)));
    }

    // ---- results ------------------------------------------------------------------------------------

    private static TableMonitoring table(IndicatorTable table, BigDecimal initial, MonitoredTable mt, Map<String, MonitoredIndicator> facts,
                                         TableProgress tp, TableScore scored, Map<String, IndicatorScore> scoredLines,
                                         Forecasts.Spent spent, GoalProgress goal, Derived d) {
        String id = mt.tableId();
        Pace pace = d.paces.get(id);
        Execution execution = d.executions.get(id);
        BudgetGap gap = d.gaps.get(id);
        List<Signal> budgetSignals = d.budgetSignals.getOrDefault(id, List.of());
        Light budgetLight = null;
        List<Words> budgetWhys = new ArrayList<>(budgetSignals.size());
        for (Signal s : budgetSignals) {
            budgetLight = Light.worst(budgetLight, s.light());
            budgetWhys.add(s.why());
        }
        Words budgetWhy = Words.joined(budgetWhys);

        Map<String, List<Finding>> byLocation = new HashMap<>();
        List<Finding> tableFindings = new ArrayList<>();
        Map<Location, String> valueKeys = null; // made for the first finding to place: most tables have none
        for (Finding f : scored.findings()) {
            if (f.code().equals(ScoringProblems.MISSING_SCORED_ZERO)) {
                continue; // rule no-progress says it, with its light
            }
            if (valueKeys == null) {
                valueKeys = valueKeys(tp);
            }
            String key = valueKeys.get(f.location());
            if (key != null) {
                byLocation.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            } else {
                tableFindings.add(f);
            }
        }
        List<IndicatorMonitoring> lines = new ArrayList<>();
        int[] counts = new int[LIGHTS];
        // each indicator's first signal (in rule order) and the session's findings, looked up by key, not searched
        Map<String, Signal> firstSignal = d.indicatorSignals.getOrDefault(id, Map.of());
        Map<String, List<Finding>> sessionFindings = d.indicatorFindings.getOrDefault(id, Map.of());
        Map<String, Assessed> derived = d.assessed.getOrDefault(id, Map.of());
        for (Indicator i : table.indicators()) {
            MonitoredIndicator mi = facts.get(i.key());
            Signal s = firstSignal.get(i.key());
            if (s == null) {
                throw new IllegalStateException("no light for " + id + "/" + i.key());
            }
            counts[s.light().ordinal()]++;
            Assessed a = mi.likelihood() != null ? asWritten(mi).orElseThrow() : derived.get(i.key());
            ProgressEntry e = tp.indicators().get(i.key());
            List<Finding> mine = findingsOf(byLocation.get(i.key()), sessionFindings.get(i.key()));
            lines.add(new IndicatorMonitoring(i.key(), i.label(), i.level1(), i.level2(), i.targetText(),
                    e == null || e.current() == null ? null : e.current().text(),
                    e == null || e.forecast() == null ? null : e.forecast().text(), mi.basis(), mi.fraction(),
                    s.light(), s.why(), a == null ? null : a.likelihood(), a != null && a.derived(),
                    e == null ? null : e.reason(), e == null ? null : e.measures(), line(scoredLines, i), mine));
        }
        tableFindings.addAll(d.tableFindings.getOrDefault(id, List.of()));
        tableFindings.sort(Finding.ORDER);
        ProjectLight light = d.projectLights.get(id);
        return new TableMonitoring(table.kind(), table.name(), initial, mt.budget(), mt.adjusted(), mt.spentToDate(),
                pace.percent(), pace.why(), execution == null ? null : execution.rate(),
                execution == null ? null : execution.why(), gap == null ? null : gap.gap(),
                gap == null ? null : gap.why(), budgetLight, budgetWhy,
                goal == null ? null : goal.percent(), goal == null ? null : goal.why(), light.light(),
                Paces.explainProject(budgetLight, counts[Light.RED.ordinal()], counts[Light.YELLOW.ordinal()],
                        counts[Light.GREEN.ordinal()], light.light()),
                spent.amount(), spent.why(), scored, lines, tableFindings);
    }

    /** Where each indicator's value scored is written, to place the scoring's findings on their line. */
    private static Map<Location, String> valueKeys(TableProgress tp) {
        Map<Location, String> valueKeys = new HashMap<>();
        for (ProgressEntry e : tp.indicators().values()) {
            if (e.projected() != null) {
                valueKeys.putIfAbsent(e.projected().location(), e.key());
            }
        }
        return valueKeys;
    }

    /** An indicator's findings, the scoring's and the rules', in {@link Finding#ORDER} (most lines have none). */
    private static List<Finding> findingsOf(List<Finding> scoring, List<Finding> rules) {
        if (scoring == null && rules == null) {
            return List.of();
        }
        List<Finding> mine = new ArrayList<>(scoring == null ? List.of() : scoring);
        if (rules != null) {
            mine.addAll(rules);
        }
        mine.sort(Finding.ORDER);
        return mine;
    }

    private static TableScore scoreOf(DepartmentScore d, IndicatorTable table) {
        // loops, not streams with capturing lambdas: under C1 each capture is a call into the VM, for every table
        for (TableScore t : d.tables()) {
            if (t.kind() == table.kind() && t.name().equals(table.name())) {
                return t;
            }
        }
        throw new IllegalStateException("no score for " + table.name());
    }

    /** A table's scored lines by key: the first line of each key, as a search in order finds it. */
    private static Map<String, IndicatorScore> lines(TableScore t) {
        Map<String, IndicatorScore> byKey = new HashMap<>();
        for (IndicatorScore s : t.indicators()) {
            byKey.putIfAbsent(s.key(), s);
        }
        return byKey;
    }

    private static IndicatorScore line(Map<String, IndicatorScore> lines, Indicator i) {
        IndicatorScore s = lines.get(i.key());
        if (s == null) {
            throw new IllegalStateException("no line for " + i.key());
        }
        return s;
    }

    /** What the session derived, by table (and indicator). */
    private static final class Derived {
        final Map<String, Pace> paces = new HashMap<>();
        final Map<String, Execution> executions = new HashMap<>();
        final Map<String, BudgetGap> gaps = new HashMap<>();
        final Map<String, List<Signal>> budgetSignals = new HashMap<>();
        /** by table and key: the indicator's first light in rule order (of equal rules, the first the session gave) */
        final Map<String, Map<String, Signal>> indicatorSignals = new HashMap<>();
        final Map<String, Map<String, Assessed>> assessed = new HashMap<>();
        final Map<String, ProjectLight> projectLights = new HashMap<>();
        /** the rules' findings about a table as a whole, by table */
        final Map<String, List<Finding>> tableFindings = new HashMap<>();
        /** the rules' findings about an indicator, by table and key */
        final Map<String, Map<String, List<Finding>>> indicatorFindings = new HashMap<>();

        void add(Object o) {
            if (o instanceof MonitoredIndicator) {
                return; // an input, the most numerous fact of the session: Monitor has it already
            }
            if (o instanceof Signal s) {
                if (s.budget()) {
                    budgetSignals.computeIfAbsent(s.tableId(), k -> new ArrayList<>()).add(s);
                } else {
                    indicatorSignals.computeIfAbsent(s.tableId(), k -> new HashMap<>()).merge(s.key(), s,
                            (was, now) -> now.rule().compareTo(was.rule()) < 0 ? now : was);
                }
            } else if (o instanceof Assessed a) {
                assessed.computeIfAbsent(a.tableId(), k -> new HashMap<>()).put(a.key(), a);
            } else if (o instanceof MonitorFinding f) {
                if (f.key() == null) {
                    tableFindings.computeIfAbsent(f.tableId(), k -> new ArrayList<>()).add(f.finding());
                } else {
                    indicatorFindings.computeIfAbsent(f.tableId(), k -> new HashMap<>())
                            .computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f.finding());
                }
            } else if (o instanceof Pace p) {
                paces.put(p.tableId(), p);
            } else if (o instanceof Execution e) {
                executions.put(e.tableId(), e);
            } else if (o instanceof BudgetGap g) {
                gaps.put(g.tableId(), g);
            } else if (o instanceof ProjectLight l) {
                projectLights.put(l.tableId(), l);
            }
        }

        /** The session's order is not the input's: budget signals in rule order, so that explanations read alike. */
        void sort() {
            budgetSignals.values().forEach(l -> l.sort(java.util.Comparator.comparing(Signal::rule)));
        }
    }
}
