package io.jixiao.review;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The target review (审核): runs rules/review/*.drl (and any user rules) in one session per department
 * and returns what they found, in file order. Review findings are warnings or info; they never stop
 * loading or scoring and never change a score.
 */
public final class Reviewer {

    /** Review rules whose concern scoring reports itself (KPI-0308 偏离度, KPI-0310 spent above budget). */
    public static final Set<String> ALSO_IN_SCORING = Set.of("deviation-beyond-threshold", "spent-above-budget");

    static final Comparator<Finding> FILE_ORDER = Comparator.comparing((Finding f) -> f.location().file())
            .thenComparingInt(f -> f.location().line()).thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::code).thenComparing(Finding::message);

    private final RuleBook rules;
    private final ScoringProfile profile;

    /** @param profile a loaded profile (it carries the review section) */
    public Reviewer(RuleBook rules, ScoringProfile profile) {
        if (profile.review() == null) {
            throw new IllegalArgumentException("profile " + profile.name() + " has no review section");
        }
        this.rules = rules;
        this.profile = profile;
    }

    /** The review of a targets file. */
    public List<Finding> review(DepartmentTargets targets) {
        return findings(run(targets, null));
    }

    /** The review of targets and a self-evaluation of them (actuals already paired with the targets). */
    public List<Finding> review(DepartmentTargets targets, DepartmentActuals actuals) {
        return findings(run(targets, actuals));
    }

    /** What the review adds to a score: everything but what scoring reports itself ({@link #ALSO_IN_SCORING}). */
    public List<Finding> alongsideScore(DepartmentTargets targets, DepartmentActuals actuals) {
        return findings(run(targets, actuals).stream().filter(r -> !ALSO_IN_SCORING.contains(r.rule())).toList());
    }

    /** Every rule's conclusion, with the rule's name. */
    public List<ReviewFinding> run(DepartmentTargets targets, DepartmentActuals actuals) {
        return RuleRun.run(rules, ReviewFacts.of(targets, actuals, profile)).stream()
                .filter(ReviewFinding.class::isInstance).map(ReviewFinding.class::cast)
                .sorted(Comparator.comparing(ReviewFinding::finding, FILE_ORDER).thenComparing(ReviewFinding::rule))
                .toList();
    }

    private static List<Finding> findings(List<ReviewFinding> found) {
        return found.stream().map(ReviewFinding::finding).distinct().toList();
    }
}
