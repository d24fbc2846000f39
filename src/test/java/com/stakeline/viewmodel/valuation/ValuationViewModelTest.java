package com.stakeline.viewmodel.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ValuationViewModelTest {

    private final AnalysisContext context = new AnalysisContext();
    private final ValuationViewModel valuation = new ValuationViewModel(context,
            new SubjectHistory(context, new CurrentThreadTaskExecutor()),
            new ChartDates(context, new SimpleObjectProperty<>()));

    @Test
    void theBundledDatasetHasTwoValuationsWithinTenfoldSoTheAxisStartsLinear() {
        open(TestStores.scale());

        assertEquals(2, valuation.chartProperty().get().steps().size());
        assertFalse(valuation.logProperty().get());
        assertEquals("Post-money valuation of Scale AI (2 valuations; dashed: approximate; a band: sources disagree)",
                valuation.headingProperty().get());
    }

    @Test
    void roundsFromTenMillionToNineBillionStartOnTheLogAxis() {
        open(TestStores.northwind());

        assertTrue(valuation.logProperty().get());
        assertEquals(5, valuation.chartProperty().get().steps().size());
    }

    @Test
    void theRoundsTableListsEachRoundAndCopiesAsTabSeparatedLinesForSpreadsheets() {
        open(TestStores.northwind());

        assertEquals(List.of("Seed", "Series A", "Series B", "Series C"),
                valuation.rounds().stream().map(RoundRow::round).toList());
        String copied = ValuationViewModel.tabSeparated(valuation.rounds().subList(2, 4));

        assertEquals(List.of(
                "date\tround\tamount\tpre-money\tpost-money\tcurrency\tstep-up\tlead investors\tother investors\tsources",
                "2018-04\tSeries B\t80000000\t720000000\t800000000\tUSD\t10.67\tSummit Capital\t\t"
                        + "Invented wire report on Northwind Robotics",
                "2021-11\tSeries C\t400000000\t\t8000000000\tUSD\t10\tAcme Industrial\t\t"
                        + "Invented wire report on Northwind Robotics; Invented trade-press profile of Northwind"),
                copied.lines().toList());
        assertEquals("~10×", valuation.rounds().get(3).stepUpText());
    }

    @Test
    void pinningADateComparesTheValuationsAndTheirMultiple() {
        open(TestStores.scale());
        context.asOfProperty().set(LocalDate.of(2024, 6, 1));

        context.compareWithProperty().set(LocalDate.of(2025, 7, 1));

        assertEquals("Valuation 1 June 2024 → 1 July 2025: ~$14B → $29B, ~2.07×", valuation.comparisonProperty().get());
        context.compareWithProperty().set(null);
        assertEquals("", valuation.comparisonProperty().get());
    }

    @Test
    void aStoreWithNoValuationSaysSo() {
        EventStore scale = TestStores.scale();
        open(new EventStore(scale.title(), scale.subjectId(), scale.entities(), scale.sources(),
                scale.events().stream().filter(event -> event.type() != EventType.FUNDING_ROUND
                        && event.type() != EventType.STAKE_ACQUISITION).toList()));

        assertTrue(valuation.chartProperty().get().steps().isEmpty());
        assertEquals("No post-money valuation of Scale AI is known", valuation.headingProperty().get());
    }

    private void open(EventStore store) {
        context.open(OpenedStore.prepare(store, Set.of()), false);
    }
}
