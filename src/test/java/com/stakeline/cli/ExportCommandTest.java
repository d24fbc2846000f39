package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code stakeline export}, run as a user types it, on the bundled dataset, with no display. */
class ExportCommandTest {

    private static final String BUNDLED = Path.of("data", "scale-ai-meta.json").toString();

    @TempDir
    Path folder;

    private CommandRun export(String chart, Path out, String... more) {
        String[] args = new String[8 + more.length];
        System.arraycopy(new String[] {"export", "--data", BUNDLED, "--chart", chart, "--out", out.toString(),
                "--date=2026-11-23"}, 0, args, 0, 8);
        System.arraycopy(more, 0, args, 8, more.length);
        return CommandRun.of(args);
    }

    @Test
    void theOwnershipSvgIsTheSameTwiceAndHoldsTheDealAsTextWithItsProvenance() throws Exception {
        Path first = folder.resolve("first.svg");
        Path second = folder.resolve("second.svg");

        CommandRun run = export("ownership", first, "--as-of", "2025-07-01");
        export("ownership", second, "--as-of", "2025-07-01");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(first + System.lineSeparator(), run.out(), "it says which file it wrote");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(first.toFile());
        assertEquals(0, svg.getElementsByTagName("image").getLength());
        String text = svg.getDocumentElement().getTextContent();
        assertTrue(text.contains("Meta Platforms") && text.contains("49%") && text.contains("$29B"), text);
        assertTrue(text.contains("as of 1 July 2025") && text.contains("exported 2026-11-23"), text);
        assertTrue(text.matches("(?s).*data file SHA-256 [0-9a-f]{12}.*"), text);
    }

    @Test
    void aPngIsTheChartsSizeTimesTheScaleAndHasNoCaptionWhenAskedNotTo() throws IOException {
        Path png = folder.resolve("valuation.png");

        CommandRun run = export("valuation", png, "--width", "800", "--height", "300", "--scale", "3",
                "--no-caption");

        assertEquals(0, run.exitCode(), run.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(2400, image.getWidth());
        assertEquals(900, image.getHeight());
    }

    @Test
    void theLeadershipPdfHoldsTheInterimCeoAsText() throws IOException {
        Path pdf = folder.resolve("leadership.pdf");

        CommandRun run = export("leadership", pdf);

        assertEquals(0, run.exitCode(), run.err());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Chief Strategy Officer") && text.contains("Alexandr Wang"), text);
        }
    }

    @Test
    void aBadDataFileExitsOneSaysWhereAndWritesNothingNorSpoilsTheFileThere() throws IOException {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, "{\"format\": \"stakeline-events/1\", \"events\": [");
        Path out = folder.resolve("chart.svg");
        Files.writeString(out, "the last export");

        CommandRun run = CommandRun.of("export", "--data", bad.toString(), "--chart", "ownership", "--out",
                out.toString());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains(bad + " could not be read; nothing was written"), run.err());
        assertTrue(run.err().contains(bad.toString() + ":"), "a located problem: " + run.err());
        assertEquals("the last export", Files.readString(out, StandardCharsets.UTF_8));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anUnknownChartOrFormatIsAClearUsageErrorWithExitOne() {
        CommandRun chart = export("pie", folder.resolve("x.svg"));
        CommandRun format = export("ownership", folder.resolve("x.bmp"));

        assertEquals(1, chart.exitCode());
        assertTrue(chart.err().contains("--chart must be ownership, valuation or leadership, not 'pie'"), chart.err());
        assertEquals(1, format.exitCode());
        assertTrue(format.err().contains("--format must be png, svg or pdf (or --out end in .png, .svg or .pdf)"),
                format.err());
        assertFalse(Files.exists(folder.resolve("x.svg")) || Files.exists(folder.resolve("x.bmp")));
    }
}
