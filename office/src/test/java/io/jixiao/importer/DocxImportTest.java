package io.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.load.TargetsLoader;
import io.jixiao.model.DepartmentTargets;
import io.jixiao.problem.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The .docx path: each seed's rows written into a real Word document (tables, one paragraph per cell line,
 * vMerge for carried-down levels, gridSpan for the 指标值 header) import to the same result as the text
 * export, and so to the hand transcription.
 */
class DocxImportTest {

    @TempDir
    Path dir;

    static Stream<Seeds.Seed> seeds() {
        return Seeds.ALL.stream();
    }

    private Path docx(Seeds.Seed seed) throws IOException {
        SourceDoc text = TextExportReader.read(seed.file(), Files.readString(seed.text(), StandardCharsets.UTF_8));
        Path file = dir.resolve(seed.file().replace(".txt", ".docx"));
        Files.write(file, DocxBuilder.docx(text.blocks()));
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aDocxOfTheSeedImportsLikeItsTextExport(Seeds.Seed seed) throws IOException {
        ImportResult fromDocx = DisclosureImporter.importFile(docx(seed));
        assertThat(fromDocx.findings()).noneMatch(Finding::isError);
        DepartmentTargets docxTargets = Seeds.load("docx", fromDocx.yaml()).orThrow();
        DepartmentTargets textTargets = Seeds.load("text", DisclosureImporter.importFile(seed.text()).yaml()).orThrow();
        DepartmentTargets reference = TargetsLoader.load(seed.transcription()).orThrow();
        assertThat(TargetsDiff.of(docxTargets, textTargets)).isEmpty();
        assertThat(TargetsDiff.of(docxTargets, reference)).isEmpty();
    }

    @Test
    void theDocxHoldsMergedLevelCellsAndASpannedHeader() throws IOException {
        byte[] bytes = Files.readAllBytes(docx(Seeds.seed("guangyang")));
        int continued = 0;
        int spanned = 0;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFTable t : doc.getTables()) {
                for (XWPFTableRow r : t.getRows()) {
                    for (XWPFTableCell c : r.getTableCells()) {
                        var pr = c.getCTTc().getTcPr();
                        continued += pr != null && pr.isSetVMerge() && pr.getVMerge().getVal() != null
                                && pr.getVMerge().getVal().toString().equals("continue") ? 1 : 0;
                        spanned += pr != null && pr.isSetGridSpan() ? 1 : 0;
                    }
                }
            }
        }
        // carried-down 一级指标: overall 13 rows − 2 groups = 11, each project 8 rows − 3 groups = 5 (× 2) → 21
        assertThat(continued).isEqualTo(21);
        assertThat(spanned).isEqualTo(1);
    }

    @Test
    void cellsOfADocxKeepTheirParagraphsAsLines() throws IOException {
        SourceDoc d = DisclosureReader.read(docx(Seeds.seed("guangyang")));
        Row header = d.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .flatMap(t -> t.rows().stream()).filter(r -> r.text(0).equals("一级指标") && r.size() == 7)
                .findFirst().orElseThrow();
        assertThat(header.text(1)).isEqualTo("二级\n指标");
        assertThat(header.cells().get(5).span()).isEqualTo(3);
    }
}
