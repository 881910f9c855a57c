package io.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The core's packages follow the map of docs/architecture.md: bottom to top, each layer uses only the layers
 * below it (a package's sub-packages belong to it), no two packages depend on each other, and nothing of the
 * core reaches for POI, picocli or a logging implementation. ArchUnit reads the bytecode, so a fully qualified
 * name written inline counts like an import. And the API exposes only its own types and those of
 * {@code io.jixiao.problem} (CONTRIBUTING.md, "The API rule").
 */
@AnalyzeClasses(packages = "io.jixiao", importOptions = {ImportOption.DoNotIncludeTests.class,
        ArchitectureTest.NotThePrecompiledRules.class})
class ArchitectureTest {

    /**
     * The classes the build generates from rules/**.drl (Drools' executable model, in the DRL's packages
     * io.jixiao.rules.scoring, .deduction, .review) are the rules compiled, not code of the rules layer: they use what
     * the DRL imports (scoring, review …), as the DRL itself does. The rules layer's own code is io.jixiao.rules alone.
     */
    static final class NotThePrecompiledRules implements ImportOption {
        private static final java.util.regex.Pattern GENERATED = java.util.regex.Pattern.compile(".*/io/jixiao/rules/[^/]+/.*");

        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.matches(GENERATED);
        }
    }

    /** The layers of the core, bottom to top. */
    static final List<String> LAYERS = List.of("problem", "value", "model", "load", "rules", "profile", "scoring",
            "review", "recheck", "monitor", "pipeline", "whatif", "api");

    /** The types of io.jixiao.problem that the API may hand out (its package-info documents them as API). */
    static final Set<String> PROBLEM_API = Set.of("io.jixiao.problem.Finding", "io.jixiao.problem.Severity",
            "io.jixiao.problem.Location", "io.jixiao.problem.KpiException", "io.jixiao.problem.Language",
            "io.jixiao.problem.LanguageChoice");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.jixiao.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule eachLayerIsUsedOnlyByTheLayersAboveIt = layers();

    @ArchTest
    static final ArchRule everyClassIsInALayer = classes().should()
            .resideInAnyPackage(LAYERS.stream().map(l -> "io.jixiao." + l + "..").toArray(String[]::new))
            .because("docs/architecture.md places every package of the core in one layer");

    @ArchTest
    static final ArchRule noOfficeCliOrLoggingImplementation = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.apache.poi..", "picocli..", "org.slf4j.impl..", "ch.qos..", "org.apache.logging..",
                    "org.apache.spark..", "org.apache.hadoop..", "scala..")
            .because("the core depends on Drools, Jackson and slf4j-api only: POI is jixiao-office's, picocli and"
                    + " the logging binding jixiao-cli's, Spark and Hadoop jixiao-spark's");

    @ArchTest
    static final ArchRule apiExposesOnlyItsOwnTypesAndProblems = classes().that().resideInAPackage("io.jixiao.api")
            .should(exposeOnlyApiTypes())
            .because("CONTRIBUTING.md, the API rule: io.jixiao.api exposes only its own types and those of"
                    + " io.jixiao.problem; the implementation never leaks through a signature");

    /** The condition catches what it is meant to: internal types, also as type arguments. */
    @Test
    void theApiConditionFindsInternalTypesInSignatures() {
        JavaClass leaky = new ClassFileImporter().importClasses(ApiLeakFixtures.Leaky.class).get(ApiLeakFixtures.Leaky.class);
        ConditionEvents events = ConditionEvents.Factory.create();
        exposeOnlyApiTypes().check(leaky, events);
        assertThat(events.containViolation()).isTrue();
        assertThat(events.getViolating()).extracting(e -> String.join("", e.getDescriptionLines()))
                .anySatisfy(d -> assertThat(d).contains("List<", "DepartmentScore"))
                .anySatisfy(d -> assertThat(d).contains("TableScore"))
                .anySatisfy(d -> assertThat(d).contains("field", "score"))
                .noneSatisfy(d -> assertThat(d).contains("hidden"));

        JavaClass clean = new ClassFileImporter().importClasses(ApiLeakFixtures.Clean.class).get(ApiLeakFixtures.Clean.class);
        ConditionEvents none = ConditionEvents.Factory.create();
        exposeOnlyApiTypes().check(clean, none);
        assertThat(none.containViolation()).isFalse();
    }

    /**
     * No public or protected member of a public class of the API (public all the way out) has a parameter, return,
     * type parameter, thrown or field type — type arguments, wildcard bounds and array components included — from
     * another io.jixiao package than {@code api}, except the types of {@link #PROBLEM_API}; nor does it extend or
     * implement one.
     */
    static ArchCondition<JavaClass> exposeOnlyApiTypes() {
        return new ArchCondition<>("expose only io.jixiao.api types and " + PROBLEM_API + " in public signatures") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                if (!exported(c)) {
                    return;
                }
                c.getSuperclass().ifPresent(t -> report(c, "extends", t, events));
                c.getInterfaces().forEach(t -> report(c, "implements", t, events));
                for (JavaCodeUnit u : c.getCodeUnits()) {
                    if (!visible(u) || u.getModifiers().contains(JavaModifier.SYNTHETIC)
                            || u.getModifiers().contains(JavaModifier.BRIDGE)) {
                        continue;
                    }
                    String where = u.getFullName();
                    report(where, "returns", u.getReturnType(), events);
                    u.getParameterTypes().forEach(t -> report(where, "takes", t, events));
                    u.getExceptionTypes().forEach(t -> report(where, "throws", t, events));
                    for (JavaTypeVariable<?> v : u.getTypeParameters()) {
                        v.getUpperBounds().forEach(t -> report(where, "bounds a type parameter by", t, events));
                    }
                }
                for (JavaField f : c.getFields()) {
                    if (visible(f)) {
                        report("field " + f.getFullName(), "has type", f.getType(), events);
                    }
                }
            }

            private void report(JavaClass c, String how, JavaType t, ConditionEvents events) {
                report(c.getName(), how, t, events);
            }

            private void report(String where, String how, JavaType t, ConditionEvents events) {
                for (JavaClass raw : rawTypes(t)) {
                    if (!allowed(raw)) {
                        events.add(SimpleConditionEvent.violated(where, where + " " + how + " " + t.getName()
                                + ": " + raw.getName() + " is not API"));
                    }
                }
            }
        };
    }

    /** Every raw type of a signature: the type, its type arguments, wildcard and variable bounds, array components. */
    private static Set<JavaClass> rawTypes(JavaType t) {
        Set<JavaClass> out = new LinkedHashSet<>();
        for (JavaClass raw : t.getAllInvolvedRawTypes()) {
            JavaClass base = raw;
            while (base.isArray()) {
                base = base.getComponentType();
            }
            out.add(base);
        }
        return out;
    }

    private static boolean allowed(JavaClass c) {
        String name = c.getName();
        return !name.startsWith("io.jixiao.") || c.getPackageName().equals("io.jixiao.api")
                || PROBLEM_API.contains(name);
    }

    /** Public, and every class it is nested in public too: reachable from outside the package. */
    private static boolean exported(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (!k.get().getModifiers().contains(JavaModifier.PUBLIC)) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(JavaMember m) {
        return m.getModifiers().contains(JavaModifier.PUBLIC) || m.getModifiers().contains(JavaModifier.PROTECTED);
    }

    private static ArchRule layers() {
        LayeredArchitecture rule = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (String layer : LAYERS) {
            rule = rule.layer(layer).definedBy("io.jixiao." + layer + "..");
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).toArray(String[]::new);
            rule = above.length == 0 ? rule.whereLayer(LAYERS.get(i)).mayNotBeAccessedByAnyLayer()
                    : rule.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(above);
        }
        return rule.because("docs/architecture.md: each layer may use the layers below it, never one above; "
                + Arrays.toString(LAYERS.toArray()));
    }
}
