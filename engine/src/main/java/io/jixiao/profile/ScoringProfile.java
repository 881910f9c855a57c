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
 * mid-year monitoring ({@code monitoring:}, see {@link MonitoringSettings}), and the use of results ({@code resultUse:},
 * 结果应用: a {@link ResultUse} per grade). Inserted into every rule session as a fact, so that no threshold is
 * written in DRL.
 */
public record ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                             Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                             Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                             ReviewSettings review, RecheckSettings recheck, MonitoringSettings monitoring,
                             Map<String, ResultUse> resultUse) {

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
        resultUse = resultUse == null ? null : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resultUse));
    }

    /** Without a resultUse section ({@link ProfileLoader} gives loaded profiles national's). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review, RecheckSettings recheck, MonitoringSettings monitoring) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, recheck, monitoring, null);
    }

    /** Without a monitoring section ({@link ProfileLoader} gives loaded profiles one). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review, RecheckSettings recheck) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, recheck, null);
    }

    /** Without a recheck section ({@link ProfileLoader} gives loaded profiles one). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation,
                          ReviewSettings review) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                review, null);
    }

    /** Without a review section (scoring only; {@link ProfileLoader} gives loaded profiles one). */
    public ScoringProfile(String name, String description, BigDecimal budgetWeight, List<Group> groups,
                          Map<GradeLevel, Band> achievement, Map<GradeLevel, BigDecimal> ratings,
                          Map<String, BigDecimal> grades, BigDecimal overAchievementFlag, String aggregation) {
        this(name, description, budgetWeight, groups, achievement, ratings, grades, overAchievementFlag, aggregation,
                null);
    }

    /** The same profile with {@code review} as its review section. */
    public ScoringProfile withReview(ReviewSettings review) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, resultUse);
    }

    /** The same profile with {@code recheck} as its recheck section. */
    public ScoringProfile withRecheck(RecheckSettings recheck) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, resultUse);
    }

    /** The same profile with {@code monitoring} as its monitoring section. */
    public ScoringProfile withMonitoring(MonitoringSettings monitoring) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, resultUse);
    }

    /** The same profile with {@code resultUse} as its 结果应用 section. */
    public ScoringProfile withResultUse(Map<String, ResultUse> resultUse) {
        return new ScoringProfile(name, description, budgetWeight, groups, achievement, ratings, grades,
                overAchievementFlag, aggregation, review, recheck, monitoring, resultUse);
    }

    /** What 结果应用 suggests for {@code grade}: this profile's entry, else none. */
    public java.util.Optional<ResultUse> resultUse(String grade) {
        return resultUse == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(resultUse.get(grade));
    }

    /** Indicator categories scored together for {@code weight} points; {@code whenAbsent} takes them if none. */
    public record Group(String name, List<Category> categories, BigDecimal weight, String whenAbsent) {
        public Group {
            categories = List.copyOf(categories);
        }
    }

    /** An achievement level's default percent and the band an explicit percent must lie in. */
    public record Band(@JsonProperty("default") BigDecimal byDefault, BigDecimal low, BigDecimal high) {
        public boolean contains(BigDecimal percent) {
            return percent.compareTo(low) >= 0 && percent.compareTo(high) <= 0;
        }
    }

    /** The group an indicator category belongs to. */
    public Group groupOf(Category c) {
        return groups.stream().filter(g -> g.categories().contains(c)).findFirst()
                .orElseThrow(() -> new IllegalStateException("profile " + name + " has no group for " + c));
    }

    /** 优/良/中/差 for a score out of 100, judged on the score as displayed (HALF_UP, 2 places). */
    public String grade(BigDecimal score) {
        BigDecimal shown = Numbers.round(score);
        return grades.entrySet().stream().filter(e -> shown.compareTo(e.getValue()) >= 0)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("差");
    }
}
