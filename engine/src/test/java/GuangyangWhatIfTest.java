import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.api.GoalPlan;
import io.jixiao.api.Result;
import io.jixiao.api.Scenario;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuangyangWhatIfTest {

    // paths are relative to the folder the tests run in
    static final Scenario BASE = Scenario.of(Path.of("indicators/guangyang/2023/targets.yaml"),
            Path.of("indicators/guangyang/2023/actuals-example.yaml"));

    @Test
    void falling1000条ShortCostsTheWholeIndicatorAndTheGrade() {
        Result r = BASE.with("部门整体", "全年监测舆情信息数量", "19000条").score();

        // 1000条 short, 每减少10条扣1% → 100 steps → 扣完为止: 5.94 → 0; 90.78 − 5.94 = 84.84
        assertThat(r.rounded()).isEqualByComparingTo("84.84");
        assertThat(r.grade()).isEqualTo("良");
        assertThat(r.indicator("部门整体", "全年监测舆情信息数量").score()).isEqualByComparingTo("0");
        assertThat(BASE.score().grade()).isEqualTo("优");   // the base scenario is unchanged
    }

    @Test
    void whatItTakesToGetBackTo优() {
        GoalPlan plan = BASE.with("部门整体", "全年监测舆情信息数量", "19000条").seek("优");

        assertThat(plan.steps()).extracting(GoalPlan.Step::to).containsExactly("19821条");
        assertThat(plan.after()).isGreaterThanOrEqualTo(new java.math.BigDecimal("90"));
    }
}
