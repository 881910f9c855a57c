package io.jixiao.rules;

import io.jixiao.problem.Catalogue;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;

/**
 * The findings of rule files (KPI-0201, 0204, 0205, 0206): compiling DRL, running a rule session, --rules paths, the
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

    public static Finding ruleFailed(String rule, String problem) {
        return M.error("KPI-0204", Location.UNKNOWN, "rule", rule, "problem", problem);
    }

    public static Finding rulesPath(String path) {
        return M.error("KPI-0205", Location.of(path));
    }

    /** JIXIAO_RULES (or -Djixiao.rules) set to neither precompiled nor classic. */
    public static Finding rulesMode(String setting, String value) {
        return M.error("KPI-0206", Location.of(setting), "setting", setting, "value", value);
    }
}
