package io.jixiao.whatif;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import io.jixiao.profile.ScoringProfile;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.SessionProblems;
import io.jixiao.scoring.TableScore;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.util.Map;

/**
 * A score to reach, as goal seeking works with it: a number out of 100 for the department or, with {@code table},
 * for one table. The API's {@code Goal} is its public face.
 *
 * @param score the threshold: reached when the score as displayed (HALF_UP, 2 places) is at least this, the
 *              same rule as the profile's grades
 * @param text  as the user wrote it ("90", "优")
 * @param table a table's name, or null for the department score
 */
public record Aim(BigDecimal score, String text, String table) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * "90", "85.5" or a grade of the profile ("优", "良", …).
     *
     * @throws KpiException KPI-0353 when it is neither
     */
    public static Aim parse(String text, ScoringProfile profile, String table, Location at) {
        String t = text == null ? "" : text.strip();
        BigDecimal threshold = profile.grades().get(t);
        if (threshold != null) {
            return new Aim(threshold, t, table);
        }
        try {
            BigDecimal n = new BigDecimal(t);
            if (n.signum() >= 0 && n.compareTo(HUNDRED) <= 0) {
                return new Aim(n, t, table);
            }
        } catch (NumberFormatException e) {
            // not a number: reported below
        }
        throw new KpiException(SessionProblems.whatifBadGoal(at, t, profile.grades().entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).map(Map.Entry::getKey).toList()));
    }

    /** The same aim for one table's score instead of the department's. */
    public Aim forTable(String name) {
        return new Aim(score, text, name);
    }

    /** The score this aim is about: the department's or its table's. */
    public BigDecimal measure(DepartmentScore d) {
        if (table == null) {
            return d.score();
        }
        return d.tables().stream().filter(t -> t.name().equals(table)).map(TableScore::score).findFirst()
                .orElseThrow(() -> new IllegalStateException("table checked before: " + table));
    }

    /** True when {@code value} displays as at least the aim's score. */
    public boolean reachedBy(BigDecimal value) {
        return value.compareTo(threshold()) >= 0;
    }

    /** The lowest unrounded score that displays as the aim: score − 0.005 (HALF_UP to 2 places). */
    BigDecimal threshold() {
        return Numbers.lowestShownAs(score);
    }
}
