package com.stakeline.export;

import com.stakeline.chart.Painter;
import com.stakeline.chart.text.BundledFont;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Charts as a PDF document, one page each, drawn by the same {@link Java2DPainter} as a PNG through PDFBox's
 * Graphics2D bridge: shapes stay vector and text stays text, in the bundled font embedded as a subset. The document's
 * dates and id come from the export date, so the same charts exported on the same day give the same bytes.
 */
public final class PdfExport {

    /**
     * One page: a chart {@code width} by {@code height} points, which {@code drawing} draws.
     *
     * @param title what the page shows, for the document's title when it is the only page
     * @param width the page's width
     * @param height the page's height
     * @param drawing draws the chart
     */
    public record Page(String title, double width, double height, Consumer<Painter> drawing) {
    }

    private PdfExport() {
    }

    /** The document of {@code pages}, dated {@code exportDate}. */
    public static byte[] pdf(List<Page> pages, LocalDate exportDate) {
        // The faces are read when the document is saved, which embeds the subsets its text uses; the drawer that
        // holds them stays open until then.
        try (PDDocument document = new PDDocument();
             PdfBoxGraphics2DFontTextDrawer fonts = new PdfBoxGraphics2DFontTextDrawer()) {
            for (boolean bold : new boolean[] {false, true}) {
                try (InputStream face = BundledFont.file(bold).openStream()) {
                    fonts.registerFont(face);
                }
            }
            for (Page page : pages) {
                addPage(document, page, fonts);
            }
            Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            date.clear();
            date.set(exportDate.getYear(), exportDate.getMonthValue() - 1, exportDate.getDayOfMonth());
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle(pages.size() == 1 ? pages.get(0).title() : "Stakeline report");
            information.setCreator("Stakeline");
            information.setCreationDate(date);
            information.setModificationDate(date);
            // The writer derives the file's id from this instead of the clock.
            document.setDocumentId(exportDate.toEpochDay());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be written", e);
        }
    }

    private static void addPage(PDDocument document, Page page, PdfBoxGraphics2DFontTextDrawer fonts)
            throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle((float) page.width(), (float) page.height()));
        document.addPage(pdfPage);
        PdfBoxGraphics2D graphics = new PdfBoxGraphics2D(document, (float) page.width(), (float) page.height());
        try {
            graphics.setFontTextDrawer(fonts);
            page.drawing().accept(new Java2DPainter(graphics));
        } finally {
            graphics.dispose();
        }
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
            content.drawForm(graphics.getXFormObject());
        }
    }
}
