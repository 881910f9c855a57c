package io.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code template} and {@code report -o x.xlsx} are reproducible (issue 13): the same input gives the same bytes on
 * every run — no creation time in the document's properties, every zip entry stamped 1980-01-01 — so that a
 * bureau can compare a department's workbook with the one it sent out.
 */
class ReproducibleWorkbookTest {

    /** Two runs more than the zip format's two-second clock apart. */
    @Test
    void theSameTargetsGiveTheSameTemplateBytesLater() throws Exception {
        byte[] first = ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL);
        Thread.sleep(2100);
        byte[] second = ActualsTemplate.write(Seeds.targets("guangyang/2023"), Seeds.NATIONAL);
        assertThat(second).isEqualTo(first);
        assertStampedAtTheZipEpoch(first);
    }

    @Test
    void theSameScoreGivesTheSameSelfEvaluationWorkbookLater() throws Exception {
        byte[] first = SelfEvaluationWorkbook.write(Seeds.scored("kaiping/2025"));
        Thread.sleep(2100);
        byte[] second = SelfEvaluationWorkbook.write(Seeds.scored("kaiping/2025"));
        assertThat(second).isEqualTo(first);
        assertStampedAtTheZipEpoch(first);
    }

    private static void assertStampedAtTheZipEpoch(byte[] xlsx) throws IOException {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            int entries = 0;
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(java.time.LocalDateTime.of(1980, 1, 1, 0, 0));
                if (e.getName().equals("docProps/core.xml")) {
                    assertThat(new String(z.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                            .doesNotContain("dcterms:created");
                }
                entries++;
            }
            assertThat(entries).isGreaterThan(5);
        }
        // and it still opens as a workbook
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx)).close();
    }
}
