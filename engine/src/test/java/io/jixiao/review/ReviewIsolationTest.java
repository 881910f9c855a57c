package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.ActualsLoader;
import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.profile.ProfileLoader;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import io.jixiao.scoring.CaseFinding;
import io.jixiao.scoring.IndicatorResult;
import io.jixiao.scoring.Scorer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review and scoring rules share one KieBase (every rules/**.drl) but match different facts: a review
 * session derives only {@link ReviewFinding}s, a scoring session none, and scoring gives the same
 * department score whatever the review says.
 */
class ReviewIsolationTest {

    static final Path SHIFENG = SeedReviewTest.INDICATORS.resolve("shifeng/2023");

    @Test
    void aReviewSessionDerivesOnlyReviewFindings() {
        DepartmentTargets t = TargetsLoader.load(SHIFENG.resolve("targets.yaml")).orThrow();
        DepartmentActuals a = ActualsLoader.load(SHIFENG.resolve("actuals-example.yaml")).orThrow();
        ScoringProfile p = ProfileLoader.load("national", null);
        List<Object> facts = ReviewFacts.of(io.jixiao.scoring.PreparedDepartment.prepare(t, a, p, false), true);
        List<Object> after = RuleRun.run(RuleBook.packaged(), facts);
        List<Object> derived = after.stream().filter(o -> facts.stream().noneMatch(f -> f == o)).toList();
        assertThat(derived).isNotEmpty().allMatch(ReviewFinding.class::isInstance);
        assertThat(after).noneMatch(o -> o instanceof IndicatorResult || o instanceof CaseFinding);
    }

    @Test
    void scoringIsTheSameWithTheReviewRulesInTheBook() {
        DepartmentTargets t = TargetsLoader.load(SHIFENG.resolve("targets.yaml")).orThrow();
        DepartmentActuals a = ActualsLoader.load(SHIFENG.resolve("actuals-example.yaml")).orThrow();
        ScoringProfile p = ProfileLoader.load("national", null);
        // a book without rules/review: the scoring and deduction rules only
        RuleBook scoringOnly = RuleBook.build(io.jixiao.rules.RuleSources.packaged().stream()
                .filter(s -> !s.path().startsWith("rules/review/")).toList());
        var with = new Scorer(RuleBook.packaged(), p).score(t, a, false);
        var without = new Scorer(scoringOnly, p).score(t, a, false);
        assertThat(with).isEqualTo(without);
        assertThat(RuleBook.packaged().files()).anyMatch(f -> f.startsWith("rules/review/"));
    }
}
