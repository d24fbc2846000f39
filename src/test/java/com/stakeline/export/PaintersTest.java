package com.stakeline.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.ownership.OwnershipLayout;
import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.chart.ownership.OwnershipRenderer;
import com.stakeline.chart.text.BundledFont;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Ownership;
import com.stakeline.store.TestStores;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The ownership chart of the bundled dataset after the deal, drawn to SVG and to PNG as an export draws it. */
class PaintersTest {

    private static final double WIDTH = 700;
    private static final double HEIGHT = 300;
    private static final EventStore SCALE = TestStores.scale();
    private static final OwnershipLayout LAYOUT = layout();

    private static OwnershipLayout layout() {
        CompanyHistory history = CompanyHistory.of(SCALE, SCALE.subjectId());
        OwnershipPie pie = OwnershipPie.of("As of 1 July 2025", history.ownershipAsOf(LocalDate.of(2025, 7, 1)),
                Ownership.EQUITY, SCALE.subjectId(), SCALE::entityName);
        return new OwnershipRenderer(new FontMetricsMeasure()).layout(List.of(pie), WIDTH, HEIGHT, ChartStyle.LIGHT);
    }

    private static final Consumer<Painter> DRAWING = painter ->
            new OwnershipRenderer(new FontMetricsMeasure()).draw(painter, LAYOUT, ChartStyle.LIGHT, null);

    private static String svg() {
        SvgPainter painter = new SvgPainter(WIDTH, HEIGHT);
        DRAWING.accept(painter);
        return painter.toSvg();
    }

    @Test
    void theSvgIsTheSameEveryTimeParsesAsXmlAndHoldsTheFiguresAsTextNotPixels() throws Exception {
        String svg = svg();

        assertEquals(svg, svg());
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", document.getDocumentElement().getTagName());
        assertEquals(0, document.getElementsByTagName("image").getLength(), "no bitmap");
        String text = document.getDocumentElement().getTextContent();
        assertTrue(text.contains("Meta") && text.contains("49%") && text.contains("$29B"), text);
        assertTrue(svg.contains("@font-face { font-family: 'Liberation Sans'"), "the font is embedded");
        assertTrue(document.getElementsByTagName("path").getLength() >= 2, "a wedge for each slice");
    }

    @Test
    void theSvgEmbedsOnlyTheGlyphsItsTextUsesAndTheyAreTheBundledFontsOwn() throws Exception {
        String svg = svg();
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        String text = document.getDocumentElement().getTextContent();
        Matcher face = Pattern.compile("font-weight: normal; src: url\\(data:font/ttf;base64,([A-Za-z0-9+/=]+)\\)")
                .matcher(svg);
        assertTrue(face.find(), "the regular face is embedded");

        byte[] subset = Base64.getDecoder().decode(face.group(1));
        Font embedded = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(subset)).deriveFont(12f);
        Font bundled = BundledFont.awt(new ChartFont(12, false));

        assertTrue(subset.length < 60_000, "a subset, not the whole face: " + subset.length + " bytes");
        String label = "Meta Platforms";
        assertTrue(text.contains(label), text);
        assertEquals(-1, embedded.canDisplayUpTo(label), "every character of the label has its glyph");
        FontRenderContext metrics = new FontRenderContext(null, true, true);
        assertEquals(bundled.getStringBounds(label, metrics).getWidth(),
                embedded.getStringBounds(label, metrics).getWidth(), 1e-3, "the same advances as the chart measured");
        assertFalse(embedded.canDisplay('Q'), "a letter the chart does not use is left out");
    }

    @Test
    void thePngIsTheSameEveryTimeTheChartsSizeTimesTheScaleAndHoldsBothSlicesColours() throws IOException {
        byte[] png = PngExport.png(WIDTH, HEIGHT, 2, false, DRAWING);

        assertArrayEquals(png, PngExport.png(WIDTH, HEIGHT, 2, false, DRAWING));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1400, image.getWidth());
        assertEquals(600, image.getHeight());
        OwnershipLayout.Panel panel = LAYOUT.panels().get(0);
        List<Integer> colours = panel.wedges().stream()
                .map(wedge -> {
                    double angle = Math.toRadians(wedge.middleDegrees());
                    double r = panel.radius() * 0.85;
                    return image.getRGB((int) Math.round((panel.centreX() + r * Math.cos(angle)) * 2),
                            (int) Math.round((panel.centreY() - r * Math.sin(angle)) * 2)) | 0xff000000;
                }).toList();
        assertEquals(2, colours.size(), "Meta and the undisclosed rest");
        assertFalse(colours.get(0).equals(colours.get(1)), "two colours: " + colours);
        assertEquals(ChartStyle.LIGHT.series(LAYOUT.panels().get(0).wedges().get(0).colourIndex()) | 0xff000000,
                colours.get(0).intValue(), "Meta's slice in its series colour");
    }

    @Test
    void thePdfIsTheSameEveryTimeOnTheSameDayAndItsTextHoldsTheFigures() throws IOException {
        List<PdfExport.Page> pages = List.of(new PdfExport.Page("Ownership", WIDTH, HEIGHT, DRAWING));
        byte[] pdf = PdfExport.pdf(pages, LocalDate.of(2026, 11, 23));

        assertArrayEquals(pdf, PdfExport.pdf(pages, LocalDate.of(2026, 11, 23)));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            assertEquals(WIDTH, document.getPage(0).getMediaBox().getWidth(), 0.01);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Meta Platforms") && text.contains("49%") && text.contains("$29B"), text);
            assertEquals(2026, document.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR));
        }
    }

    @Test
    void numbersAreWrittenToTwoDecimalsWithNoTrailingZeros() {
        assertEquals(List.of("0", "1.5", "-2.25", "14.3", "0"), List.of(SvgPainter.num(0.001), SvgPainter.num(1.5),
                SvgPainter.num(-2.25), SvgPainter.num(14.299999), SvgPainter.num(-0.004)));
    }
}
