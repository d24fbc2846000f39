package com.stakeline.viewmodel.ownership;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.chart.ownership.PieSlice;
import com.stakeline.domain.EventStore;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.viewmodel.SubjectHistory;
import com.stakeline.store.TestStores;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OwnershipViewModelTest {

    private final AnalysisContext context = new AnalysisContext();
    private final OwnershipViewModel ownership =
            new OwnershipViewModel(context, new SubjectHistory(context, new CurrentThreadTaskExecutor()));

    private void open(EventStore store, LocalDate asOf) {
        context.open(OpenedStore.prepare(store, Set.of()), false);
        context.asOfProperty().set(asOf);
    }

    @Test
    void afterTheDealMetaHolds49PercentWorth14BillionAndTheRestIsUndisclosed() {
        open(TestStores.scale(), LocalDate.of(2025, 7, 1));

        assertEquals("Ownership of Scale AI (equity) as of 1 July 2025", ownership.headingProperty().get());
        assertEquals(List.of(List.of("Meta Platforms 49%", "Undisclosed / other 51%")), slices());
        PieSlice meta = ownership.piesProperty().get().get(0).slices().get(0);
        assertEquals("worth $14.21B at the $29B post-money valuation", meta.detail());
    }

    @Test
    void beforeTheDealThePieIsAllUndisclosedAndSaysNoStakeIsKnown() {
        open(TestStores.scale(), LocalDate.of(2025, 5, 31));

        assertEquals(List.of(List.of("Undisclosed / other 100%")), slices());
        assertEquals(List.of("No equity stake in Scale AI is known by this date."),
                ownership.piesProperty().get().get(0).notes());
    }

    @Test
    void selectingAStakeEventComparesTheDayBeforeWithTheEventsOwnDate() {
        EventStore scale = TestStores.scale();
        open(scale, LocalDate.of(2020, 1, 1));

        context.selectionProperty().set(scale.event("meta-stake").orElseThrow());

        List<OwnershipPie> pies = ownership.piesProperty().get();
        assertEquals(List.of("Just before, 31 May 2025", "Just after, June 2025"),
                pies.stream().map(OwnershipPie::caption).toList());
        assertEquals(List.of(List.of("Undisclosed / other 100%"), List.of("Meta Platforms 49%", "Undisclosed / other 51%")),
                slices());
        context.selectionProperty().set(scale.event("wang-leaves-ceo").orElseThrow());
        assertEquals(1, ownership.piesProperty().get().size(), "a leadership change shows the as-of pie");
    }

    @Test
    void pinningASecondDateShowsBothPiesAndEachHoldersChangeUntilItIsCleared() {
        open(TestStores.scale(), LocalDate.of(2025, 5, 1));

        context.compareWithProperty().set(LocalDate.of(2025, 7, 1));

        assertEquals(List.of("A: 1 May 2025", "B: 1 July 2025"),
                ownership.piesProperty().get().stream().map(OwnershipPie::caption).toList());
        assertEquals(List.of("Meta Platforms 0% → 49%"), List.copyOf(ownership.changes()));
        context.compareWithProperty().set(null);
        assertEquals(1, ownership.piesProperty().get().size());
        assertTrue(ownership.changes().isEmpty());
    }

    @Test
    void theStakeHistoryListsEachHoldersTranchesWithWhatWasPaidAndTheSellersLeftovers() {
        open(TestStores.northwind(), LocalDate.of(2024, 1, 1));

        List<String> summit = rows("Summit Capital");
        assertEquals(List.of("14 Sep 2015 20% $15M", "15 Jan 2019 25% $50M", "1 Jul 2019 30% $55M"), summit);
        List<String> ben = rows("Ben Okafor");
        assertEquals(3, ben.size(), ben.toString());
        assertTrue(ben.get(1).endsWith("—"), "a seller paid nothing: " + ben);
        assertTrue(rows("Ana Ruiz").get(1).contains("at most"), rows("Ana Ruiz").toString());
    }

    @Test
    void aSaleBetweenSeveralSellersShowsTheirStakesAsUpperBoundsAndTheBasisSwitchShowsTheProfitInterest() {
        open(TestStores.northwind(), LocalDate.of(2024, 1, 1));
        List<String> equity = slices().get(0);
        assertTrue(equity.contains("Acme Industrial 35%"), equity.toString());
        assertTrue(equity.stream().anyMatch(slice -> slice.startsWith("Ana Ruiz at most")), equity.toString());
        assertEquals(List.of("equity", "profit interest"), List.copyOf(ownership.bases()));

        ownership.basisProperty().set("profit interest");

        assertEquals("Ownership of Northwind Robotics (profit interest) as of 1 January 2024",
                ownership.headingProperty().get());
        List<String> profit = slices().get(0);
        assertTrue(profit.get(0).startsWith("Northwind Staff Trust "), profit.toString());
        assertTrue(profit.get(1).startsWith("Undisclosed / other "), profit.toString());
    }

    @Test
    void clickingAHoldersSliceFiltersToItAndOutlinesItTheUndisclosedRestDoesNothing() {
        open(TestStores.northwind(), LocalDate.of(2024, 1, 1));

        ownership.showHolder("summit");
        assertEquals(Set.of("summit"), Set.copyOf(context.entityFilter()));
        assertEquals("summit", ownership.highlightedHolderProperty().get());
        ownership.showHolder(null);
        assertEquals(Set.of("summit"), Set.copyOf(context.entityFilter()));
        context.entityFilter().add("acme");
        assertNull(ownership.highlightedHolderProperty().get(), "two holders: neither is outlined");
    }

    @Test
    void aStoreWithNoStakesSaysSoInThePieAndLeavesTheTableEmpty() {
        EventStore scale = TestStores.scale();
        EventStore noStakes = new EventStore(scale.title(), scale.subjectId(), scale.entities(), scale.sources(),
                scale.events().stream().filter(event -> !event.id().equals("meta-stake")).toList());
        open(noStakes, LocalDate.of(2026, 1, 1));

        assertEquals(List.of(List.of("Undisclosed / other 100%")), slices());
        assertTrue(ownership.stakeRows().isEmpty());
    }

    private List<List<String>> slices() {
        return ownership.piesProperty().get().stream()
                .map(pie -> pie.slices().stream().map(slice -> slice.name() + " " + slice.figure()).toList())
                .toList();
    }

    private List<String> rows(String holder) {
        return ownership.stakeRows().stream().filter(row -> row.holder().equals(holder))
                .map(row -> row.date().compact() + " " + row.stake() + " " + row.paid()).toList();
    }
}
