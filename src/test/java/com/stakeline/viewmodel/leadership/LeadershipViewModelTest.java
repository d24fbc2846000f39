package com.stakeline.viewmodel.leadership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.leadership.LeadershipStrip;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.ChartDates;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.viewmodel.SubjectHistory;
import com.stakeline.store.TestStores;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class LeadershipViewModelTest {

    private final AnalysisContext context = new AnalysisContext();
    private final LeadershipViewModel leadership = new LeadershipViewModel(context,
            new SubjectHistory(context, new CurrentThreadTaskExecutor()),
            new ChartDates(context, new SimpleObjectProperty<>()));

    @Test
    void afterTheDealDroegeIsInterimCeoAndWangKeepsHisBoardSeatButNotTheCeoJob() {
        open(TestStores.scale(), LocalDate.of(2025, 7, 1));

        assertEquals("Leadership of Scale AI on 1 July 2025", leadership.headingProperty().get());
        SeatRow ceo = seat("CEO");
        assertEquals("Jason Droege (interim)", ceo.heldBy());
        assertEquals("since June 2025", ceo.since());
        assertEquals("Alexandr Wang, until June 2025", ceo.before());
        assertEquals("Alexandr Wang", seat("Board director").heldBy());
        assertEquals("by June 2025 (start not reported)", seat("Board director").since());
    }

    @Test
    void beforeTheDealWangIsCeo() {
        open(TestStores.scale(), LocalDate.of(2025, 5, 1));

        assertEquals("Alexandr Wang", seat("CEO").heldBy());
        assertEquals("", seat("CEO").before());
    }

    @Test
    void aCeoReplacedTwiceWithinAWeekShowsTheInterimBetween() {
        open(TestStores.northwind(), LocalDate.of(2022, 2, 9));
        assertEquals("Carl Weiss (interim)", seat("CEO").heldBy());
        assertEquals("Ana Ruiz, until 7 February 2022", seat("CEO").before());

        context.asOfProperty().set(LocalDate.of(2022, 2, 11));
        assertEquals("Dana Cho", seat("CEO").heldBy());
        assertEquals("Carl Weiss (interim), until 11 February 2022", seat("CEO").before());
        assertEquals("", seat("CEO").flag());
    }

    @Test
    void pinningADateAfterTheDealNamesTheNewCeo() {
        open(TestStores.scale(), LocalDate.of(2025, 5, 1));

        context.compareWithProperty().set(LocalDate.of(2025, 7, 1));

        assertTrue(leadership.changes().contains("CEO: Alexandr Wang → Jason Droege (interim)"),
                leadership.changes().toString());
        assertEquals("On B, 1 Jul 2025", leadership.compareHeadingProperty().get());
        assertEquals("Alexandr Wang", seat("CEO").heldBy());
        assertEquals("Jason Droege (interim)", seat("CEO").heldOnB());
        context.compareWithProperty().set(null);
        assertTrue(leadership.changes().isEmpty());
        assertEquals("", leadership.compareHeadingProperty().get());
        assertEquals("", seat("CEO").heldOnB());
    }

    @Test
    void aRoleFirstHeldAfterTheAsOfDateIsListedWhenBIsLater() {
        open(TestStores.northwind(), LocalDate.of(2000, 1, 1));

        context.compareWithProperty().set(LocalDate.of(2022, 2, 9));

        assertEquals("not yet held", seat("CEO").heldBy());
        assertEquals("Carl Weiss (interim)", seat("CEO").heldOnB());
    }

    @Test
    void theStripHasARowPerRoleWithEveryHolderInTurn() {
        open(TestStores.northwind(), LocalDate.of(2022, 2, 9));

        LeadershipStrip.Row ceo = leadership.stripProperty().get().rows().get(0);
        assertEquals("CEO", ceo.role());
        assertEquals(List.of("Ana Ruiz", "Carl Weiss (interim)", "Dana Cho"),
                ceo.spells().stream().map(LeadershipStrip.Spell::holder).toList());
    }

    @Test
    void choosingASpellSelectsTheEventThatBeganIt() {
        open(TestStores.northwind(), LocalDate.of(2022, 2, 9));
        LeadershipStrip.Spell carl = leadership.stripProperty().get().rows().get(0).spells().get(1);

        leadership.select(carl);

        assertEquals("carl-interim", context.selectionProperty().get().id());
    }

    @Test
    void beforeAnyRoleIsHeldTheHeadingSaysSo() {
        open(TestStores.northwind(), LocalDate.of(2000, 1, 1));

        assertTrue(leadership.seats().isEmpty());
        assertEquals("Leadership of Northwind Robotics on 1 January 2000: no role is known to have been held by then",
                leadership.headingProperty().get());
    }

    @Test
    void aStoreWithNoLeadershipChangeHasAnEmptyStripAndSaysNoRoleIsKnown() {
        EventStore scale = TestStores.scale();
        open(new EventStore(scale.title(), scale.subjectId(), scale.entities(), scale.sources(),
                scale.events().stream().filter(event -> event.type() != EventType.LEADERSHIP_CHANGE).toList()),
                LocalDate.of(2025, 7, 1));

        assertTrue(leadership.stripProperty().get().rows().isEmpty());
        assertTrue(leadership.seats().isEmpty());
        assertEquals("Leadership of Scale AI on 1 July 2025: no role is known to have been held by then",
                leadership.headingProperty().get());
    }

    private void open(EventStore store, LocalDate asOf) {
        context.open(OpenedStore.prepare(store, Set.of()), false);
        context.asOfProperty().set(asOf);
    }

    private SeatRow seat(String role) {
        List<SeatRow> rows = leadership.seats().stream().filter(row -> row.role().equals(role)).toList();
        assertEquals(1, rows.size(), leadership.seats().toString());
        return rows.get(0);
    }
}
