package io.jixiao.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statuses' stable strings (CONTRIBUTING.md#the-api-rule: met|partial|missed|na). */
class StatusTest {

    @ParameterizedTest
    @CsvSource({"MET, met", "PARTIAL, partial", "MISSED, missed", "NA, na"})
    void eachStatusHasItsStableLabel(Status status, String label) {
        assertThat(status.label()).isEqualTo(label).isSameAs(status.label());
    }
}
