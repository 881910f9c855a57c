package io.jixiao.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import io.jixiao.problem.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The packaged rules as the build precompiled them (engine/src/codegen, docs/performance.md#precompiled-rules): present,
 * made from the DRL now in rules/ (a stale model fails here), and the same rules as the DRL compiled at run time.
 * RulePathsTest compares what the two paths score; the rule tests run on both (engine/pom.xml, execution rules-classic).
 */
class PrecompiledRulesTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");

    @Test
    void theBuildPrecompiledThePackagedRulesAsTheyAreNow() {
        Optional<RuleBook.PackagedModel> model = RuleBook.PackagedModel.read();
        assertThat(model).as(RuleBook.MODEL_LIST + " on the class path").isPresent();
        List<RuleSource> drl = RuleSources.packaged();
        assertThat(model.get().fingerprint()).as("the model was generated from the DRL in rules/ (else rebuild)")
                .isEqualTo(RuleSources.fingerprint(drl));
        assertThat(model.get().files()).isEqualTo(drl.stream().map(RuleSource::path).toList());
        // one model per DRL package (io.jixiao.rules.scoring, .deduction, .review, … as rules/ declares them)
        Set<String> packages = new TreeSet<>();
        for (RuleSource s : drl) {
            Matcher m = PACKAGE.matcher(s.text());
            assertThat(m.find()).as(s.path() + " declares its package").isTrue();
            packages.add(m.group(1));
        }
        assertThat(packages).contains("io.jixiao.rules.scoring", "io.jixiao.rules.deduction", "io.jixiao.rules.review");
        assertThat(model.get().classes()).hasSize(packages.size());
    }

    @Test
    void thePrecompiledBookIsLoadedWithoutCompilingAndHoldsTheSameRules() {
        RuleBook precompiled = RuleBook.packaged(RuleBook.Mode.PRECOMPILED);
        RuleBook classic = RuleBook.packaged(RuleBook.Mode.CLASSIC);
        assertThat(precompiled.precompiled()).isTrue();
        assertThat(classic.precompiled()).isFalse();
        assertThat(precompiled.files()).isEqualTo(classic.files());
        assertThat(rules(precompiled.kieBase())).isEqualTo(rules(classic.kieBase()))
                .containsKeys("io.jixiao.rules.scoring", "io.jixiao.rules.deduction", "io.jixiao.rules.review");
        assertThat(RuleBook.packaged(RuleBook.Mode.PRECOMPILED)).as("made once per process").isSameAs(precompiled);
    }

    @Test
    void userRulesAreCompiledWithThePackagedOnesAtRunTime() {
        assertThat(RuleBook.with(List.of())).isSameAs(RuleBook.packaged());
        RuleBook withUser = RuleBook.with(List.of(Path.of("../indicators/rules-examples/cost-overspend-zero.drl")));
        assertThat(withUser.precompiled()).isFalse();
        assertThat(withUser.files()).endsWith("../indicators/rules-examples/cost-overspend-zero.drl")
                .containsAll(RuleSources.packaged().stream().map(RuleSource::path).toList());
        Map<String, TreeSet<String>> rules = rules(withUser.kieBase());
        assertThat(rules).containsAllEntriesOf(rules(RuleBook.packaged(RuleBook.Mode.PRECOMPILED).kieBase()));
        assertThat(rules.values().stream().flatMap(TreeSet::stream)).contains("cost-overspend-zero");
    }

    @Test
    void theSwitchTakesClassicOrPrecompiledAndNothingElse() {
        String before = System.getProperty(RuleBook.MODE_PROPERTY);
        try {
            System.setProperty(RuleBook.MODE_PROPERTY, "classic");
            assertThat(RuleBook.Mode.selected()).isEqualTo(RuleBook.Mode.CLASSIC);
            assertThat(RuleBook.packaged().precompiled()).isFalse();
            System.setProperty(RuleBook.MODE_PROPERTY, " Precompiled ");
            assertThat(RuleBook.Mode.selected()).isEqualTo(RuleBook.Mode.PRECOMPILED);
            System.setProperty(RuleBook.MODE_PROPERTY, "");
            assertThat(RuleBook.Mode.selected()).isEqualTo(RuleBook.Mode.PRECOMPILED);
            System.setProperty(RuleBook.MODE_PROPERTY, "compiled");
            assertThatThrownBy(RuleBook.Mode::selected).isInstanceOfSatisfying(KpiException.class, e -> {
                assertThat(e.findings()).singleElement().satisfies(f -> {
                    assertThat(f.code()).isEqualTo("KPI-0206");
                    assertThat(f.location()).isEqualTo(Location.of("-D" + RuleBook.MODE_PROPERTY));
                    assertThat(f.message()).contains("'compiled'");
                });
            });
        } finally {
            if (before == null) {
                System.clearProperty(RuleBook.MODE_PROPERTY);
            } else {
                System.setProperty(RuleBook.MODE_PROPERTY, before);
            }
        }
    }

    /** Rule names by package. */
    private static Map<String, TreeSet<String>> rules(KieBase base) {
        Map<String, TreeSet<String>> byPackage = new TreeMap<>();
        for (KiePackage p : base.getKiePackages()) {
            if (!p.getRules().isEmpty()) {
                byPackage.put(p.getName(), new TreeSet<>(p.getRules().stream().map(Rule::getName).toList()));
            }
        }
        return byPackage;
    }
}
