package io.jixiao.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The built-in profiles as code (docs/performance.md#packaged-profiles): the class PackagedProfilesCodegen made at
 * build time gives, for the text of each built-in YAML, a profile equal to the one Jackson reads from that text — and
 * nothing for another text, so that a YAML changed after the build is read, never an old profile used.
 */
class PackagedProfilesTest {

    private static PackagedProfiles generated() throws ReflectiveOperationException {
        return (PackagedProfiles) Class.forName("io.jixiao.profile.GeneratedProfiles").getDeclaredConstructor()
                .newInstance();
    }

    @ParameterizedTest
    @ValueSource(strings = {"national", "hubei", "sichuan"})
    void theCodeMakesWhatTheYamlReadsAs(String name) throws ReflectiveOperationException {
        ScoringProfile read = ProfileLoader.readBuiltInAsWritten(name);
        ScoringProfile made = generated().of(name, ProfileLoader.builtInText(name));

        assertThat(made).isNotNull().isEqualTo(read);
        // the orders that equality does not see and a reader does (PackagedProfilesCodegen checks every node at build
        // time, with its class)
        assertThat(made.resultUse()).containsExactlyEntriesOf(read.resultUse());
        assertThat(made.review().level2()).containsExactlyEntriesOf(read.review().level2());
        assertThat(made.review().requiredLevel2()).containsExactlyEntriesOf(read.review().requiredLevel2());
        // a run uses the code: it is there, made for these records
        assertThat(ProfileLoader.packagedCode()).isNotNull();
        assertThat(ProfileLoader.load(name, null)).isEqualTo(read);
    }

    @Test
    void theCodeIsUsedOnlyForRecordsOfTheShapeItWasMadeFor() throws ReflectiveOperationException {
        java.util.List<String> shapes = generated().shapes();

        assertThat(shapes).contains(PackagedProfiles.shape(ScoringProfile.class), PackagedProfiles.shape(ResultUse.class),
                PackagedProfiles.shape(MonitoringSettings.class));
        assertThat(PackagedProfiles.sameShapes(shapes)).isTrue();
        // a component more, two swapped, a record gone: the YAML is read instead
        assertThat(PackagedProfiles.sameShapes(java.util.List.of(
                "io.jixiao.profile.ResultUse(java.lang.String suggestion, java.math.BigDecimal reduction, int more)")))
                .isFalse();
        assertThat(PackagedProfiles.sameShapes(java.util.List.of("io.jixiao.profile.RecheckSettings(java.math.BigDecimal "
                + "notApplicableShare, java.math.BigDecimal executionFloor, java.math.BigDecimal claimTolerance)")))
                .isFalse();
        assertThat(PackagedProfiles.sameShapes(java.util.List.of("io.jixiao.profile.Gone(int x)"))).isFalse();
    }

    @Test
    void anotherTextOrNameGetsNothing() throws ReflectiveOperationException {
        String text = ProfileLoader.builtInText("national");

        assertThat(generated().of("national", text.replace("paceGapRed: 20", "paceGapRed: 25"))).isNull();
        assertThat(generated().of("national", text + "\n")).isNull();
        assertThat(generated().of("hubei", text)).isNull();
        assertThat(generated().of("nosuch", text)).isNull();
        assertThat(ProfileLoader.BUILT_IN).containsExactly("national", "hubei", "sichuan");
    }
}
