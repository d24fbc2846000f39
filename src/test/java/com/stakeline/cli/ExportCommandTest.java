package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    void theDashboardStacksEveryChartAndIsTheSamePngTwice() throws IOException {
        Path first = folder.resolve("first.png");
        Path second = folder.resolve("second.png");

        CommandRun run = export("dashboard", first, "--scale", "1");
        export("dashboard", second, "--scale", "1");

        assertEquals(0, run.exitCode(), run.err());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        BufferedImage dashboard = ImageIO.read(first.toFile());
        assertEquals(1200, dashboard.getWidth());
        Path ownership = folder.resolve("ownership.png");
        export("ownership", ownership, "--scale", "1");
        assertTrue(dashboard.getHeight() > ImageIO.read(ownership.toFile()).getHeight() * 2,
                "taller than two ownership charts: " + dashboard.getHeight());
    }

    @Test
    void theTimelineSvgNamesItsLanesAndEvents() throws Exception {
        Path svg = folder.resolve("timeline.svg");

        CommandRun run = export("timeline", svg);

        assertEquals(0, run.exitCode(), run.err());
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getTextContent();
        assertTrue(text.contains("Funding") && text.contains("Leadership") && text.contains("Scale AI is founded"),
                text);
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
        assertTrue(chart.err().contains("--chart must be timeline, ownership, valuation, leadership, dashboard, "
                + "events, rounds, stakes or checks, not 'pie'"), chart.err());
        assertEquals(1, format.exitCode());
        assertTrue(format.err().contains("--format must be png, svg, pdf or csv (or --out end in .png, .svg, .pdf or "
                + ".csv)"), format.err());
        assertFalse(Files.exists(folder.resolve("x.svg")) || Files.exists(folder.resolve("x.bmp")));
    }

    @Test
    void theRoundsTableIsCsvWithAByteOrderMarkIsoDatesAndPlainMoneyThatParsesBack() throws IOException {
        Path csv = folder.resolve("rounds.csv");

        CommandRun run = export("rounds", csv);

        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("event", "date", "date precision", "round", "amount", "pre-money", "post-money",
                "currency", "approximate", "step-up", "lead investors", "other investors", "sources"), rows.get(0));
        List<String> round = rows.get(1);
        assertEquals(List.of("2024-05", "month", "1000000000", "USD", "true"),
                List.of(round.get(1), round.get(2), round.get(4), round.get(7), round.get(8)), round.toString());
        assertEquals(0, new BigDecimal(round.get(6)).compareTo(new BigDecimal("14000000000")), round.toString());
    }

    @Test
    void aTableAskedForAsAPictureIsAUsageError() {
        CommandRun run = export("rounds", folder.resolve("rounds.png"));

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("a table exports as csv, not png"), run.err());
    }

    @Test
    void allWritesEveryChartInEveryFormatEveryTableAndAReportTheSameBytesEachTime() throws IOException {
        Path out = folder.resolve("exports");
        Path again = folder.resolve("again");

        CommandRun run = CommandRun.of("export", "--data", BUNDLED, "--all", "--out-dir", out.toString(),
                "--date=2026-11-23", "--scale", "1");
        CommandRun.of("export", "--data", BUNDLED, "--all", "--out-dir", again.toString(), "--date=2026-11-23",
                "--scale", "1");

        assertEquals(0, run.exitCode(), run.err());
        List<String> expected = new ArrayList<>();
        for (String chart : List.of("timeline", "ownership", "valuation", "leadership", "dashboard")) {
            expected.addAll(List.of(chart + ".png", chart + ".svg", chart + ".pdf"));
        }
        expected.addAll(List.of("events.csv", "rounds.csv", "stakes.csv", "checks.csv", "report.pdf"));
        try (var files = Files.list(out)) {
            assertEquals(expected.stream().sorted().toList(),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
        assertEquals(expected.size(), run.out().lines().count(), "a line for each file written: " + run.out());
        for (String file : expected) {
            assertArrayEquals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(again.resolve(file)), file);
        }
        try (PDDocument report = Loader.loadPDF(out.resolve("report.pdf").toFile())) {
            assertEquals(4, report.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertTrue(stripper.getText(report).contains("Ownership of Scale AI"), "the second page is ownership");
        }
        if (Files.getFileStore(out).supportsFileAttributeView("posix")) {
            assertTrue(Files.getPosixFilePermissions(out.resolve("report.pdf"))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ)
                    == Files.getPosixFilePermissions(out).contains(
                            java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
                    "an export is as readable as any new file there, not its owner's alone");
        }
    }

    @Test
    void oneExportAndAllAreNotAskedForTogether() {
        CommandRun run = export("ownership", folder.resolve("o.png"), "--all");

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("give --chart and --out for one export, or --all and --out-dir for everything"),
                run.err());
    }

    @Test
    void theEventsTableListsOnlyWhatTheFiltersLeave() throws IOException {
        Path csv = folder.resolve("events.csv");

        CommandRun run = export("events", csv, "--type", "leadership_change,milestone", "--entity", "jason droege");

        assertEquals(0, run.exitCode(), run.err());
        byte[] bytes = Files.readAllBytes(csv);
        List<List<String>> rows = parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertEquals(List.of("droege-leaves-cso", "droege-interim-ceo"),
                rows.stream().skip(1).map(row -> row.get(0)).toList());
    }

    @Test
    void theTimelinesCaptionSaysWhichFiltersMadeIt() throws Exception {
        Path svg = folder.resolve("timeline.svg");

        CommandRun run = export("timeline", svg, "--tag", "deal", "--search", "Meta", "--hide-unmatched");

        assertEquals(0, run.exitCode(), run.err());
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getTextContent();
        assertTrue(text.contains("tagged deal · containing \"Meta\" · others hidden"), text);
        assertFalse(text.contains("Scale AI is founded"), "an unmatched event is left out: " + text);
    }

    @Test
    void aFilterNamingWhatTheStoreDoesNotHoldIsAUsageError() {
        CommandRun entity = export("timeline", folder.resolve("t.svg"), "--entity", "Google");
        CommandRun tag = export("timeline", folder.resolve("t.svg"), "--tag", "deals");
        CommandRun type = export("timeline", folder.resolve("t.svg"), "--type", "ipo");

        assertEquals(1, entity.exitCode());
        assertTrue(entity.err().contains("has no entity with the id or name 'Google'"), entity.err());
        assertTrue(tag.err().contains("is tagged 'deals'"), tag.err());
        assertTrue(type.err().contains("no event type 'ipo'; the types are founding, funding_round"), type.err());
        assertFalse(Files.exists(folder.resolve("t.svg")));
    }

    @Test
    void aTransparentPngLeavesTheBackgroundClearButKeepsTheChart() throws IOException {
        Path clear = folder.resolve("clear.png");
        Path white = folder.resolve("white.png");

        CommandRun run = export("ownership", clear, "--scale", "1", "--transparent");
        export("ownership", white, "--scale", "1");

        assertEquals(0, run.exitCode(), run.err());
        BufferedImage seeThrough = ImageIO.read(clear.toFile());
        assertEquals(0, seeThrough.getRGB(2, 2) >>> 24, "the corner is clear");
        assertEquals(0xffffffff, ImageIO.read(white.toFile()).getRGB(2, 2), "without it, the corner is white");
        long opaque = 0;
        for (int x = 0; x < seeThrough.getWidth(); x++) {
            opaque += seeThrough.getRGB(x, seeThrough.getHeight() / 2) >>> 24 == 0xff ? 1 : 0;
        }
        assertTrue(opaque > 50, "the pie is drawn: " + opaque + " opaque pixels across the middle");
        assertTrue(export("ownership", folder.resolve("o.svg"), "--transparent").err()
                .contains("--transparent is for PNG only"));
    }

    /** RFC 4180 read back: fields split on commas outside quotes, doubled quotes undone, lines ended by CRLF. */
    private static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
