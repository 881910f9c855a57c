package io.jixiao.profile;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.jixiao.model.Category;
import io.jixiao.value.GradeLevel;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A scoring profile (rules/profiles/*.yaml): category weights, qualitative bands, grade thresholds,
 * the over-achievement flag, the department aggregation and the thresholds of the target review
 * ({@code review:}, see {@link ReviewSettings}), of the 复核 ({@code recheck:}, see {@link RecheckSettings}) and of
 * mid-year monitoring ({@code monitoring:}, see {@link MonitoringSettings}), the words of an indicator's name that
 * make a target without comparator a ceiling ({@code lowerIsBetter:}, docs/scoring.md#direction), and the use of
 * results ({@code resultUse:}, 结果应用: a {@link ResultUse} per grade). Inserted into every rule session as a fact, so
 * that no threshold or word is written in DRL.
 */
public record ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                             Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                             Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                             ReviewSettings review, RecheckSettings recheck, MonitoringSettings monitoring,
                             List<String> lowerIsBetter, Map<String, ResultUse> resultUse) {

    /** The department aggregations a profile may name ({@code aggregation:}); the first is the default. */
    public static final String DEFAULT_AGGREGATION = "overall-else-budget-weighted";
    public static final String BUDGET_WEIGHTED = "budget-weighted";
    public static final String MEAN = "mean";
    public static final List<String> AGGREGATIONS = List.of(DEFAULT_AGGREGATION, BUDGET_WEIGHTED, MEAN);

    public ScoringProfile {
        groups = List.copyOf(groups);
        achievement = Map.copyOf(achievement);
        ratings = Map.copyOf(ratings);
        grades = Map.copyOf(grades);
        lowerIsBetter = lowerIsBetter == null ? null : List.copyOf(lowerIsBetter);
        resultUse = resultUse == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resultUse));
    }

    /** Without a resultUse section ({@link ProfileLoader} gives loaded profiles national's). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review, RecheckSettings recheck, MonitoringSettings monitoring,
                          List<String> lowerIsBetter) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, recheck, monitoring, lowerIsBetter, null);
    }

    /** Without lower-is-better words ({@link ProfileLoader} gives loaded profiles national's). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review, RecheckSettings recheck, MonitoringSettings monitoring) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, recheck, monitoring, (List<String>) null);
    }

    /**
     * Without a monitoring section and lower-is-better words ({@link ProfileLoader} gives loaded profiles both).
     */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review, RecheckSettings recheck) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, recheck, null, (List<String>) null);
    }

    /** Without a recheck section ({@link ProfileLoader} gives loaded profiles one). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, null, null, (List<String>) null);
    }

    /** Without a review section (scoring only; {@link ProfileLoader} gives loaded profiles one). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                null, null, null, (List<String>) null);
    }

    /** The same profile under another name (a profile file is named by its content: ProfileLoader). */
    public ScoringProfile named(String identity) {
        return new ScoringProfile(identity, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, lowerIsBetter, resultUse);
    }

    /** The same profile with {@code review} as its review section. */
    public ScoringProfile withReview(ReviewSettings review) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, lowerIsBetter, resultUse);
    }

    /** The same profile with {@code recheck} as its recheck section. */
    public ScoringProfile withRecheck(RecheckSettings recheck) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, lowerIsBetter, resultUse);
    }

    /** The same profile with {@code monitoring} as its monitoring section. */
    public ScoringProfile withMonitoring(MonitoringSettings monitoring) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, lowerIsBetter, resultUse);
    }

    /** The same profile with {@code resultUse} as its 结果应用 section. */
    public ScoringProfile withResultUse(Map<String, ResultUse> resultUse) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, lowerIsBetter, resultUse);
    }

    /** What 结果应用 suggests for {@code grade}: this profile's entry, else none. */
    public java.util.Optional<ResultUse> resultUse(String grade) {
        return resultUse == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(resultUse.get(grade));
    }

    /** The same profile with these lower-is-better words (docs/scoring.md#direction). */
    public ScoringProfile withLowerIsBetter(List<String> words) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, words, resultUse);
    }

    /**
     * The first lower-is-better word (docs/scoring.md#direction) the indicator's name holds, or null. The words are
     * profile data ({@code lowerIsBetter:}); a name holding one reads a target without comparator as ≤.
     */
    public String lowerIsBetterWord(String indicatorName) {
        if (lowerIsBetter == null || indicatorName == null) {
            return null;
        }
        for (String w : lowerIsBetter) {
            if (indicatorName.contains(w)) {
                return w;
            }
        }
        return null;
    }

    /** Indicator categories scored together for {@code weight} points; {@code whenAbsent} takes them if none. */
    public record Group(String name, List<Category> categories, BigDecimal weight, String whenAbsent) {
        public Group {
            categories = List.copyOf(categories);
        }
    }

    /**
     * An achievement level's default percent and the band an explicit percent must lie in
     * (docs/scoring.md#grade-bands): [low, high) — the top band [low, high], its high end included — so that bands
     * that meet (达成 [80, 100], 部分达成 [60, 80), 未达成 [0, 60)) do not overlap.
     */
    public record Band(@JsonProperty("default") BigDecimal byDefault, BigDecimal low, BigDecimal high) {

        /**
         * @param top true for the band at the top of the scale (its high end is included)
         */
        public boolean contains(BigDecimal percent, boolean top) {
            int above = percent.compareTo(high);
            return percent.compareTo(low) >= 0 && (above < 0 || (top && above == 0));
        }

        /** The band in interval notation: [60%, 80%), or [80%, 100%] for the top band. */
        public String text(boolean top) {
            return "[" + plain(low) + "%, " + plain(high) + "%" + (top ? "]" : ")");
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** The achievement level whose band reaches highest (达成): its band includes its high end. */
    public GradeLevel topBand() {
        return achievement.entrySet().stream().max(java.util.Comparator.comparing(
                        (Map.Entry<GradeLevel, Band> e) -> e.getValue().high()).thenComparing(e -> e.getValue().low()))
                .map(Map.Entry::getKey).orElse(GradeLevel.ACHIEVED);
    }

    /** True when {@code percent} lies in {@code level}'s band (docs/scoring.md#grade-bands). */
    public boolean inBand(GradeLevel level, BigDecimal percent) {
        return achievement.get(level).contains(percent, level == topBand());
    }

    /** The achievement level whose band holds {@code percent}; null when none does. */
    public GradeLevel bandHolding(BigDecimal percent) {
        for (GradeLevel l : GradeLevel.values()) {
            if (l.achievement() && achievement.containsKey(l) && inBand(l, percent)) {
                return l;
            }
        }
        return null;
    }

    /** {@code level}'s band in interval notation, e.g. [60%, 80%). */
    public String bandText(GradeLevel level) {
        return achievement.get(level).text(level == topBand());
    }

    /** The group an indicator category belongs to. */
    public Group groupOf(Category c) {
        return groups.stream().filter(g -> g.categories().contains(c)).findFirst()
                .orElseThrow(() -> new IllegalStateException("profile " + name + " has no group for " + c));
    }

    /** 优/良/中/差 for a score out of 100, judged on the score as displayed (HALF_UP, 2 places). */
    public String grade(BigDecimal score) {
        BigDecimal shown = Numbers.round(score);
        // the highest threshold the score reaches (a loop: this runs for every table scored)
        String grade = "差";
        BigDecimal reached = null;
        for (Map.Entry<String, BigDecimal> e : grades.entrySet()) {
            if (shown.compareTo(e.getValue()) >= 0 && (reached == null || e.getValue().compareTo(reached) > 0)) {
                grade = e.getKey();
                reached = e.getValue();
            }
        }
        return grade;
    }
}
