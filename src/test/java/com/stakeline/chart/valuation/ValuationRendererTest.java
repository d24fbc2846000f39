package com.stakeline.chart.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.chart.FixedWidthMeasure;
import com.stakeline.chart.RecordingPainter;
import com.stakeline.chart.timeline.DateAxis;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.store.TestStores;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuationRendererTest {

    private final ValuationRenderer renderer = new ValuationRenderer(FixedWidthMeasure.SEVEN_PIXELS);

    private static ValuationChart chartOf(EventStore store) {
        return ValuationChart.of(store, CompanyHistory.of(store, store.subjectId()).valuations());
    }

    @Test
    void theLogAxisPutsOneTenAndAHundredBillionEquallyFarApart() {
        ValuationScale scale = ValuationScale.of(chartOf(TestStores.northwind()), true, 10, 310);

        double oneToTen = scale.y(1e9) - scale.y(1e10);
        double tenToHundred = scale.y(1e10) - scale.y(1e11);
        assertEquals(oneToTen, tenToHundred, 1e-9);
        assertTrue(oneToTen > 0, "higher values are higher up");
        assertEquals(List.of(1e7, 1e8, 1e9, 1e10), scale.ticks(), "a tick per power of ten from $10M to $10B");
    }

    @Test
    void aStakeThatRestatesItsRoundsValuationOnTheSameDayIsNoStepOfItsOwn() {
        List<String> steps = chartOf(TestStores.northwind()).steps().stream()
                .map(step -> step.day() + " " + step.valueText() + " " + step.stepUpText()).toList();

        assertEquals(List.of("2013-06-01 $10M ", "2015-09-14 $75M 7.5×", "2018-04-01 $800M 10.67×",
                "2021-11-01 ~$8B ~10×", "2023-05-20 $9B ~1.13×"), steps);
    }

    @Test
    void valuesSpanningMoreThanTenfoldAskForTheLogAxis() {
        assertTrue(chartOf(TestStores.northwind()).spansTenfold(), "$10M to $9B");
        assertFalse(chartOf(TestStores.scale()).spansTenfold(),
                "~$14B to $29B");
    }

    @Test
    void theBundledDatasetStepsFromAbout14To29BillionWithItsStepUpAndTheApproximateStepDashed() {
        ValuationChart chart = chartOf(TestStores.scale());
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, chart, TimeWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1)), 800, 300,
                ChartStyle.LIGHT, LocalDate.of(2025, 7, 1), null, false);

        assertTrue(painter.texts().containsAll(List.of("~$14B", "$29B", "~2.07×")), painter.texts().toString());
        List<RecordingPainter.Shape> runs = painter.shapes("strokePolyline").stream()
                .filter(line -> line.state().lineWidth() == 2).toList();
        assertEquals(2, runs.size(), "a run for the approximate step, one for the exact");
        assertTrue(runs.get(0).dashed(), "the approximate ~$14B step");
        assertFalse(runs.get(1).dashed());
    }

    @Test
    void aDisputedValueIsDrawnAsABandBetweenTheClaims() {
        ValuationChart chart = chartOf(TestStores.northwind());
        ValuationChart.Step seriesC = chart.steps().stream().filter(step -> step.label().equals("Series C"))
                .findFirst().orElseThrow();
        assertEquals(7e9, seriesC.low());
        assertEquals(8e9, seriesC.high());

        RecordingPainter painter = new RecordingPainter();
        renderer.draw(painter, chart, TimeWindow.of(LocalDate.of(2012, 1, 1), LocalDate.of(2025, 1, 1)), 800, 300,
                ChartStyle.LIGHT, null, null, true);

        ValuationScale scale = renderer.scale(chart, true, 300);
        assertTrue(painter.shapes("fillRect").stream().anyMatch(rect -> rect.state().fill()
                == ChartStyle.LIGHT.warning()
                && Math.abs(rect.args()[1] - scale.y(8e9)) < 1e-9
                && Math.abs(rect.args()[1] + rect.args()[3] - scale.y(7e9)) < 1e-9), "a band from $7B to $8B");
        assertTrue(painter.texts().contains("~$8B (disputed)"), painter.texts().toString());
    }

    @Test
    void aComparedDateIsALineTaggedBBesideTheAsOfDateTaggedA() {
        ValuationChart chart = chartOf(TestStores.scale());
        TimeWindow window = TimeWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 1, 1));
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, chart, window, 800, 300, ChartStyle.LIGHT, LocalDate.of(2025, 7, 1),
                LocalDate.of(2024, 7, 1), false);

        double bX = new DateAxis(window, ValuationRenderer.LEFT, 800 - ValuationRenderer.LEFT - ValuationRenderer.RIGHT)
                .xOfMiddle(LocalDate.of(2024, 7, 1));
        assertTrue(painter.shapes("strokeLine").stream().anyMatch(line -> line.state().stroke()
                == ChartStyle.LIGHT.accent() && Math.abs(line.args()[0] - bX) < 1e-9
                && line.args()[0] == line.args()[2]), "a vertical line at B");
        assertTrue(painter.texts().containsAll(List.of("A", "B")), painter.texts().toString());
    }

    @Test
    void aThousandRoundsLeaveTheirLabelsApartRatherThanPiledOnEachOther() {
        List<ValuationChart.Step> steps = new java.util.ArrayList<>();
        LocalDate day = LocalDate.of(2000, 1, 1);
        for (int i = 0; i < 1000; i++) {
            double value = 1e7 * (1 + i);
            steps.add(new ValuationChart.Step("e" + i, day.plusWeeks(i), "Round " + i, value, false, value, value,
                    Double.NaN, "$" + (i + 1) + "0M", i == 0 ? "" : "1.1×"));
        }
        ValuationChart chart = new ValuationChart("USD", steps, List.of());
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, chart, TimeWindow.of(day, day.plusWeeks(1000)), 800, 300, ChartStyle.LIGHT, null,
                null, true);

        List<Box> labels = labelBoxes(painter, 300);
        assertTrue(labels.size() > 4 && labels.size() < 200, labels.size() + " labels");
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                Box a = labels.get(i);
                Box b = labels.get(j);
                assertFalse(a.x() < b.x() + b.width() && b.x() < a.x() + a.width() && a.y() < b.y() + b.height()
                        && b.y() < a.y() + a.height(), "labels " + i + " and " + j + " overlap");
            }
        }
        assertTrue(painter.shapes("fillOval").isEmpty(), "no dots a pixel apart");
    }

    @Test
    void theBundledDatasetsTwoValuesAndStepUpAreAllWrittenInANarrowChartOfTheWholeHistory() {
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, chartOf(TestStores.scale()), TimeWindow.of(LocalDate.of(2013, 6, 1),
                LocalDate.of(2028, 6, 1)), 560, 200, ChartStyle.LIGHT, null, null, false);

        assertTrue(painter.texts().containsAll(List.of("~$14B", "$29B", "~2.07×")), painter.texts().toString());
    }

    @Test
    void aValueCrowdedAboveItsLineByTheOneBeforeIsWrittenBelowIt() {
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, chartOf(TestStores.northwind()), TimeWindow.of(LocalDate.of(2011, 6, 1),
                LocalDate.of(2028, 6, 1)), 900, 220, ChartStyle.LIGHT, null, null, true);

        RecordingPainter.Shape disputed = painter.shapes("fillText").stream()
                .filter(text -> text.text().equals("~$8B (disputed)")).findFirst().orElseThrow();
        RecordingPainter.Shape nine = painter.shapes("fillText").stream().filter(text -> text.text().equals("$9B"))
                .findFirst().orElseThrow(() -> new AssertionError(painter.texts().toString()));
        assertTrue(nine.args()[1] > disputed.args()[1], "the $9B label sits below the line, under the ~$8B one");
    }

    /** Where each label right of the value axis and above the time axis was written, in a chart {@code height} high. */
    private static List<Box> labelBoxes(RecordingPainter painter, double height) {
        FixedWidthMeasure measure = FixedWidthMeasure.SEVEN_PIXELS;
        return painter.shapes("fillText").stream()
                .filter(text -> text.args()[0] > ValuationRenderer.LEFT
                        && text.args()[1] < height - ValuationRenderer.AXIS)
                .map(text -> {
                    double width = measure.width(ChartStyle.LIGHT.font(), text.text());
                    double ascent = measure.ascent(ChartStyle.LIGHT.font());
                    double x = text.state().align() == Painter.Align.RIGHT ? text.args()[0] - width : text.args()[0];
                    double descent = measure.descent(ChartStyle.LIGHT.font());
                    return new Box(x, text.args()[1] - ascent, width, ascent + descent);
                }).toList();
    }
}
