package com.stakeline.chart.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.FixedWidthMeasure;
import com.stakeline.chart.Painter;
import com.stakeline.chart.RecordingPainter;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Stake;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OwnershipRendererTest {

    private static final EventStore SCALE = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();
    private static final CompanyHistory HISTORY = CompanyHistory.of(SCALE, SCALE.subjectId());

    private final OwnershipRenderer renderer = new OwnershipRenderer(FixedWidthMeasure.SEVEN_PIXELS);

    private static OwnershipPie scaleOn(LocalDate day) {
        return OwnershipPie.of("As of " + day, HISTORY.ownershipAsOf(day), Ownership.EQUITY, "Scale AI",
                SCALE::entityName);
    }

    @Test
    void afterTheDealMetasSliceSweeps49PercentOfTheCircleAndTheLegendPricesIt() {
        RecordingPainter painter = draw(List.of(scaleOn(LocalDate.of(2025, 7, 1))), 700, 300);

        List<RecordingPainter.Shape> wedges = painter.shapes("fillWedge");
        assertEquals(2, wedges.size());
        assertEquals(0.49 * 360, wedges.get(0).args()[4], 1e-9, "Meta's wedge");
        assertEquals(0.51 * 360, wedges.get(1).args()[4], 1e-9, "the undisclosed rest");
        assertEquals(90, wedges.get(0).args()[3] + wedges.get(0).args()[4], 1e-9, "Meta's wedge ends at twelve");
        assertTrue(painter.texts().contains("Meta Platforms"));
        assertTrue(painter.texts().contains("49%"));
        assertTrue(painter.texts().contains("Undisclosed / other"));
        assertTrue(painter.texts().stream().anyMatch(text -> text.startsWith("worth $14.21B at the $29B")),
                painter.texts().toString());
    }

    @Test
    void beforeAnyStakeIsKnownThePieIsOneUndisclosedSliceWithANoteSayingSo() {
        RecordingPainter painter = draw(List.of(scaleOn(LocalDate.of(2025, 5, 1))), 700, 300);

        List<RecordingPainter.Shape> wedges = painter.shapes("fillWedge");
        assertEquals(1, wedges.size());
        assertEquals(360, wedges.get(0).args()[4], 1e-9);
        assertTrue(String.join(" ", painter.texts()).contains("No equity stake in Scale AI is known by this date."),
                painter.texts().toString());
    }

    @Test
    void twoPiesSitSideBySideEachInItsOwnHalf() {
        OwnershipLayout layout = renderer.layout(List.of(scaleOn(LocalDate.of(2025, 5, 31)),
                scaleOn(LocalDate.of(2025, 6, 1))), 1000, 300, ChartStyle.LIGHT);

        assertEquals(2, layout.panels().size());
        assertTrue(layout.panels().get(0).centreX() + layout.panels().get(0).radius() < 500);
        assertTrue(layout.panels().get(1).centreX() - layout.panels().get(1).radius() > 500);
        assertEquals(1, layout.panels().get(0).wedges().size());
        assertEquals(2, layout.panels().get(1).wedges().size());
    }

    @Test
    void thinSlicesAreNamedInALegendWhoseRowsNeverOverlapAndWhatHasNoRoomIsCounted() {
        List<Stake> stakes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stakes.add(stake("holder" + i, "1." + i));
        }
        OwnershipSnapshot snapshot = new OwnershipSnapshot(LocalDate.of(2024, 1, 1), stakes, null, Map.of());
        OwnershipPie pie = OwnershipPie.of("Many holders", snapshot, Ownership.EQUITY, "Acme", id -> id);

        OwnershipLayout layout = renderer.layout(List.of(pie), 700, 260, ChartStyle.LIGHT);

        OwnershipLayout.Panel panel = layout.panels().get(0);
        for (int i = 1; i < panel.legend().size(); i++) {
            OwnershipLayout.LegendRow above = panel.legend().get(i - 1);
            assertTrue(above.bounds().y() + above.bounds().height() <= panel.legend().get(i).bounds().y() + 1e-9);
        }
        assertTrue(panel.legend().get(panel.legend().size() - 1).detailBaseline() <= 260);
        assertEquals(13, panel.legend().size() + panel.hiddenRows(), "twelve holders and the rest");
        assertTrue(panel.hiddenRows() > 0);
        RecordingPainter painter = new RecordingPainter();
        renderer.draw(painter, layout, ChartStyle.LIGHT, null);
        assertTrue(painter.texts().contains("+" + panel.hiddenRows() + " more in the stake table"));
    }

    @Test
    void aClickInAWedgeOrOnALegendRowFindsItsHolder() {
        OwnershipLayout layout = renderer.layout(List.of(scaleOn(LocalDate.of(2025, 7, 1))), 700, 300,
                ChartStyle.LIGHT);
        OwnershipLayout.Panel panel = layout.panels().get(0);
        OwnershipLayout.Wedge meta = panel.wedges().get(0);
        double angle = Math.toRadians(meta.middleDegrees());
        double x = panel.centreX() + Math.cos(angle) * panel.radius() / 2;
        double y = panel.centreY() - Math.sin(angle) * panel.radius() / 2;

        assertEquals("meta", layout.sliceAt(x, y).orElseThrow().holderId());
        OwnershipLayout.LegendRow rest = panel.legend().get(1);
        assertTrue(layout.sliceAt(rest.bounds().x() + 5, rest.bounds().y() + 5).orElseThrow().undisclosed());
        assertFalse(layout.sliceAt(panel.centreX() + panel.radius() + 3, panel.centreY()).isPresent());
    }

    @Test
    void figuresThatAddUpPastAHundredAreDrawnInProportionAndSaySo() {
        OwnershipSnapshot snapshot = new OwnershipSnapshot(LocalDate.of(2024, 1, 1),
                List.of(stake("a", "70"), stake("b", "50")), null, Map.of());
        OwnershipPie pie = OwnershipPie.of("Overlap", snapshot, Ownership.EQUITY, "Acme", id -> id);

        RecordingPainter painter = draw(List.of(pie), 700, 300);

        List<RecordingPainter.Shape> wedges = painter.shapes("fillWedge");
        assertEquals(360 * 70 / 120.0, wedges.get(0).args()[4], 1e-9);
        assertEquals(360 * 50 / 120.0, wedges.get(1).args()[4], 1e-9);
        assertEquals(List.of("The known stakes add up to 120%, so sources disagree: slices are drawn in proportion."),
                pie.notes());
    }

    @Test
    void sellersOfAnUnreportedSplitShareWhatTheyHoldTogetherSoThePieStillAddsUpToAHundred() {
        Stake acme = stake("acme", "35");
        Stake harbor = new Stake("harbor", Ownership.EQUITY, new BigDecimal("13.7"), false, PartialDate.parse("2023"),
                "sale", Stake.Statement.REDUCED_BY_UNKNOWN, 0, null, null, false);
        Stake ana = new Stake("ana", Ownership.EQUITY, new BigDecimal("30.1"), false, PartialDate.parse("2023"),
                "sale", Stake.Statement.REDUCED_BY_UNKNOWN, 0, null, null, false);
        OwnershipSnapshot snapshot = new OwnershipSnapshot(LocalDate.of(2024, 1, 1), List.of(acme, ana, harbor), null,
                Map.of(Ownership.EQUITY, new BigDecimal("35")));

        OwnershipPie pie = OwnershipPie.of("Sale", snapshot, Ownership.EQUITY, "Acme", id -> id);

        assertEquals(100, pie.total(), 1e-9);
        assertEquals(List.of("at most 30.1%", "at most 13.7%"), pie.slices().subList(1, 3).stream()
                .map(PieSlice::figure).toList());
        assertEquals(8.8 * 30.1 / 43.8, pie.slices().get(1).percent(), 1e-9, "Ana's share of the 8.8% left");
        assertEquals(List.of("ana and harbor gave up 35 points between them in a split nobody reports: together they "
                + "hold 8.8%, and their slices share it."), pie.notes());
    }

    @Test
    void aFigureIsWrittenInsideOnlyTheWedgesItFitsIn() {
        OwnershipSnapshot snapshot = new OwnershipSnapshot(LocalDate.of(2024, 1, 1),
                List.of(stake("big", "60"), stake("thin", "3")), null, Map.of());
        OwnershipPie pie = OwnershipPie.of("Thin", snapshot, Ownership.EQUITY, "Acme", id -> id);

        List<String> texts = draw(List.of(pie), 900, 400).texts();

        assertEquals(2, texts.stream().filter("60%"::equals).count(), "in the wedge and in the legend");
        assertEquals(1, texts.stream().filter("3%"::equals).count(), "in the legend only");
    }

    @Test
    void aPanelTooShortForAReadablePieKeepsItsLegendAndDrawsNoWedgeOverIt() {
        OwnershipLayout layout = renderer.layout(List.of(scaleOn(LocalDate.of(2025, 7, 1))), 600, 70,
                ChartStyle.LIGHT);

        assertTrue(layout.panels().get(0).wedges().isEmpty());
        RecordingPainter painter = new RecordingPainter();
        renderer.draw(painter, layout, ChartStyle.LIGHT, null);
        assertTrue(painter.shapes("fillWedge").isEmpty());
        assertTrue(painter.texts().stream().anyMatch(text -> text.startsWith("+") || text.equals("Meta Platforms")),
                painter.texts().toString());
    }

    @Test
    void aFrameSetsItsOwnStateWhateverTheLastFrameLeft() {
        RecordingPainter painter = new RecordingPainter(new RecordingPainter.State(0x80ff0000, 0x80ff0000, 7,
                new double[] {3, 3}, 0.2, new ChartFont(30, true), Painter.Align.RIGHT));

        renderer.draw(painter, renderer.layout(List.of(scaleOn(LocalDate.of(2025, 7, 1))), 700, 300,
                ChartStyle.LIGHT), ChartStyle.LIGHT, null);

        for (RecordingPainter.Shape shape : painter.shapes()) {
            assertEquals(1, shape.state().alpha());
            assertFalse(shape.dashed(), shape.kind());
            assertEquals(ChartStyle.LIGHT.font().size(), shape.state().font().size());
        }
    }

    private RecordingPainter draw(List<OwnershipPie> pies, double width, double height) {
        RecordingPainter painter = new RecordingPainter();
        renderer.draw(painter, renderer.layout(pies, width, height, ChartStyle.LIGHT), ChartStyle.LIGHT, null);
        return painter;
    }

    private static Stake stake(String holder, String percent) {
        return new Stake(holder, Ownership.EQUITY, new BigDecimal(percent), false, PartialDate.parse("2023"), "e-" + holder,
                Stake.Statement.STATED, 0, null, null, false);
    }
}
