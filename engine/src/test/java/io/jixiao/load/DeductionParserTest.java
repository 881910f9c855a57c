package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.model.Deduction;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import io.jixiao.problem.Location;
import io.jixiao.problem.Severity;
import io.jixiao.scoring.DepartmentScore;
import io.jixiao.scoring.TestDepartment;
import io.jixiao.value.ValueParseException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 评（扣）分标准 text → structured form (docs/scoring.md#deductions), table-driven: every phrase given there, the
 * variants of issue 3, the seeds.
 */
class DeductionParserTest {

    private static final Location AT = new Location("targets.yaml", 7, 18);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                                                            | per | unit   | deduct | zeroBelow
            # ---- docs/scoring.md#deductions ----
            每减少10条，扣减数量分值的1%                                      | 10  | 条     | 1      |
            每减少1%，减数量分值的10%                                         | 1   | %      | 10     |
            每增加1%，减数量分值的10%                                         | 1   | %      | 10     |
            每减少1小时，减数量分值的10%                                      | 1   | 小时   | 10     |
            达到指标目标值得满分，每下降1%，扣权重分值的2.5%，低于60%不得分   | 1   | %      | 2.5    | 60
            # ---- the cut: 减 / 扣 / 扣减 (and 扣除) ----
            每减少10条，减数量分值的1%                                        | 10  | 条     | 1      |
            每减少10条，扣数量分值的1%                                        | 10  | 条     | 1      |
            每减少10条，扣减数量分值的1%                                      | 10  | 条     | 1      |
            每减少10条，扣除数量分值的1%                                      | 10  | 条     | 1      |
            # ---- the base: 数量分值 / 权重分值 / 该项分值 (and none) ----
            每减少1个，扣减权重分值的10%                                      | 1   | 个     | 10     |
            每减少1个，扣减该项分值的10%                                      | 1   | 个     | 10     |
            每减少1个，扣减该指标分值的10%                                    | 1   | 个     | 10     |
            每减少1个，扣减分值的10%                                          | 1   | 个     | 10     |
            每减少1个，扣10%                                                  | 1   | 个     | 10     |
            # ---- the step: 每低于 / 每下降 / 每减少 / 每超过 / 每增加 (and 每少) ----
            每低于1%，扣该项分值的5%                                          | 1   | %      | 5      |
            每下降1%，扣该项分值的5%                                          | 1   | %      | 5      |
            每减少1%，扣该项分值的5%                                          | 1   | %      | 5      |
            每超过1天，扣该项分值的20%                                        | 1   | 天     | 20     |
            每增加1个，扣该项分值的10%                                        | 1   | 个     | 10     |
            每少1次扣该项分值的10%                                            | 1   | 次     | 10     |
            # 百分点 / 个百分点 read as percentage points: the unit is normalised to %
            每增加1百分点，扣权重分值的10%                                    | 1   | %      | 10     |
            每减少1个百分点，扣该项分值的10%                                  | 1   | %      | 10     |
            每减少1.5万条，扣减数量分值的1%                                   | 15000 | 条   | 1      |
            # ---- spellings: full-width digits and ％, ASCII comma, no comma, 、, decimals, no unit ----
            每减少１０条，扣减数量分值的１％                                  | 10  | 条     | 1      |
            每减少10条,扣减数量分值的1%                                       | 10  | 条     | 1      |
            每减少10条扣减数量分值的1%                                        | 10  | 条     | 1      |
            每减少10条、扣减数量分值的1%                                      | 10  | 条     | 1      |
            每减少0.5%，扣该项分值的2.5%                                      | 0.5 | %      | 2.5    |
            每减少 10 条，扣减数量分值的 1%                                   | 10  | 条     | 1      |
            每减少10，扣1%                                                    | 10  | ''     | 1      |
            每超过1万元，扣该项分值的5%                                       | 1   | 万元   | 5      |
            # ---- the floor: 低于/不足 N% 不得分/得0分 ----
            每减少1%，减数量分值的10%，低于80%的不得分                        | 1   | %      | 10     | 80
            每下降1%，扣权重分值的2.5%，不足60%不得分                         | 1   | %      | 2.5    | 60
            每下降1%，扣权重分值的2.5%，低于60%得0分                          | 1   | %      | 2.5    | 60
            """)
    void readsASteppedDeduction(String text, BigDecimal per, String unit, BigDecimal deduct, BigDecimal zeroBelow) {
        Deduction d = DeductionParser.parse(text, AT);
        assertThat(d.passFail()).isFalse();
        assertThat(d.per()).isEqualByComparingTo(per);
        assertThat(d.unit()).isEqualTo(unit);
        assertThat(d.deduct()).isEqualByComparingTo(deduct);
        if (zeroBelow == null) {
            assertThat(d.zeroBelow()).isNull();
        } else {
            assertThat(d.zeroBelow()).isEqualByComparingTo(zeroBelow);
        }
        assertThat(d.relative()).as("relative is decided at scoring, from the target's unit").isFalse();
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.location()).isEqualTo(AT);
        assertThat(d.structured()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            按规定执行得满分，否则不得分
            达标得满分，不达标不得分
            完成得满分，未完成不得分
            达到目标值得满分，未达到得0分
            按时完成得满分，否则不计分
            """)
    void readsPassFail(String text) {
        Deduction d = DeductionParser.parse(text, AT);
        assertThat(d.passFail()).isTrue();
        assertThat(d.per()).isNull();
        assertThat(d.deduct()).isNull();
        assertThat(d.zeroBelow()).isNull();
        assertThat(d.structured()).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                   | problem names
            酌情扣分                 | not a step deduction
            # (按完成比例得分 is the default method said in words, and 每减少10条扣1分 a deduction in points that needs its
            # standard: PointStandardParserTest, docs/scoring.md#point-standards)
            # a floor alone
            低于60%不得分            | not a step deduction
            每减少0条，扣1%          | must be above 0
            每减少1@，扣1%           | '@' after the step is not a unit
            """)
    void rejectsWithTheStructuredFormInTheHint(String text, String problem) {
        assertThatThrownBy(() -> DeductionParser.parse(text, AT)).isInstanceOfSatisfying(ValueParseException.class,
                e -> {
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.problem()).contains(problem);
                    assertThat(e.hint()).startsWith("Maybe").contains("{per: 10, unit: 条, deduct: 1%}")
                            .contains("{passFail: true}").contains("zeroBelow");
                });
    }

    /** Every `deduction:` written in the seed targets files parses (read from indicators/, so new seeds count). */
    @TestFactory
    Stream<DynamicTest> everySeedPhraseParses() throws IOException {
        Pattern line = Pattern.compile("^\\s*deduction:\\s*(\\S.*?)\\s*$");
        List<Path> files;
        try (Stream<Path> s = Files.walk(repoRoot().resolve("indicators"))) {
            files = s.filter(p -> p.getFileName().toString().equals("targets.yaml")).sorted().toList();
        }
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (Path f : files) {
            List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = line.matcher(lines.get(i));
                if (m.matches() && !m.group(1).startsWith("{")) {
                    String text = m.group(1);
                    String where = f.getParent().getParent().getFileName() + ":" + (i + 1);
                    tests.add(DynamicTest.dynamicTest(where + " " + text, () -> {
                        Deduction d = DeductionParser.parse(text, AT);
                        assertThat(d.structured()).isTrue();
                    }));
                }
            }
        }
        assertThat(tests).as("the seeds hold deduction phrases").hasSizeGreaterThanOrEqualTo(13);
        return tests.stream();
    }

    @Test
    void unreadableTextIsALocatedErrorNamingTheStructuredForm() {
        LoadResult<DepartmentTargets> r = TestDepartment.single("数量指标", "≥2万条", "酌情扣分", "19950条")
                .loadTargets(false);
        assertThat(r.ok()).isFalse();
        Finding f = r.findings().stream().filter(Finding::isError).findFirst().orElseThrow();
        assertThat(f.code()).isEqualTo("KPI-0119");
        assertThat(f.message()).contains("酌情扣分");
        assertThat(f.hint()).startsWith("Maybe").contains("{per: 10, unit: 条, deduct: 1%}", "{passFail: true}");
        // lines 1–9: department, year, projects, - name, indicators, - level1, level2, name, target; 10: deduction
        assertThat(f.location().file()).isEqualTo("targets.yaml");
        assertThat(f.location().line()).isEqualTo(10);
        assertThat(f.location().column()).isPositive();
    }

    @Test
    void lenientMakesItAWarningAndTheDefaultMethodScores() {
        TestDepartment t = TestDepartment.single("数量指标", "≥2万条", "酌情扣分", "19000条");
        LoadResult<DepartmentTargets> r = t.loadTargets(true);
        assertThat(r.ok()).isTrue();
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0126");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.hint()).contains("{per: 10, unit: 条, deduct: 1%}");
        });
        DepartmentScore d = TestDepartment.scorer("national").score(r.value(), t.actuals(), false);
        // at-least: 19000/20000 = 0.95 → 95 (the step rule would have given 0)
        assertThat(TestDepartment.only(d).rule()).isEqualTo("at-least");
        TestDepartment.assertNumber(TestDepartment.only(d).score(), "95");
    }

    @ParameterizedTest(name = "structured {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # structured                                  | per | unit | deduct | zeroBelow | relative | passFail
            {per: 10, unit: 条, deduct: 1%}                | 10  | 条   | 1      |           | false    | false
            {per: 10条, deduct: 1%}                        | 10  | 条   | 1      |           | false    | false
            {per: 1%, deduct: 10%}                         | 1   | %    | 10     |           | false    | false
            {per: 1%, relative: true, deduct: 10%}         | 1   | %    | 10     |           | true     | false
            {per: 100, unit: 条, deduct: 10%}              | 100 | 条   | 10     |           | false    | false
            {per: 1%, deduct: 2.5%, zeroBelow: 60%}        | 1   | %    | 2.5    | 60        | false    | false
            {passFail: true}                               |     | ''   |        |           | false    | true
            """)
    void theStructuredFormIsReadAsWritten(String yaml, BigDecimal per, String unit, BigDecimal deduct,
                                          BigDecimal zeroBelow, boolean relative, boolean passFail) {
        TestDepartment t = TestDepartment.create().project("P").output("数量指标", "指标", "≥2万条").deductionYaml(yaml)
                .actual("20000条");
        Deduction d = t.targets().projects().get(0).indicators().get(0).deduction();
        assertThat(d.per() == null ? null : d.per().stripTrailingZeros()).isEqualTo(per == null ? null : per.stripTrailingZeros());
        assertThat(d.unit()).isEqualTo(unit);
        assertThat(d.deduct() == null ? null : d.deduct().stripTrailingZeros())
                .isEqualTo(deduct == null ? null : deduct.stripTrailingZeros());
        assertThat(d.zeroBelow() == null ? null : d.zeroBelow().stripTrailingZeros())
                .isEqualTo(zeroBelow == null ? null : zeroBelow.stripTrailingZeros());
        assertThat(d.relative()).isEqualTo(relative);
        assertThat(d.passFail()).isEqualTo(passFail);
    }

    @ParameterizedTest(name = "structured {0} → KPI-0119")
    @CsvSource(delimiter = '|', textBlock = """
            {per: 10, unit: 条}
            {deduct: 1%}
            {per: 十, deduct: 1%}
            """)
    void anIncompleteStructuredFormIsAnError(String yaml) {
        LoadResult<DepartmentTargets> r = TestDepartment.create().project("P").output("数量指标", "指标", "≥2万条")
                .deductionYaml(yaml).actual("20000条").loadTargets(false);
        assertThat(r.findings()).extracting(Finding::code).contains("KPI-0119");
    }

    private static Path repoRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("indicators")) && Files.isDirectory(p.resolve("rules"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root not found");
    }
}
