package com.stakeline.chart.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.Box;
import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.FixedWidthMeasure;
import com.stakeline.chart.RecordingPainter;
import com.stakeline.chart.RecordingPainter.Shape;
import com.stakeline.chart.leadership.LeadershipLayout.PlacedRow;
import com.stakeline.chart.leadership.LeadershipLayout.PlacedSpell;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.RoleHistory;
import com.stakeline.domain.Tenure;
import com.stakeline.store.TestStores;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadershipRendererTest {

    private static final ChartStyle STYLE = ChartStyle.LIGHT;
    private final LeadershipRenderer renderer = new LeadershipRenderer(FixedWidthMeasure.SEVEN_PIXELS);

    private static LeadershipStrip stripOf(EventStore store) {
        return LeadershipStrip.of(CompanyHistory.of(store, store.subjectId()).roles(), store);
    }

    @Test
    void theBundledDatasetsCeoStripHandsFromWangToDroegeWithTheInterimSpellDashed() {
        EventStore scale = TestStores.scale();
        LeadershipLayout layout = renderer.layout(stripOf(scale),
                TimeWindow.of(LocalDate.of(2016, 1, 1), LocalDate.of(2026, 1, 1)), 900, 300);
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, layout, STYLE, LocalDate.of(2025, 7, 1), null);

        PlacedRow ceo = layout.rows().stream().filter(row -> row.row().role().equals("CEO")).findFirst().orElseThrow();
        assertEquals(1, ceo.tracksShown(), "successive CEOs share one track");
        List<String> holders = ceo.spells().stream().map(placed -> placed.spell().holder()).toList();
        assertEquals(List.of("Alexandr Wang", "Jason Droege (interim)"), holders);
        Box droege = ceo.spells().get(1).bar();
        assertTrue(painter.shapes("strokeRect").stream().anyMatch(rect -> rect.dashed()
                && Math.abs(rect.args()[0] - droege.x()) < 1), "the interim spell has a dashed outline");
        Box wang = ceo.spells().get(0).bar();
        assertFalse(painter.shapes("strokeRect").stream().anyMatch(rect -> rect.dashed()
                && Math.abs(rect.args()[0] - wang.x()) < 1), "Wang's spell is not interim");
        assertEquals(wang.x() + wang.width(), droege.x(), 1e-9, "Droege took over the day Wang left");
    }

    @Test
    void theCeoReplacedTwiceWithinAWeekGivesThreeBarsOnOneTrackInOrder() {
        LeadershipLayout layout = renderer.layout(stripOf(TestStores.northwind()),
                TimeWindow.of(LocalDate.of(2022, 1, 25), LocalDate.of(2022, 2, 25)), 900, 300);

        PlacedRow ceo = layout.rows().get(0);
        assertEquals("CEO", ceo.row().role());
        List<PlacedSpell> spells = ceo.spells();
        assertEquals(List.of("Ana Ruiz", "Carl Weiss (interim)", "Dana Cho"),
                spells.stream().map(placed -> placed.spell().holder()).toList());
        assertTrue(spells.stream().allMatch(placed -> placed.spell().track() == 0));
        double dayWidth = layout.axis().x(LocalDate.of(2022, 2, 2)) - layout.axis().x(LocalDate.of(2022, 2, 1));
        assertEquals(4 * dayWidth, spells.get(1).bar().width(), 1e-6, "Carl held it from the 7th to the 11th");
        Box carl = spells.get(1).bar();
        assertEquals("Carl Weiss (interim)", layout.spellAt(carl.x() + 2, carl.y() + 2).orElseThrow().holder());
        assertTrue(layout.spellAt(carl.x() + 2, carl.y() - 40).isEmpty());
    }

    @Test
    void aSpellOfDaysInAWindowOfYearsIsStillASliverAndOneOutsideTheWindowIsNotDrawn() {
        LeadershipLayout years = renderer.layout(stripOf(TestStores.northwind()),
                TimeWindow.of(LocalDate.of(2012, 1, 1), LocalDate.of(2026, 1, 1)), 600, 300);
        PlacedSpell carl = years.rows().get(0).spells().get(1);
        assertEquals("Carl Weiss (interim)", carl.spell().holder());
        assertEquals(LeadershipRenderer.MIN_BAR_WIDTH, carl.bar().width(), 1e-9);

        LeadershipLayout later = renderer.layout(stripOf(TestStores.northwind()),
                TimeWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1)), 600, 300);
        assertEquals(List.of("Dana Cho"), later.rows().get(0).spells().stream()
                .map(placed -> placed.spell().holder()).toList(), "Ana and Carl left before the window");
    }

    @Test
    void manySpellsTooShortToSeeOneAfterAnotherMakeOneSliver() {
        EventStore store = TestStores.northwind();
        LeadershipStrip.Spell ana = stripOf(store).rows().get(0).spells().get(0);
        List<LeadershipStrip.Spell> days = new java.util.ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i);
            Tenure oneDay = new Tenure("p" + i, "Director", PartialDate.ofDay(day), PartialDate.ofDay(day), day,
                    PartialDate.ofDay(day.plusDays(1)), false, "e" + i, null);
            days.add(LeadershipStrip.Spell.of(oneDay, "P" + i, 0));
        }
        days.add(LeadershipStrip.Spell.of(ana.tenure(), ana.holder(), 0));
        LeadershipStrip strip = new LeadershipStrip(List.of(new LeadershipStrip.Row("Director", days, 1, List.of(),
                List.of())));

        LeadershipLayout layout = renderer.layout(strip, TimeWindow.of(LocalDate.of(2000, 1, 1),
                LocalDate.of(2030, 1, 1)), 600, 200);

        List<PlacedSpell> bars = layout.rows().get(0).spells();
        assertEquals(2, bars.size(), "a thousand one-day spells in one sliver, and Ana's long one");
        double dayWidth = layout.axis().x(LocalDate.of(2020, 1, 2)) - layout.axis().x(LocalDate.of(2020, 1, 1));
        assertEquals(1000 * dayWidth, bars.get(0).bar().width(), LeadershipRenderer.MIN_BAR_WIDTH);
    }

    @Test
    void aVacancyIsADashedWarningLineAndTwoHoldersAtOnceAWarningBox() {
        EventStore store = TestStores.northwind();
        LeadershipStrip strip = stripOf(store);
        LeadershipStrip.Row ceo = strip.rows().get(0);
        LeadershipStrip.Row withGapAndOverlap = new LeadershipStrip.Row("CFO", ceo.spells(), 1,
                List.of(new RoleHistory.DaySpan(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1))),
                List.of(new RoleHistory.DaySpan(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 6, 1))));
        LeadershipLayout layout = renderer.layout(new LeadershipStrip(List.of(withGapAndOverlap)),
                TimeWindow.of(LocalDate.of(2018, 1, 1), LocalDate.of(2023, 1, 1)), 900, 200);
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, layout, STYLE, null, null);

        double gapStart = layout.axis().x(LocalDate.of(2019, 1, 1));
        assertTrue(painter.shapes("strokeLine").stream().anyMatch(line -> line.dashed()
                && line.state().stroke() == STYLE.warning() && Math.abs(line.args()[0] - gapStart) < 1e-9));
        assertTrue(painter.texts().contains("vacant"), painter.texts().toString());
        double overlapStart = layout.axis().x(LocalDate.of(2021, 1, 1));
        List<Shape> boxes = painter.shapes("strokeRect").stream()
                .filter(rect -> rect.state().stroke() == STYLE.warning()).toList();
        assertEquals(1, boxes.size());
        assertEquals(overlapStart, boxes.get(0).args()[0], 1e-9);
        assertTrue(painter.texts().contains("two holders at once"), painter.texts().toString());
    }

    @Test
    void atItsNaturalHeightEveryRoleFits() {
        LeadershipStrip strip = stripOf(TestStores.northwind());

        LeadershipLayout layout = renderer.layout(strip, TimeWindow.of(LocalDate.of(2010, 1, 1),
                LocalDate.of(2026, 1, 1)), 900, LeadershipRenderer.naturalHeight(strip));

        assertEquals(0, layout.hiddenRoles());
        assertEquals(strip.rows().size(), layout.rows().size());
    }

    @Test
    void rolesThatDoNotFitAreCountedNotSquashed() {
        LeadershipStrip strip = stripOf(TestStores.northwind());
        TimeWindow window = TimeWindow.of(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1));
        int roles = strip.rows().size();
        assertTrue(roles >= 2, "northwind has a CEO and a board");
        double oneRow = LeadershipRenderer.TOP + LeadershipRenderer.HEADING + LeadershipRenderer.BAR
                + LeadershipRenderer.AXIS + LeadershipRenderer.HEADING + 2;
        LeadershipLayout layout = renderer.layout(strip, window, 900, oneRow);
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, layout, STYLE, null, null);

        assertEquals(1, layout.rows().size());
        assertEquals(roles - 1, layout.hiddenRoles());
        RecordingPainter.Shape note = painter.shapes("fillText").stream()
                .filter(text -> text.text().startsWith("+" + (roles - 1) + " more role")).findFirst().orElseThrow();
        PlacedRow last = layout.rows().get(0);
        double lastBarBottom = last.tracksTop() + last.tracksShown() * LeadershipRenderer.BAR;
        assertTrue(note.args()[1] - FixedWidthMeasure.SEVEN_PIXELS.ascent(STYLE.font()) >= lastBarBottom,
                "the note is written below the bars, not over them");
    }

    @Test
    void theAsOfAndComparedDatesAreDrawnOverTheStrip() {
        LeadershipLayout layout = renderer.layout(stripOf(TestStores.scale()),
                TimeWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)), 900, 300);
        RecordingPainter painter = new RecordingPainter();

        renderer.draw(painter, layout, STYLE, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 1, 1));

        double a = layout.axis().xOfMiddle(LocalDate.of(2025, 7, 1));
        double b = layout.axis().xOfMiddle(LocalDate.of(2025, 1, 1));
        assertTrue(painter.shapes("strokeLine").stream().anyMatch(line -> !line.dashed() && line.args()[0] == a
                && line.state().stroke() == STYLE.highlight()));
        assertTrue(painter.shapes("strokeLine").stream().anyMatch(line -> line.args()[0] == b
                && line.state().stroke() == STYLE.accent()));
    }
}
