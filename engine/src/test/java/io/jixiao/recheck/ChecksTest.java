package io.jixiao.recheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.pipeline.Options;
import io.jixiao.pipeline.Pipeline;
import io.jixiao.pipeline.Rechecker;
import io.jixiao.rules.RuleBook;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 复核 checks the seeds do not trigger: budget findings and the rounding rule for 自评得分. */
class ChecksTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copy() {
        Fixtures.copy(Fixtures.ROOT.resolve("indicators/guangyang/2023"), dir.resolve("guangyang"));
    }

    /** Edits the copied actuals-example.yaml (edits add up) and reviews the folder. */
    private BureauReport reviewGuangyang(String from, String to) {
        Path actuals = dir.resolve("guangyang/actuals-example.yaml");
        String text = Fixtures.read(actuals);
        assertThat(text).contains(from);
        Fixtures.write(actuals, text.replace(from, to));
        return new Rechecker(new Pipeline(Options.defaults()), 1).run(dir, n -> { });
    }

    @Test
    void spentAboveBudgetAndExecutionBelowSixtyPercent() {
        // overall: 300 of 259.25 spent (KPI-0310 from scoring); 网络安全监测项目经费: 11.9 of 20 = 59.5% (< 60%)
        reviewGuangyang("  spent: 255.10", "  spent: 300");
        BureauReport r = reviewGuangyang("    spent: 19.6", "    spent: 11.9");
        assertThat(r.findings()).filteredOn(f -> f.kind() == RecheckFinding.Kind.OVERSPENT
                        || f.kind() == RecheckFinding.Kind.LOW_EXECUTION)
                .extracting(RecheckFinding::table, f -> f.finding().code(), f -> f.finding().message())
                .containsExactly(
                        tuple("部门整体", "KPI-0310", "table '部门整体': spent 300万元 is above its budget 259.25万元"),
                        tuple("网络安全监测项目经费", "KPI-0321",
                                "复核: table '网络安全监测项目经费' spent only 59.50% of its budget (below 60%)"));
    }

    @Test
    void executionOfExactlySixtyPercentIsNotAFinding() {
        // 12 of 20 = 60.00%: not below 60%
        BureauReport r = reviewGuangyang("    spent: 19.6", "    spent: 12");
        assertThat(r.counts().get(RecheckFinding.Kind.LOW_EXECUTION)).isZero();
    }

    @Test
    void aClaimThatRoundsToTheRecomputedScoreIsNotAFinding() {
        // 维护数量 scores 12.50 × 72/90 = 10.00; a claim of 10.004 rounds HALF_UP to 10.00: the same
        BureauReport r = reviewGuangyang("selfScores: {维护数量: 12.5}", "selfScores: {维护数量: 10.004}");
        assertThat(r.counts().get(RecheckFinding.Kind.SELF_SCORE)).isZero();
        // 10.005 rounds to 10.01: one hundredth over
        r = reviewGuangyang("selfScores: {维护数量: 10.004}", "selfScores: {维护数量: 10.005}");
        assertThat(r.findings()).filteredOn(f -> f.kind() == RecheckFinding.Kind.SELF_SCORE)
                .extracting(f -> f.finding().message()).containsExactly("复核: '维护数量' of '政务网络平台项目经费' claims"
                        + " 10.01 points but scores 10.00 (over-claimed by 0.01)");
        // 9.994 rounds to 9.99: one hundredth under
        r = reviewGuangyang("selfScores: {维护数量: 10.005}", "selfScores: {维护数量: 9.994}");
        assertThat(r.findings()).filteredOn(f -> f.kind() == RecheckFinding.Kind.SELF_SCORE)
                .extracting(f -> f.finding().message()).containsExactly("复核: '维护数量' of '政务网络平台项目经费' claims"
                        + " 9.99 points but scores 10.00 (under-claimed by 0.01)");
    }

    @Test
    void aClaimOnANotApplicableIndicatorIsComparedWithZero() {
        // 实现广阳区人民满意度 is 不适用 in 网络安全监测项目经费: it scores 0 (listed unscaled)
        BureauReport r = reviewGuangyang("selfScores: {全年监测舆情信息数量: 12.5}",
                "selfScores: {全年监测舆情信息数量: 12.5, 实现广阳区人民满意度: 10}");
        assertThat(r.findings()).filteredOn(f -> f.kind() == RecheckFinding.Kind.SELF_SCORE)
                .extracting(f -> f.finding().message()).contains("复核: '实现广阳区人民满意度' of '网络安全监测项目经费' claims"
                        + " 10.00 points but scores 0.00 (over-claimed by 10.00)");
    }
}
