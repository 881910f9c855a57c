package io.jixiao.report.html;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF chromium printed, read with PDFBox: its pages, their size, the text on each and a PNG of each. */
final class Pdf {

    /** A4 in PDF points (1/72 in): 210 × 297 mm. */
    static final float A4_WIDTH = 595.28f;
    static final float A4_HEIGHT = 841.89f;

    private final List<String> pages = new ArrayList<>();
    private final List<PDRectangle> sizes = new ArrayList<>();

    private Pdf() {
    }

    /**
     * Reads {@code file}; with {@code pngs} not null (x.pdf), writes page N beside it as {@code x-page-N.png} at
     * {@code dpi}.
     */
    static Pdf read(Path file, Path pngs, float dpi) throws IOException {
        Pdf pdf = new Pdf();
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                text.setStartPage(p);
                text.setEndPage(p);
                pdf.pages.add(text.getText(doc));
                pdf.sizes.add(doc.getPage(p - 1).getMediaBox());
                if (pngs != null) {
                    BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi);
                    String base = pngs.getFileName().toString().replaceFirst("\\.pdf$", "");
                    ImageIO.write(image, "png", pngs.resolveSibling(base + "-page-" + p + ".png").toFile());
                }
            }
        }
        return pdf;
    }

    int pageCount() {
        return pages.size();
    }

    /** The text of page {@code p} (1-based), white space as PDFBox lays it out. */
    String text(int p) {
        return pages.get(p - 1);
    }

    PDRectangle size(int p) {
        return sizes.get(p - 1);
    }

    /** The first page (1-based) whose text contains {@code s}, ignoring white space (　 too); empty when none does. */
    OptionalInt pageOf(String s) {
        String wanted = s.replaceAll("(?U)\\s", "");
        for (int p = 1; p <= pages.size(); p++) {
            if (pages.get(p - 1).replaceAll("(?U)\\s", "").contains(wanted)) {
                return OptionalInt.of(p);
            }
        }
        return OptionalInt.empty();
    }
}
