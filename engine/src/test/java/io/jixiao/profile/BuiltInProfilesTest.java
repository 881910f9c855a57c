package io.jixiao.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.problem.KpiException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Built-in profiles are read once per process and shared (a profile is immutable), and a command may start reading
 * the one it will need on another thread ({@link ProfileLoader#prefetch}, docs/performance.md#cold-start).
 */
class BuiltInProfilesTest {

    @Test
    void aBuiltInProfileIsReadOnceAndShared() {
        for (String name : ProfileLoader.BUILT_IN) {
            assertThat(ProfileLoader.load(name, null)).isSameAs(ProfileLoader.load(" " + name + " ", null));
        }
    }

    @Test
    void aPrefetchedProfileIsTheOneLoadGives() throws InterruptedException {
        ProfileLoader.prefetch("hubei");
        ScoringProfile hubei = ProfileLoader.load("hubei", null);
        assertThat(hubei.name()).isEqualTo(ProfileLoader.load("hubei", Path.of(".")).name());
        assertThat(ProfileLoader.load("hubei", null)).isSameAs(hubei);
    }

    @Test
    void prefetchingWhatIsNoBuiltInReadsNationalAndLeavesTheErrorToLoad() {
        ProfileLoader.prefetch("no-such-profile.yaml");
        ProfileLoader.prefetch(null);
        assertThat(ProfileLoader.load(null, null)).isSameAs(ProfileLoader.load("national", null));
        assertThatThrownBy(() -> ProfileLoader.load("no-such-profile.yaml", null)).isInstanceOf(KpiException.class)
                .satisfies(e -> assertThat(((KpiException) e).findings().get(0).code()).isEqualTo("KPI-0130"));
    }
}
