package io.jixiao.review.check;

import io.jixiao.problem.Finding;
import io.jixiao.profile.ReviewSettings;
import io.jixiao.review.ReviewProblems;
import io.jixiao.review.ReviewSpent;
import io.jixiao.scoring.BudgetExecution;
import io.jixiao.scoring.method.Explain;
import java.math.BigDecimal;

/** 预算执行率 in a self-evaluation, with the formula scoring uses ({@link BudgetExecution#rate}). */
public final class Execution {

    private Execution() {
    }

    /** spent / budget in percent. */
    public static BigDecimal ratePercent(ReviewSpent x) {
        return BudgetExecution.rate(x.spent(), x.budget()).movePointRight(2);
    }

    public static boolean belowFloor(ReviewSpent x, ReviewSettings s) {
        return ratePercent(x).compareTo(s.executionFloor()) < 0;
    }

    public static Finding belowFloorFinding(ReviewSpent x, ReviewSettings s) {
        return ReviewProblems.reviewExecutionBelowFloor(x.location(), x.table(), Explain.num(ratePercent(x)),
                Explain.num(s.executionFloor()), Explain.num(x.spent()), Explain.num(x.budget()));
    }
}
