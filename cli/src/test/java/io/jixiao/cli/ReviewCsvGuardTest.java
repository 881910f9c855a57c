package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.recheck.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** review --format csv guards a department name that a spreadsheet would read as a formula, as score does. */
class ReviewCsvGuardTest {

    @TempDir
    Path dir;

    @Test
    void aDepartmentNamedLikeAFormulaIsWrittenAsText() throws IOException {
        Path seed = Fixtures.ROOT.resolve("indicators/kaiping/2025");
        Path department = dir.resolve("formula");
        for (String file : new String[] {"targets.yaml", "actuals-example.yaml"}) {
            String yaml = Files.readString(seed.resolve(file))
                    .replace("department: 中共唐山市开平区委网络安全和信息化委员会办公室", "department: \"=1+2\"");
            Fixtures.write(department.resolve(file), yaml);
        }
        Run r = Run.of("review", dir.toString(), "--format", "csv");
        assertThat(r.code()).as(r.err()).isZero();
        String[] rows = r.out().split("\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows[1]).startsWith("1,formula,'=1+2,2025,").endsWith(",scored,");
        assertThat(r.out()).doesNotContain(",=1+2,");
    }
}
