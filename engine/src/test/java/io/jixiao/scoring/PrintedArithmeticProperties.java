package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.problem.InLanguage;
import io.jixiao.problem.Language;
import io.jixiao.scoring.ScoringProperties.Project;
import io.jixiao.scoring.ScoringProperties.Row;
import io.jixiao.value.Numbers;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * docs/scoring.md#arithmetic: every printed sum adds up from its printed parts, for any department. What is printed
 * is what a report shows: {@link Numbers#text} of every score and points, and the explanations scoring writes
 * (the table's "指标得分A + 预算执行B = C；不适用剔除N分 → C×100/(100−N) = S", an indicator's "P×F=S", the budget's
 * "P×F=S", the department's aggregation). An officer re-adding the 自评表 with a pencil must find no gap:
 *
 * <ul>
 *   <li>the categories' printed scores add up to the printed 指标得分, and so do the indicators' printed scores;
 *       each category's indicators add up to its printed score, and their printed 分值 to its printed points;</li>
 *   <li>指标得分 + 预算执行 = the printed raw total; the 不适用 rescaling of the printed numbers, rounded HALF_UP to 2
 *       places, is the printed table score; every indicator's and the budget's printed product P×F, rounded, is its
 *       printed score;</li>
 *   <li>the printed 分值 of a table (indicators and 预算执行) add up to 100.00;</li>
 *   <li>the department: the 部门整体 table's printed score, or Σ(printed score × budget)/Σbudget, or Σ printed score
 *       / n, rounded, is the printed department score.</li>
 * </ul>
 */
class PrintedArithmeticProperties {

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final Pattern TABLE = Pattern.compile(
            "指标得分([0-9.]+)(?: \\+ 预算执行([0-9.]+))? = ([0-9.]+)(?:；不适用剔除([0-9.]+)分 → ([0-9.]+)×100/\\(100−([0-9.]+)\\) = ([0-9.]+))?");
    private static final Pattern PRODUCT = Pattern.compile("([0-9.]+)×([0-9.]+)=([0-9.]+)$");
    private static final Pattern WEIGHTED = Pattern.compile("Σ\\(得分×预算\\)/Σ预算 = ([0-9.]+)/([0-9.]+) = ([0-9.]+)$");
    private static final Pattern MEAN = Pattern.compile("按项目平均：([0-9.]+)/([0-9]+) = ([0-9.]+)$");

    @Property(tries = 300)
    void everyPrintedSumAddsUpFromItsPrintedParts(@ForAll("projects") List<Project> projects,
                                                  @ForAll boolean overall, @ForAll("profiles") String profile) {
        DepartmentScore d = build(projects, overall).score(profile);
        // the patterns read the Chinese words, as an officer reads the 自评表 (an explanation is put into words when
        // shown, in the language of the run)
        InLanguage.run(Language.ZH, () -> {
            for (TableScore t : d.tables()) {
                table(t);
            }
            department(d);
        });
    }

    private static void table(TableScore t) {
        String why = t.explanation();
        Matcher m = TABLE.matcher(why);
        assertThat(m.matches()).as("table explanation %s", why).isTrue();
        BigDecimal indicators = new BigDecimal(m.group(1));
        BigDecimal raw = new BigDecimal(m.group(3));

        // the categories and the indicators add up to 指标得分, and each category's indicators to the category
        BigDecimal categories = BigDecimal.ZERO;
        BigDecimal points = BigDecimal.ZERO;
        for (CategoryScore c : t.categories()) {
            BigDecimal cs = shown(c.score());
            categories = categories.add(cs);
            List<IndicatorScore> in = t.indicators().stream().filter(i -> i.group().equals(c.category())).toList();
            assertThat(sum(in.stream().map(i -> shown(i.score())).toList())).as("%s: %s", c.level1(), why)
                    .isEqualByComparingTo(cs);
            BigDecimal cp = sum(in.stream().map(i -> shown(i.points())).toList());
            assertThat(cp).as("分值 of %s add up to its points", c.level1()).isEqualByComparingTo(shown(c.points()));
            points = points.add(cp);
        }
        assertThat(categories).as("categories → 指标得分: %s", why).isEqualByComparingTo(indicators);
        assertThat(sum(t.indicators().stream().map(i -> shown(i.score())).toList())).as("indicators → 指标得分")
                .isEqualByComparingTo(indicators);

        // 指标得分 + 预算执行 = the raw total; the budget line's own product
        BudgetExecution be = t.budgetExecution();
        if (be == null) {
            assertThat(m.group(2)).isNull();
            assertThat(indicators).isEqualByComparingTo(raw);
        } else {
            BigDecimal budget = new BigDecimal(m.group(2));
            assertThat(budget).isEqualByComparingTo(shown(be.score()));
            assertThat(indicators.add(budget)).as("指标得分 + 预算执行: %s", why).isEqualByComparingTo(raw);
            product(be.explanation(), shown(be.points()), shown(be.score()));
            points = points.add(shown(be.points()));
        }
        assertThat(points).as("the 分值 column adds up to 100 (%s)", t.name()).isEqualByComparingTo(HUNDRED);
        for (IndicatorScore i : t.indicators()) {
            if (i.status() != Status.NA) {
                product(i.explanation(), shown(i.points()), shown(i.score()));
            }
        }

        // 不适用: the rescaling of the printed numbers is the printed score
        if (m.group(4) != null) {
            BigDecimal na = new BigDecimal(m.group(4));
            assertThat(new BigDecimal(m.group(5))).isEqualByComparingTo(raw);
            assertThat(new BigDecimal(m.group(6))).isEqualByComparingTo(na);
            BigDecimal rescaled = raw.multiply(HUNDRED).divide(HUNDRED.subtract(na), MathContext.DECIMAL128)
                    .setScale(2, RoundingMode.HALF_UP).min(HUNDRED);
            assertThat(new BigDecimal(m.group(7))).as(why).isEqualByComparingTo(rescaled);
            assertThat(shown(t.score())).isEqualByComparingTo(rescaled);
            assertThat(na).isEqualByComparingTo(sum(t.indicators().stream().filter(i -> i.status() == Status.NA)
                    .map(i -> shown(i.points())).toList()));
        } else if (t.naPoints().signum() == 0) {
            assertThat(shown(t.score())).as(why).isEqualByComparingTo(raw);
        }
    }

    /** "… → P×F=S": P is the printed 分值, S the printed score, and P × F rounded HALF_UP to 2 places is S. */
    private static void product(String explanation, BigDecimal points, BigDecimal score) {
        Matcher m = PRODUCT.matcher(explanation);
        assertThat(m.find()).as("product in %s", explanation).isTrue();
        assertThat(new BigDecimal(m.group(1))).as(explanation).isEqualByComparingTo(points);
        assertThat(new BigDecimal(m.group(3))).as(explanation).isEqualByComparingTo(score);
        assertThat(new BigDecimal(m.group(1)).multiply(new BigDecimal(m.group(2))).setScale(2, RoundingMode.HALF_UP))
                .as("re-multiplied: %s", explanation).isEqualByComparingTo(score);
    }

    private static void department(DepartmentScore d) {
        BigDecimal score = shown(d.score());
        String why = d.explanation();
        switch (d.method()) {
            case "overall" -> {
                assertThat(why).isEqualTo("部门整体表得分 " + Numbers.text(d.overall().score()));
                assertThat(score).isEqualByComparingTo(shown(d.overall().score()));
            }
            case "budget-weighted" -> {
                Matcher m = WEIGHTED.matcher(why);
                assertThat(m.find()).as(why).isTrue();
                BigDecimal weighted = sum(d.projects().stream().map(t -> shown(t.score()).multiply(t.budget())).toList());
                BigDecimal budgets = sum(d.projects().stream().map(TableScore::budget).toList());
                assertThat(new BigDecimal(m.group(1))).as(why).isEqualByComparingTo(weighted);
                assertThat(new BigDecimal(m.group(2))).as(why).isEqualByComparingTo(budgets);
                assertThat(new BigDecimal(m.group(3))).as(why).isEqualByComparingTo(score)
                        .isEqualByComparingTo(weighted.divide(budgets, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP));
            }
            default -> {
                Matcher m = MEAN.matcher(why);
                assertThat(m.find()).as(why).isTrue();
                BigDecimal total = sum(d.projects().stream().map(t -> shown(t.score())).toList());
                assertThat(new BigDecimal(m.group(1))).as(why).isEqualByComparingTo(total);
                assertThat(Integer.parseInt(m.group(2))).isEqualTo(d.projects().size());
                assertThat(new BigDecimal(m.group(3))).as(why).isEqualByComparingTo(score).isEqualByComparingTo(
                        total.divide(BigDecimal.valueOf(d.projects().size()), MathContext.DECIMAL128)
                                .setScale(2, RoundingMode.HALF_UP));
            }
        }
    }

    /** A number as a report prints it. */
    private static BigDecimal shown(BigDecimal v) {
        return new BigDecimal(Numbers.text(v));
    }

    private static BigDecimal sum(List<BigDecimal> parts) {
        return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- generators ----------------------------------------------------------------------------

    @Provide
    Arbitrary<List<Project>> projects() {
        return new ScoringProperties().projects();
    }

    @Provide
    Arbitrary<String> profiles() {
        return Arbitraries.of("national", "hubei", "sichuan");
    }

    /** The projects of {@link ScoringProperties#build}; with {@code overall}, the first one is the 部门整体 table. */
    private static TestDepartment build(List<Project> projects, boolean overall) {
        TestDepartment d = TestDepartment.create();
        for (int p = 0; p < projects.size(); p++) {
            Project project = projects.get(p);
            if (overall && p == 0) {
                d.overall();
            } else {
                d.project("项目" + p);
            }
            if (project.budget() != null) {
                d.budget(project.budget()).spent(project.spent());
            }
            for (Map.Entry<String, Row> e : project.named()) {
                Row r = e.getValue();
                switch (r.category()) {
                    case 'O' -> d.output(r.level2(), e.getKey(), r.target());
                    case 'C' -> d.outcome(r.level2(), e.getKey(), r.target());
                    default -> d.row("满意度指标", "满意度", e.getKey(), r.target());
                }
                if (r.deduction() != null) {
                    d.deduction(r.deduction());
                }
                d.actual(r.actual());
            }
        }
        return d;
    }
}
