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
        // what a run gets by name is the code's
        assertThat(ProfileLoader.load(name, null)).isEqualTo(read);
        // the parts the rules read, one by one (equal records could still differ in a map's order)
        assertThat(made.groups()).containsExactlyElementsOf(read.groups());
        assertThat(made.resultUse()).containsExactlyEntriesOf(read.resultUse());
        assertThat(made.monitoring().floorList()).containsExactlyElementsOf(read.monitoring().floorList());
        assertThat(made.lowerIsBetter()).containsExactlyElementsOf(read.lowerIsBetter());
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
