package io.jixiao.review;

import io.jixiao.model.DepartmentActuals;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.rules.RuleBook;
import io.jixiao.rules.RuleRun;
import java.util.Comparator;
import java.util.List;
import io.jixiao.scoring.PreparedDepartment;

/**
 * The target review (审核): runs rules/review/*.drl (and any user rules) in one session per department
 * and returns what they found, in file order. Review findings are warnings or info; they never stop
 * loading or scoring and never change a score.
 */
public final class Reviewer {

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

    /**
     * The review of a targets file, with what sharing its points says of given 分值 (KPI-0319: scoring says it of a
     * scored department).
     */
    public List<Finding> review(DepartmentTargets targets) {
        ReviewFacts facts = ReviewFacts.forTargets(targets, profile);
        List<Finding> all = new java.util.ArrayList<>(findings(run(facts.facts())));
        all.addAll(facts.allocationWarnings());
        all.sort(Finding.ORDER);
        return all;
    }

    /**
     * The review of targets and their self-evaluation, from the department as scoring prepared it (the actuals
     * paired, the points shared, the cases built): the review reads them instead of computing them again.
     */
    public List<Finding> review(PreparedDepartment prepared) {
        return findings(run(ReviewFacts.of(prepared, rules.hasUserRules())));
    }

    /**
     * The review of targets and a self-evaluation of them: pairs and prepares them as scoring does first.
     *
     * @throws io.jixiao.problem.KpiException when the actuals do not fit the targets or points do not add up
     */
    public List<Finding> review(DepartmentTargets targets, DepartmentActuals actuals) {
        return review(PreparedDepartment.prepare(targets, actuals, profile, true));
    }

    /**
     * Every rule's conclusion with the rule's name, for the targets alone ({@code actuals} null) or with a
     * self-evaluation (paired and prepared as scoring does first).
     */
    public List<ReviewFinding> run(DepartmentTargets targets, DepartmentActuals actuals) {
        return run(actuals == null ? ReviewFacts.of(targets, profile)
                : ReviewFacts.of(PreparedDepartment.prepare(targets, actuals, profile, true), true));
    }

    /**
     * Every rule's conclusion, with the rule's name, in {@link Finding#ORDER}, each once. The packaged rules add their
     * findings through {@link io.jixiao.rules.Derive#fact}: the session is fired once and nothing retracts an input
     * fact, so without user rules a finding goes straight to this reader, with no fact handle and no truth
     * maintenance; with user rules it is inserted logically, as before. Two equal conclusions count once either way.
     */
    private List<ReviewFinding> run(List<Object> facts) {
        return RuleRun.run(rules, facts).stream()
                .filter(ReviewFinding.class::isInstance).map(ReviewFinding.class::cast).distinct()
                .sorted(Comparator.comparing(ReviewFinding::finding, Finding.ORDER).thenComparing(ReviewFinding::rule))
                .toList();
    }

    private static List<Finding> findings(List<ReviewFinding> found) {
        return found.stream().map(ReviewFinding::finding).distinct().toList();
    }
}
