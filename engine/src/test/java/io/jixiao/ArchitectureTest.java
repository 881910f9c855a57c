package io.jixiao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;

/**
 * The core's packages follow the map of docs/architecture.md: bottom to top, each layer uses only the layers
 * below it (a package's sub-packages belong to it), no two packages depend on each other, and nothing of the
 * core reaches for POI, picocli or a logging implementation. ArchUnit reads the bytecode, so a fully qualified
 * name written inline counts like an import.
 */
@AnalyzeClasses(packages = "io.jixiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The layers of the core, bottom to top. */
    static final List<String> LAYERS = List.of("problem", "value", "model", "load", "rules", "profile", "scoring",
            "review", "recheck", "pipeline", "api");

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
            .resideInAnyPackage("org.apache.poi..", "picocli..", "org.slf4j.impl..", "ch.qos..", "org.apache.logging..")
            .because("the core depends on Drools, Jackson and slf4j-api only: POI is jixiao-office's, picocli and"
                    + " the logging binding jixiao-cli's");

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
