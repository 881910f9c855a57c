package io.jixiao.recheck;

import io.jixiao.scoring.method.Results;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bureau's view of many departments: the ranking, the grade distribution, category averages, every
 * 复核 finding and the departments that could not be scored. Built from the per-department reviews in
 * folder order, so it is the same whatever the number of worker threads.
 *
 * @param root    the reviewed folder as given
 * @param profile the --profile override, or null when each targets file's own profile was used
 */
public record BureauReport(String root, String profile, List<Ranked> ranking, List<DepartmentRecheck> failed,
                           Map<String, Integer> grades, List<CategoryAverage> categories, List<RecheckFinding> findings,
                           Map<RecheckFinding.Kind, Integer> counts, int tables, int indicators) {

    /** Grades in the order a reader expects; others (from a custom profile) follow alphabetically. */
    static final List<String> GRADE_ORDER = List.of("优", "良", "中", "差");

    public BureauReport {
        ranking = List.copyOf(ranking);
        failed = List.copyOf(failed);
        findings = List.copyOf(findings);
    }

    /** A scored department and its place: departments whose displayed scores are equal share a rank. */
    public record Ranked(int rank, DepartmentRecheck review) {
    }

    /**
     * A scoring group over every scored table: {@code rate} = Σscore / Σpoints in percent; {@code points} and
     * {@code score} are the means per table.
     */
    public record CategoryAverage(String category, String level1, int tables, BigDecimal points, BigDecimal score,
                                  BigDecimal rate) {
    }

    /**
     * Ranking order: score (unrounded) from high to low; ties by department name, year and folder, so the
     * order never depends on which worker finished first.
     */
    static final Comparator<DepartmentRecheck> RANKING = Comparator.comparing(DepartmentRecheck::score,
                    Comparator.reverseOrder())
            .thenComparing(DepartmentRecheck::department).thenComparingInt(DepartmentRecheck::year)
            .thenComparing(DepartmentRecheck::folder);

    public static BureauReport of(String root, String profile, List<DepartmentRecheck> reviews) {
        List<DepartmentRecheck> scored = reviews.stream().filter(r -> !r.failed()).sorted(RANKING).toList();
        List<Ranked> ranking = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            DepartmentRecheck r = scored.get(i);
            boolean tie = i > 0 && Numbers.round(r.score()).compareTo(Numbers.round(scored.get(i - 1).score())) == 0;
            ranking.add(new Ranked(tie ? ranking.get(i - 1).rank() : i + 1, r));
        }
        List<DepartmentRecheck> failed = reviews.stream().filter(DepartmentRecheck::failed)
                .sorted(Comparator.comparing(DepartmentRecheck::folder)).toList();
        Map<String, Integer> grades = new LinkedHashMap<>();
        GRADE_ORDER.forEach(g -> grades.put(g, 0));
        scored.stream().map(DepartmentRecheck::grade).sorted().forEach(g -> grades.merge(g, 1, Integer::sum));
        List<RecheckFinding> findings = reviews.stream().sorted(Comparator.comparing(DepartmentRecheck::folder))
                .flatMap(r -> r.findings().stream()).toList();
        Map<RecheckFinding.Kind, Integer> counts = new EnumMap<>(RecheckFinding.Kind.class);
        for (RecheckFinding.Kind k : RecheckFinding.Kind.values()) {
            counts.put(k, (int) findings.stream().filter(f -> f.kind() == k).count());
        }
        return new BureauReport(root, profile, ranking, failed, grades, averages(scored), findings, counts,
                scored.stream().mapToInt(DepartmentRecheck::tables).sum(),
                scored.stream().mapToInt(DepartmentRecheck::indicators).sum());
    }

    private static List<CategoryAverage> averages(List<DepartmentRecheck> scored) {
        Map<String, CategoryTotal> totals = new LinkedHashMap<>();
        scored.stream().sorted(Comparator.comparing(DepartmentRecheck::folder))
                .flatMap(r -> r.categories().stream()).forEach(c -> totals.merge(c.category(), c, CategoryTotal::plus));
        List<CategoryAverage> out = new ArrayList<>();
        totals.values().stream().sorted(Comparator.comparingInt(BureauReport::categoryOrder)
                .thenComparing(CategoryTotal::category)).forEach(t -> {
                    BigDecimal n = BigDecimal.valueOf(t.tables());
                    BigDecimal rate = t.points().signum() == 0 ? BigDecimal.ZERO
                            : t.score().multiply(BigDecimal.valueOf(100)).divide(t.points(), Results.MC);
                    out.add(new CategoryAverage(t.category(), t.level1(), t.tables(), t.points().divide(n, Results.MC),
                            t.score().divide(n, Results.MC), rate));
                });
        return out;
    }

    /** OUTPUT, OUTCOME, SATISFACTION, other groups, then BUDGET. */
    private static int categoryOrder(CategoryTotal t) {
        return switch (t.category()) {
            case "OUTPUT" -> 0;
            case "OUTCOME" -> 1;
            case "SATISFACTION" -> 2;
            case CategoryTotal.BUDGET -> 9;
            default -> 5;
        };
    }

    public int departments() {
        return ranking.size() + failed.size();
    }

    public boolean anyCrashed() {
        return failed.stream().anyMatch(DepartmentRecheck::crashed);
    }
}
