package io.jixiao.tools;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.tools.Fixtures.Run;
import io.jixiao.tools.generate.GeneratedFiles;
import io.jixiao.tools.generate.Generator;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The review's output does not depend on the number of worker threads. */
class DeterminismTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void departments() {
        Fixtures.copySeeds(dir.resolve("seeds"));
        GeneratedFiles.write(dir.resolve("generated"), new Generator(11, 24), 60, 2, false, n -> { });
        // a failing department among them, so that the failures' order is covered too
        Fixtures.write(dir.resolve("generated/d0007/actuals-2.yaml"), "department: x\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "table", "csv", "html"})
    void oneThreadAndFourThreadsGiveTheSameBytes(String format) {
        Run one = Fixtures.cli("review", dir.toString(), "--format", format, "--threads", "1");
        Run four = Fixtures.cli("review", dir.toString(), "--format", format, "--threads", "4");
        assertThat(one.code()).isEqualTo(1);
        assertThat(four.code()).isEqualTo(1);
        assertThat(four.out()).isEqualTo(one.out());
        assertThat(one.out()).contains("generated/d0007");
    }

    @Test
    void theReviewCoversGeneratedAndSeedDepartments() {
        Run run = Fixtures.cli("review", dir.toString(), "--format", "json", "--threads", "3");
        // 60 generated + 4 seeds, one of them with two actuals files
        assertThat(run.out()).contains("\"departments\" : 64", "\"scored\" : 63", "\"failed\" : 1", "KPI-0326");
    }
}
