package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.Deduction;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.model.PointStandard;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.value.ValueParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 评分标准 in points (docs/scoring.md#point-standards), table-driven: each phrase of published 部门整体 score sheets, and the
 * variants real sheets write, read into its structure — and the same structure written as YAML. A structure is
 * described as {@code bands %: ≥90%→5 | [80%, 90%)→4 | <60%→0} (→满分 for 满分), {@code steps ≤100%: 5, per 1% −0.5},
 * {@code choices: 无结余→3 | …}, {@code grades: 达成→20 | …} or {@code proportional}.
 */
class PointStandardParserTest {

    static String describe(Deduction d) {
        PointStandard s = d.standard();
        if (s == null) {
            return d.passFail() ? "passFail" : "step " + d.per().toPlainString() + d.unit() + " −" + d.deduct() + "%";
        }
        if (s instanceof PointStandard.Bands b) {
            return "bands " + (b.unit().isEmpty() ? "-" : b.unit()) + ": " + b.bands().stream()
                    .map(x -> x.text(b.unit()) + "→" + pts(x.points())).collect(Collectors.joining(" | "));
        }
        if (s instanceof PointStandard.Steps st) {
            return "steps " + st.direction().symbol() + st.threshold().toPlainString() + st.unit() + ": "
                    + pts(st.points()) + ", per " + st.per().toPlainString() + st.unit() + " −" + st.deduct().toPlainString();
        }
        if (s instanceof PointStandard.Choices c) {
            return "choices: " + c.choices().stream().map(x -> x.option() + "→" + pts(x.points()))
                    .collect(Collectors.joining(" | "));
        }
        if (s instanceof PointStandard.Grades g) {
            return "grades: " + g.grades().stream().map(x -> x.level().label() + "→" + pts(x.points()))
                    .collect(Collectors.joining(" | "));
        }
        return "proportional";
    }

    private static String pts(java.math.BigDecimal p) {
        return p == null ? "满分" : p.toPlainString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the phrases of a published 部门整体 评分表 (issue 15) and the variants real sheets write
            "≥90%，计5分；80%(含)-90%，计4分；70%(含)-80%，计3分；60%(含)-70%，计2分；低于60%不得分" | bands %: ≥90%→5 ¦ [80%, 90%)→4 ¦ [70%, 80%)→3 ¦ [60%, 70%)→2 ¦ <60%→0
            # an exact value first; (含) after the high end includes it: 0-10%(含) is (0, 10]
            "预算调整率=0，计3分；0-10%(含)，计2分；10-20%(含)，计1分；20-30%(含)，计0.5分；大于30%不得分" | bands %: =0%→3 ¦ (0%, 10%]→2 ¦ (10%, 20%]→1 ¦ (20%, 30%]→0.5 ¦ >30%→0
            # a standard and a deduction in points; the subject 在职人员控制率 is not the indicator's own name
            "以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止" | steps ≤100%: 5, per 1% −0.5
            "完成率100%计满分，每降低1个百分点扣1分，扣完为止" | steps ≥100%: 满分, per 1% −1
            # choices of wording
            "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分" | choices: 无结余→3 ¦ 有结余，但不超过上年结转→2 ¦ 结余超过上年结转→0
            # grades in points
            "达成年度指标计20分；部分达成计12分；未达成不得分" | grades: 达成→20 ¦ 部分达成→12 ¦ 未达成→0
            # the default method said in words
            "达到目标值计满分，未达到按完成比例计分" | proportional
            "按完成比例得分" | proportional
            # variants: a trailing 。, no comma before 计, the lowest band giving points
            "≥90%计10分；80%(含)-90%计8分；低于80%计5分。" | bands %: ≥90%→10 ¦ [80%, 90%)→8 ¦ <80%→5
            "≥90%，计5分；80%(含)-90%，计4分；低于80%不得分。" | bands %: ≥90%→5 ¦ [80%, 90%)→4 ¦ <80%→0
            # a condition followed by a deduction above a threshold
            "“三公经费”变动率≤0，计5分；“三公经费”>0，每超过一个百分点扣0.5分，扣完为止" | steps ≤0%: 5, per 1% −0.5
            # ≧ and ≦ for ≥ and ≤; full-width ； and ，
            "≧95%，计满分；≦95%且≥80%为3分；低于80%不得分" | ERROR
            "≧95%，计满分；85%(含)-95%，计3分；≦85%不得分" | bands %: ≥95%→满分 ¦ [85%, 95%)→3 ¦ ≤85%→0
            # the subject is read past, whatever it is called
            "重点支出安排率≥90%，计5分；80%(含)-90%，计4分；低于80%不得分" | bands %: ≥90%→5 ¦ [80%, 90%)→4 ¦ <80%→0
            "财政供养人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止" | steps ≤100%: 5, per 1% −0.5
            # (含80%) names the end it includes; written high first, turned round
            "100-80%(含80%)计5分；80%以下不得分" | bands %: [80%, 100%)→5 ¦ ≤80%→0
            # 以上 / 以下, and a band written without (含): its low end included
            "90%以上计5分；80%-90%计3分；低于80%不得分" | bands %: ≥90%→5 ¦ [80%, 90%)→3 ¦ <80%→0
            # counts, not percents
            "完成3项以上，计5分；完成2项，计3分；少于2项不得分" | bands 项: ≥3项→5 ¦ =2项→3 ¦ <2项→0
            # points beyond the 分值 are still read (the review and scoring deal with them)
            "≥95%，计12分；低于95%，计6分" | bands %: ≥95%→12 ¦ <95%→6
            # the forms jixiao read before stay as they were
            "每减少10条，扣减数量分值的1%" | step 10条 −1%
            "达到指标目标值得满分，每下降1%，扣权重分值的2.5%，低于60%不得分" | step 1% −2.5%
            "按规定执行得满分，否则不得分" | passFail
            "达标得满分，不达标不得分" | passFail
            # a pass/fail pair written as two clauses is still pass/fail
            "达标得满分；不达标不得分" | passFail
            """)
    void readsEachPublishedPhrase(String text, String expected) {
        String want = expected.replace('¦', '|');
        if (want.equals("ERROR")) {
            assertThatThrownBy(() -> DeductionParser.parse(text, Location.UNKNOWN)).isInstanceOf(ValueParseException.class)
                    .satisfies(e -> assertThat(((ValueParseException) e).hint()).startsWith("Maybe"));
            return;
        }
        assertThat(describe(DeductionParser.parse(text, Location.UNKNOWN))).isEqualTo(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # text                                                          | words of the problem
            "≥90%，计5分；良好，计3分"                                        | some conditions are numbers and some are words
            "≥90%，计5分；80%(含)-90%，计4分；低于80%，酌情扣分"                | the clause '低于80%,酌情扣分'
            "≥90%，计5%；80%-90%，计4分"                                      | the clause '≥90%,计5%'
            "≥90%计5分；80%以下计3万元"                                        | the clause
            "完成率100%计满分，每降低1个百分点扣1分；每超过1个百分点扣1分"      | it deducts in two ways
            "以100%为标准；≥100%计5分；每超过一个百分点扣0.5分"                 | point opposite ways
            "无结余，3分；无结余，2分"                                          | the option '无结余' is written twice
            "达成计20分；达成计10分"                                            | the grade 达成 is given points twice
            "≥90%，计5分；良好"                                                | the clause '良好'
            # a deduction in points needs the standard it counts from
            "每减少10条扣1分"                                                  | has no standard to count from
            """)
    void refusesWhatItCannotRead(String text, String problem) {
        assertThatThrownBy(() -> DeductionParser.parse(text, Location.UNKNOWN)).isInstanceOf(ValueParseException.class)
                .satisfies(e -> {
                    ValueParseException v = (ValueParseException) e;
                    assertThat(v.problem()).contains(problem);
                    assertThat(v.hint()).startsWith("Maybe");
                });
    }

    // ---- the structured form -------------------------------------------------------------------

    private static final String TARGETS = """
            department: 测试部门
            year: 2023
            projects:
              - name: 项目甲
                indicators:
                  - level1: 产出指标
                    level2: 质量指标
                    name: 指标
                    target: "≥90%"
                    points: 5
                    deduction: %s
            """;

    private static LoadResult<DepartmentTargets> load(String deduction) {
        return TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", TARGETS.replace("%s", deduction)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # the text                                             | its structured form in YAML
            "≥90%，计5分；80%(含)-90%，计4分；低于80%不得分"          | "{bands: [{atLeast: 90%, points: 5}, {atLeast: 80%, below: 90%, points: 4}, {below: 80%, points: 0}]}"
            "=0，计3分；0-10%(含)，计2分；大于10%不得分"              | "{bands: [{equal: 0%, points: 3}, {above: 0%, atMost: 10%, points: 2}, {above: 10%, points: 0}]}"
            "≥95%，计满分；低于95%，计3分"                            | "{bands: [{atLeast: 95%, points: 满分}, {below: 95%, points: 3}]}"
            "以100%为标准。在职人员控制率≤100%，计5分；每超过一个百分点扣0.5分，扣完为止" | "{pointSteps: {atMost: 100%, points: 5, per: 1%, deductPoints: 0.5}}"
            "完成率100%计满分，每降低1个百分点扣1分，扣完为止"          | "{pointSteps: {atLeast: 100%, deductPoints: 1}}"
            "无结余，3分；有结余，但不超过上年结转，2分；结余超过上年结转，不得分" | "{choices: {无结余: 3, '有结余，但不超过上年结转': 2, 结余超过上年结转: 0}}"
            "达成年度指标计20分；部分达成计12分；未达成不得分"          | "{grades: {达成: 20, 部分达成: 12, 未达成: 0}}"
            "达到目标值计满分，未达到按完成比例计分"                    | "{proportional: true}"
            """)
    void theStructuredFormReadsTheSame(String text, String yaml) {
        Deduction fromText = DeductionParser.parse(text, Location.UNKNOWN);
        LoadResult<DepartmentTargets> r = load(yaml);
        assertThat(r.findings()).isEmpty();
        Deduction fromYaml = r.value().projects().get(0).indicators().get(0).deduction();
        assertThat(fromYaml.standard()).isEqualTo(fromText.standard());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # structured form                                                | words of the KPI-0119 error
            "{bands: [{atLeast: 90%}]}"                                      | a band needs its points
            "{bands: [{atLeast: 90%, above: 80%, points: 5}]}"               | one of each at most
            "{bands: [{points: 5}]}"                                         | a band needs equal, or atLeast/above
            "{bands: [{atLeast: 90%, points: 5}, {below: 90个, points: 0}]}" | in % and in 个
            "{bands: [{atLeast: 90%, points: lots}]}"                        | must be points
            "{bands: [{atLeast: 95%, atMost: 90%, points: 5}]}"              | starts above where it ends
            "{pointSteps: {points: 5, deductPoints: 1}}"                     | atLeast or atMost
            "{pointSteps: {atMost: 100%, points: 5}}"                        | needs deductPoints
            "{grades: {很好: 20}}"                                           | '很好' is not a grade
            "{choices: {}}"                                                  | lists no option
            "{bands: [{atLeast: 90%, points: 5}], per: 10}"                  | write one form of 评分标准
            """)
    void aBadStructuredFormIsLocated(String yaml, String words) {
        List<Finding> f = new ArrayList<>(load(yaml).findings());
        assertThat(f).isNotEmpty();
        assertThat(f).anySatisfy(x -> {
            assertThat(x.code()).isEqualTo("KPI-0119");
            assertThat(x.message()).contains(words);
            assertThat(x.location().line()).isEqualTo(11);
        });
    }

    @Test
    void bandsInAUnitTheTargetCannotTakeAreRefused() {
        // the target counts 个; bands in % cannot be compared with it (KPI-0129, as a step in another unit)
        String t = TARGETS.replace("%s", "\"≥90%，计5分；低于90%不得分\"").replace("≥90%\"", "≥10个\"");
        LoadResult<DepartmentTargets> r = TargetsLoader.load("t.yaml", YamlReader.parse("t.yaml", t));
        assertThat(r.findings()).extracting(Finding::code).containsExactly("KPI-0129");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # in 简体中文 (the default outside tests): the problem and a hint starting with 建议
            # text or structured form                                       | words of the problem
            "≥90%，计5分；良好，计3分"                                        | 条件有的是数字、有的是文字
            "无结余，3分；无结余，2分"                                          | 情形 '无结余' 写了两次
            "{bands: [{atLeast: 90%}]}"                                      | 一档需要写明分数
            "{choices: {}}"                                                  | 'choices' 没有列出任何情形
            """)
    void theProblemsAreSaidInChinese(String text, String words) {
        io.jixiao.problem.InLanguage.run(io.jixiao.problem.Language.ZH, () -> {
            if (text.startsWith("{")) {
                assertThat(load(text).findings()).anySatisfy(x -> {
                    assertThat(x.code()).isEqualTo("KPI-0119");
                    assertThat(x.message()).contains(words);
                });
                return;
            }
            assertThatThrownBy(() -> DeductionParser.parse(text, Location.UNKNOWN))
                    .isInstanceOf(ValueParseException.class).satisfies(e -> {
                        ValueParseException v = (ValueParseException) e;
                        assertThat(v.problem()).contains(words);
                        assertThat(v.hint()).startsWith("建议");
                    });
        });
    }
}
