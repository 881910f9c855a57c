package io.jixiao.rules;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of rule files (KPI-0201, 0204…0211): compiling DRL, running a rule session, --rules paths, the
 * switch between precompiled and run-time-compiled packaged rules.
 * Texts in {@code io/jixiao/rules/messages.properties}. A tie between rules and an indicator no rule scored
 * (KPI-0202, 0203) are found when scoring sums a table: {@code io.jixiao.scoring.ScoringProblems}.
 */
public final class RuleProblems {

    private static final Catalogue M = Catalogue.of(RuleProblems.class);

    private RuleProblems() {
    }

    public static Finding ruleBuild(Location at, String message) {
        return M.error("KPI-0201", at, "message", message);
    }

    /** A rule whose consequence threw, at the rule. */
    public static Finding ruleFailed(Location at, String rule, String problem) {
        return M.error("KPI-0204", at, "rule", rule, "problem", problem);
    }

    public static Finding rulesPath(String path) {
        return M.error("KPI-0205", Location.of(path));
    }

    /** JIXIAO_RULES (or -Djixiao.rules) set to neither precompiled nor classic. */
    public static Finding rulesMode(String setting, String value) {
        return M.error("KPI-0206", Location.of(setting), "setting", setting, "value", value);
    }

    /** A user's rule named like a packaged one, at the user's rule. */
    public static Finding packagedName(Location at, String rule, String packagedFile) {
        return M.error("KPI-0211", at, "rule", rule, "file", packagedFile);
    }

    /** A rule session that fired more than its most firings; {@code rule} was firing last. */
    public static Finding tooManyFirings(Location at, String rule, long limit) {
        return M.error("KPI-0207", at, "rule", rule, "limit", limit);
    }

    /** A rule session that did not finish within its timeout; {@code rule} was firing then. */
    public static Finding ruleTimeout(Location at, String rule, double seconds) {
        return M.error("KPI-0208", at, "rule", rule, "seconds",
                java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString());
    }

    /** A user's DRL that calls what no scoring or review rule needs and that could harm the run (System.exit …). */
    public static Finding forbiddenCall(Location at, String call) {
        return M.error("KPI-0209", at, "call", call);
    }

    /** The engine failed inside a session (out of memory or stack in a rule, a Drools error): exit 3. */
    public static Finding sessionCrashed(Location at, String rule, String problem) {
        return M.error("KPI-0210", at, "rule", rule, "problem", problem);
    }
}
