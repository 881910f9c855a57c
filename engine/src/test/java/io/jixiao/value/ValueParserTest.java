package io.jixiao.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The value grammar, table-driven. The first table holds every distinct target string of the four seeds. */
class ValueParserTest {

    @ParameterizedTest(name = "seed target {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥90%                 | ≥90%
            ≥95%                 | ≥95%
            ≥5%                  | ≥5%
            <5%                  | <5%
            100%                 | 100%
            100％                | 100%
            ≥80%                 | ≥80%
            ≥90个                | ≥90个
            ≥10                  | ≥10
            ≥1000                | ≥1000
            ≤56万元              | ≤56万元
            ≤20万元              | ≤20万元
            ≤10万元              | ≤10万元
            ≤8万元               | ≤8万元
            ≤12万元              | ≤12万元
            ≤49.92万元           | ≤49.92万元
            ≤30分钟              | ≤30分钟
            ≤4个                 | ≤4个
            ≥2万条               | ≥20000条
            ≥20000条             | ≥20000条
            ≥1期                 | ≥1期
            ≥12期                | ≥12期
            =24小时              | =24小时
            24小时               | 24小时
            1次                  | 1次
            2次                  | 2次
            1个                  | 1个
            2个                  | 2个
            1年                  | 1年
            ≥0100%               | ≥100%
            """)
    void parsesEverySeedTarget(String text, String canonical) {
        assertThat(ValueParser.parse(text).value().format()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "≤68万 → 680000 without a unit")
    @CsvSource(delimiter = '|', textBlock = """
            ≤68万      | LE | 680000 |
            2万        | NONE | 20000 |
            """)
    void wanWithoutUnitIsAMultiplier(String text, Comparator cmp, BigDecimal amount, String unit) {
        Quantity q = (Quantity) ValueParser.parse(text).value();
        assertThat(q.comparator()).isEqualTo(cmp);
        assertThat(q.amount()).isEqualByComparingTo(amount);
        assertThat(q.unit().symbol()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest(name = "comparator spelling {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥95%         | GE
            >=95%        | GE
            ≧95%         | GE
            大于等于95%  | GE
            大于或等于95% | GE
            不低于95%    | GE
            不少于95%    | GE
            95%以上      | GE
            95%及以上    | GE
            ≤95%         | LE
            <=95%        | LE
            ≦95%         | LE
            小于等于95%  | LE
            不高于95%    | LE
            不超过95%    | LE
            95%以内      | LE
            95%以下      | LE
            >95%         | GT
            ＞95%        | GT
            大于95%      | GT
            高于95%      | GT
            超过95%      | GT
            <95%         | LT
            小于95%      | LT
            低于95%      | LT
            =95%         | EQ
            ＝95%        | EQ
            等于95%      | EQ
            95%          | NONE
            """)
    void comparatorSpellings(String text, Comparator expected) {
        Quantity q = (Quantity) ValueParser.parse(text).value();
        assertThat(q.comparator()).isEqualTo(expected);
        assertThat(q.amount()).isEqualByComparingTo("95");
        assertThat(q.unit().dimension()).isEqualTo(Dimension.PERCENT);
    }

    @ParameterizedTest(name = "number {0}")
    @CsvSource(delimiter = '|', textBlock = """
            １２３条       | 123    | 条
            ２．５万条     | 25000  | 条
            1.5亿元        | 1.5    | 亿元
            3亿            | 300000000 |
            20,000条       | 20000  | 条
            95百分比       | 95     | 百分比
            16小时/天      | 16     | 小时/天
            1000元/期      | 1000   | 元/期
            29.5万元       | 29.5   | 万元
            2592500元      | 2592500 | 元
            0.5小时        | 0.5    | 小时
            """)
    void numbersAndUnits(String text, BigDecimal amount, String unit) {
        Quantity q = (Quantity) ValueParser.parse(text).value();
        assertThat(q.amount()).isEqualByComparingTo(amount);
        assertThat(q.unit().symbol()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest(name = "range {0}")
    @CsvSource(delimiter = '|', textBlock = """
            80-90%      | 80 | 90 | %
            80–90%      | 80 | 90 | %
            80%~90%     | 80 | 90 | %
            3至5天      | 3  | 5  | 天
            10到20条    | 10 | 20 | 条
            """)
    void ranges(String text, BigDecimal low, BigDecimal high, String unit) {
        Range r = (Range) ValueParser.parse(text).value();
        assertThat(r.low()).isEqualByComparingTo(low);
        assertThat(r.high()).isEqualByComparingTo(high);
        assertThat(r.unit().symbol()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "grade {0}")
    @CsvSource(delimiter = '|', textBlock = """
            达成                              | ACHIEVED     |
            达成预期指标                      | ACHIEVED     |
            达成年度指标                      | ACHIEVED     |
            部分达成                          | PARTIAL      |
            部分达成 75%                      | PARTIAL      | 75
            部分达成75%                       | PARTIAL      | 75
            部分达成（75%）                   | PARTIAL      | 75
            部分达成预期指标并具有一定效果    | PARTIAL      |
            部分达成年度指标并具有一定效果    | PARTIAL      |
            未达成                            | NOT_ACHIEVED |
            未达成 20%                        | NOT_ACHIEVED | 20
            未完成预期指标且效果较差          | NOT_ACHIEVED |
            未达成年度指标且效果较差          | NOT_ACHIEVED |
            优                                | EXCELLENT    |
            好                                | EXCELLENT    |
            高                                | EXCELLENT    |
            良                                | GOOD         |
            较好                              | GOOD         |
            中                                | FAIR         |
            一般                              | FAIR         |
            差                                | POOR         |
            """)
    void grades(String text, GradeLevel level, BigDecimal percent) {
        Grade g = (Grade) ValueParser.parse(text).value();
        assertThat(g.level()).isEqualTo(level);
        if (percent == null) {
            assertThat(g.percent()).isNull();
        } else {
            assertThat(g.percent()).isEqualByComparingTo(percent);
        }
    }

    @ParameterizedTest(name = "qualitative {0}")
    @CsvSource(delimiter = '|', textBlock = """
            有效改善
            有效提高
            可持续
            不断提升
            不断加强
            持续开展
            持续影响
            优.良.中.差
            社会稳定
            规范市场秩序
            多角度的宣传栾城,宣传正能量
            """)
    void qualitativeTargetsStayText(String text) {
        assertThat(ValueParser.parse(text).value()).isEqualTo(new Qualitative(text));
    }

    @ParameterizedTest(name = "special {0}")
    @CsvSource(delimiter = '|', textBlock = """
            不适用   | NotApplicable
            N/A      | NotApplicable
            无此项   | NotApplicable
            # the marks published tables use for a row that does not apply (docs/scoring.md#not-applicable-marks)
            无       | NotApplicable
            /        | NotApplicable
            ／       | NotApplicable
            —        | NotApplicable
            ——       | NotApplicable
            -        | NotApplicable
            －       | NotApplicable
            # … while words that hold them are text
            无结余   | Qualitative
            无直接生态效益 | Qualitative
            完成     | Completed
            已完成   | Completed
            """)
    void specialWords(String text, String type) {
        assertThat(ValueParser.parse(text).value().getClass().getSimpleName()).isEqualTo(type);
    }

    @ParameterizedTest(name = "mark {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            无     | true
            /      | true
            ／     | true
            ——     | true
            -      | true
            不适用 | false
            N/A    | false
            无结余 | false
            -3%    | false
            """)
    void notApplicableMarksAreToldApartFrom不适用(String text, boolean mark) {
        assertThat(ValueParser.notApplicableMark(text)).isEqualTo(mark);
    }

    @ParameterizedTest(name = "signed {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # a sign before the number (a change downwards: “三公经费”变动率 -3%)
            -3%      | NONE | -3   | %
            −3%      | NONE | -3   | %
            +5%      | NONE | 5    | %
            - 2.5万元 | NONE | -2.5 | 万元
            ≤-3%     | LE   | -3   | %
            ≥-10     | GE   | -10  |
            """)
    void signedNumbers(String text, Comparator cmp, BigDecimal amount, String unit) {
        Quantity q = (Quantity) ValueParser.parse(text).value();
        assertThat(q.comparator()).isEqualTo(cmp);
        assertThat(q.amount()).isEqualByComparingTo(amount);
        assertThat(q.unit().symbol()).isEqualTo(unit == null ? "" : unit);
        assertThat(ValueParser.parse(q.format()).value()).isEqualTo(q);
    }

    @ParameterizedTest(name = "leading zero in {0} is noted")
    @CsvSource({"≥0100%", "007次"})
    void leadingZeroIsANoteNotAFailure(String text) {
        assertThat(ValueParser.parse(text).notes()).singleElement().asString().contains("leading zero");
    }

    @ParameterizedTest(name = "rejects {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥1期 1次 2次     | several values
            ≥                | has no number
            ≥95%以下         | contradicts
            90-80%           | starts above
            80条-90%         | different units
            优 95%           | a percent can follow
            部分达成 120%    | above 100%
            ≥12期×1000元/期  | not a number with a unit
            ≥5#              | not a unit
            0万万            | not a unit
            3万亿条          | not a unit
            0至0至           | not a number with a unit
            """)
    void rejectsWithTheTypedError(String text, String problem) {
        assertThatThrownBy(() -> ValueParser.parse(text)).isInstanceOf(ValueParseException.class)
                .satisfies(e -> {
                    ValueParseException v = (ValueParseException) e;
                    assertThat(v.problem()).contains(problem);
                    assertThat(v.hint()).startsWith("Maybe");
                    assertThat(v.text()).isEqualTo(text);
                });
    }

    @ParameterizedTest(name = "empty {0}")
    @CsvSource(value = {"''", "'   '"})
    void rejectsEmpty(String text) {
        assertThatThrownBy(() -> ValueParser.parse(text)).isInstanceOf(ValueParseException.class)
                .hasMessageContaining("empty");
    }

    /** Parsed values are kept by text (a pure function, immutable results); failures are not, and the cache is bounded. */
    @org.junit.jupiter.api.Test
    void aTextParsesTheSameEveryTimePastTheCachesLimit() {
        ParsedValue first = ValueParser.parse("≥0095%");
        for (int i = 0; i <= ValueParser.CACHE_LIMIT; i++) {
            assertThat(ValueParser.parse(i + "条")).isEqualTo(ValueParser.parse(i + "条"));
        }
        ParsedValue again = ValueParser.parse("≥0095%");
        assertThat(again).isEqualTo(first);
        assertThat(again.notes()).hasSize(1); // the leading zero's note, every time
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> ValueParser.parse("≥5#")).isInstanceOf(ValueParseException.class)
                    .hasMessageContaining("is not a unit");
        }
    }

    /** A value with notes is not kept: its notes are in the language of the run, which a process may change. */
    @org.junit.jupiter.api.Test
    void aValueWithNotesHasThemInTheLanguageOfEachRun() {
        io.jixiao.problem.Language before = io.jixiao.problem.Language.current();
        try {
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.EN);
            assertThat(ValueParser.parse("≥0096%").notes()).singleElement().asString().endsWith("(leading zero)");
            io.jixiao.problem.Language.use(io.jixiao.problem.Language.ZH);
            assertThat(ValueParser.parse("≥0096%").notes()).singleElement().asString().doesNotContain("(leading zero)")
                    .startsWith("前导零");
        } finally {
            io.jixiao.problem.Language.use(before);
        }
    }
}
