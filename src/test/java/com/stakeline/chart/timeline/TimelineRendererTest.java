package com.stakeline.chart.timeline;

import static com.stakeline.chart.timeline.TimelineLayoutTest.milestone;
import static com.stakeline.chart.timeline.TimelineLayoutTest.modelOf;
import static com.stakeline.chart.timeline.TimelineLayoutTest.storeOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.FixedWidthMeasure;
import com.stakeline.chart.Painter;
import com.stakeline.chart.RecordingPainter;
import com.stakeline.chart.RecordingPainter.Shape;
import com.stakeline.domain.PartialDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Draws known frames to a recording painter and checks the marks a reader would see. */
class TimelineRendererTest {

    private static final ChartStyle STYLE = ChartStyle.LIGHT;
    private static final int COMPANY = STYLE.series(LaneKind.COMPANY.ordinal());
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 15);
    private static final double WIDTH = 1000;

    private final TimelineModel model = modelOf(storeOf(milestone("a", "2025-03-10"), milestone("b", "2025-05"),
            milestone("c", "2025-08-20")), LocalDate.of(2026, 3, 1));
    private final TimelineRenderer renderer = new TimelineRenderer(FixedWidthMeasure.SEVEN_PIXELS);

    private TimelineFrame frame(int selected, boolean legend) {
        return frame(selected, legend, null);
    }

    private TimelineFrame frame(int selected, boolean legend, LocalDate compareWith) {
        TimeWindow window = TimeWindow.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        FrameLayout layout = TimelineLayout.layout(model, window, WIDTH, Set.of(), FixedWidthMeasure.SEVEN_PIXELS);
        return new TimelineFrame(model, layout, WIDTH, 400, 0, STYLE, selected, Matches.NONE, false, Set.of("c"), AS_OF,
                compareWith, LocalDate.of(2026, 3, 1), false, legend);
    }

    private RecordingPainter draw(TimelineFrame frame) {
        RecordingPainter painter = new RecordingPainter();
        renderer.draw(painter, frame);
        return painter;
    }

    @Test
    void eachExactDateIsADiamondAndAMonthIsADashedSpanAcrossIt() {
        TimelineFrame frame = frame(-1, false);
        RecordingPainter painter = draw(frame);

        List<Shape> diamonds = painter.shapes("fillPolygon").stream()
                .filter(shape -> shape.args().length == 8 && shape.state().fill() == COMPANY).toList();
        assertEquals(2, diamonds.size());
        assertEquals(frame.window().x(LocalDate.of(2025, 3, 10).toEpochDay(), WIDTH), diamonds.get(0).args()[0], 1e-9);

        List<Shape> dashedSpans = painter.shapes("strokeRect").stream()
                .filter(shape -> shape.dashed() && shape.state().stroke() == COMPANY).toList();
        assertEquals(1, dashedSpans.size());
        double may = frame.window().x(LocalDate.of(2025, 5, 1).toEpochDay(), WIDTH);
        double june = frame.window().x(LocalDate.of(2025, 6, 1).toEpochDay(), WIDTH);
        assertEquals(may + 0.5, dashedSpans.get(0).args()[0], 1e-6);
        assertEquals(june - may, dashedSpans.get(0).args()[2] + 1, 1e-6, "the outline sits half a pixel inside the month");
        assertTrue(painter.texts().containsAll(List.of("a title", "b title", "c title")), painter.texts().toString());
    }

    @Test
    void theCursorIsAThickLineAtItsDayWithTheDateInABadge() {
        TimelineFrame frame = frame(-1, false);
        RecordingPainter painter = draw(frame);
        double x = frame.xOf(AS_OF);
        List<Shape> cursor = painter.shapes("strokeLine").stream()
                .filter(shape -> shape.state().stroke() == STYLE.highlight() && shape.state().lineWidth() == 2).toList();
        assertEquals(1, cursor.size());
        assertEquals(x, cursor.get(0).args()[0]);
        assertEquals(x, cursor.get(0).args()[2]);
        assertEquals(400, cursor.get(0).args()[3], "the line runs to the bottom");
        assertTrue(painter.texts().contains("As of " + PartialDate.ofDay(AS_OF).display()));
        double badgeTop = renderer.asOfBadge(frame).orElseThrow().y();
        assertTrue(badgeTop > TimelineRenderer.AXIS_HEIGHT + 100, "the badge sits below the axis labels: " + badgeTop);
    }

    @Test
    void aComparedDateIsASolidAccentLineWithItsOwnBadgeClearOfTheAsOfBadge() {
        LocalDate b = AS_OF.minusDays(3);
        TimelineFrame frame = frame(-1, false, b);
        RecordingPainter painter = draw(frame);

        double x = frame.xOf(b);
        assertTrue(painter.shapes("strokeLine").stream().anyMatch(line -> !line.dashed() && line.args()[0] == x
                && line.args()[2] == x && line.state().stroke() == STYLE.accent()),
                "a solid line at B, unlike the dashed today line");
        String label = "B: " + PartialDate.ofDay(b).display();
        assertTrue(painter.texts().contains(label), painter.texts().toString());
        Shape bBadge = painter.shapes("fillRoundRect").stream().filter(s -> s.state().fill() == STYLE.accent())
                .findFirst().orElseThrow();
        double aBadgeTop = renderer.asOfBadge(frame).orElseThrow().y();
        assertTrue(bBadge.args()[1] + bBadge.args()[3] <= aBadgeTop,
                "three days apart, B's badge sits above A's rather than on it");
    }

    @Test
    void aFlaggedEventCarriesAWarningDotAndTheSelectedOneARing() {
        int c = model.indexOf(model.events().stream().filter(e -> e.id().equals("c")).findFirst().orElseThrow());
        TimelineFrame frame = frame(c, false);
        RecordingPainter painter = draw(frame);
        double cX = frame.window().x(LocalDate.of(2025, 8, 20).toEpochDay(), WIDTH);

        List<Shape> dots = painter.shapes("fillOval").stream().filter(s -> s.state().fill() == STYLE.warning()).toList();
        assertEquals(1, dots.size());
        assertEquals(cX, dots.get(0).args()[0], 10);
        List<Shape> rings = painter.shapes("strokeRoundRect").stream()
                .filter(s -> s.state().stroke() == STYLE.highlight()).toList();
        assertEquals(1, rings.size());
        assertTrue(rings.get(0).args()[0] < cX && rings.get(0).args()[0] + rings.get(0).args()[2] > cX);
    }

    @Test
    void theLegendExplainsEveryMark() {
        RecordingPainter without = draw(frame(-1, false));
        RecordingPainter with = draw(frame(-1, true));
        assertFalse(without.texts().contains("Legend"));
        assertTrue(with.texts().contains("Legend"));
        for (TimelineLegend.Entry entry : TimelineLegend.Entry.values()) {
            assertTrue(with.texts().contains(entry.text()), entry.name());
        }
    }

    @Test
    void inAShortTimelineTheLegendTakesMoreColumnsAndEveryEntryStaysInside() {
        TimelineFrame tall = frame(-1, true);
        TimelineFrame shortFrame = new TimelineFrame(model, tall.layout(), WIDTH, 140, 0, STYLE, -1, Matches.NONE,
                false, Set.of("c"), AS_OF, null, LocalDate.of(2026, 3, 1), false, true);

        RecordingPainter painter = draw(shortFrame);

        for (TimelineLegend.Entry entry : TimelineLegend.Entry.values()) {
            Shape label = painter.shapes("fillText").stream().filter(shape -> entry.text().equals(shape.text()))
                    .findFirst().orElseThrow(() -> new AssertionError(entry.name() + " is drawn"));
            assertTrue(label.args()[1] < 140, entry.name() + " at y " + label.args()[1] + " is inside the frame");
        }
        long columns = painter.shapes("fillText").stream().filter(shape -> Arrays.stream(TimelineLegend.Entry.values())
                .anyMatch(entry -> entry.text().equals(shape.text()))).mapToDouble(shape -> shape.args()[0])
                .distinct().count();
        assertTrue(columns > 1, "the entries stand in " + columns + " columns");
    }

    @Test
    void aFrameSetsEveryStateItUsesSoNothingLeaksFromTheLastOne() {
        RecordingPainter clean = draw(frame(-1, true));
        RecordingPainter dirty = new RecordingPainter(new RecordingPainter.State(0x80ff0000, 0x8000ff00, 7,
                new double[] {1, 9}, 0.1, new ChartFont(30, true), Painter.Align.RIGHT));
        renderer.draw(dirty, frame(-1, true));
        assertEquals(clean.shapes().size(), dirty.shapes().size());
        for (int i = 0; i < clean.shapes().size(); i++) {
            Shape expected = clean.shapes().get(i);
            Shape actual = dirty.shapes().get(i);
            assertEquals(expected.kind(), actual.kind());
            assertTrue(Arrays.equals(expected.args(), actual.args()), expected.kind() + " " + i);
            assertEquals(expected.state().fill(), actual.state().fill(), expected.kind() + " " + i);
            assertEquals(expected.state().alpha(), actual.state().alpha(), expected.kind() + " " + i);
            assertEquals(expected.state().lineWidth(), actual.state().lineWidth(), expected.kind() + " " + i);
            assertTrue(Arrays.equals(expected.state().dashes(), actual.state().dashes()), expected.kind() + " " + i);
            assertEquals(expected.state().font(), actual.state().font(), expected.kind() + " " + i);
        }
        assertEquals(0, dirty.saveDepth());
    }
}
