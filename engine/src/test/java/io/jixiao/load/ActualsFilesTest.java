package io.jixiao.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core alone (no jixiao-office, so no ActualsFormat registered): a workbook is a coded finding, YAML loads. */
class ActualsFilesTest {

    @Test
    void aWorkbookWithoutJixiaoOfficeIsKpi0180(@TempDir Path dir) throws IOException {
        Path workbook = Files.write(dir.resolve("actuals.xlsx"), new byte[] {'P', 'K', 3, 4});
        assertThat(ActualsFiles.load(workbook, false).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("KPI-0180");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("jixiao-office is not on the class path");
            assertThat(f.location().file()).isEqualTo(workbook.toString());
        });
        Path yaml = LoaderFailureModesTest.fixture("pairing-ok.yaml");
        assertThat(ActualsFiles.load(yaml, false).findings()).noneMatch(f -> f.isError());
    }
}
