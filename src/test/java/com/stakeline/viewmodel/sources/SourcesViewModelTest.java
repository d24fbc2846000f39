package com.stakeline.viewmodel.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.EventStore;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.store.TestStores;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SourcesViewModelTest {

    private final AnalysisContext context = new AnalysisContext();
    private final SourcesViewModel sources = new SourcesViewModel(context, new CurrentThreadTaskExecutor());

    @Test
    void theBundledDatasetHasOneDisputedDateAndTwoChecksThatPassWithTheirArithmetic() {
        open(TestStores.scale());

        assertEquals(1, sources.disputedFiguresProperty().get());
        FindingRow conflict = sources.conflicts().get(0);
        assertEquals("funding-2024", conflict.event().id());
        assertEquals("Date", conflict.what());
        assertEquals("May 2024, the source says 2023", conflict.finding());
        assertEquals("Scale AI Secures Major Meta Investment Amid CEO Alexandr Wang's Departure", conflict.source());
        assertEquals(List.of("ok ✓ $14.3B ÷ $29B = 49.3% against the stated 49%, within 1.5 points",
                        "ok ✓ known stakes sum to 49% as of June 2025"),
                sources.checks().stream().map(row -> row.outcome() + " ✓ " + row.finding()).toList());
        assertEquals(List.of("Stake from price", "Stakes within 100%"),
                sources.checks().stream().map(FindingRow::what).toList());
        assertEquals("1 figure disputed by a source · 2 of 2 checks pass", sources.summaryProperty().get());
    }

    @Test
    void theRicherStoreCountsEachDisputedFigureOnceAndSelectingARowSelectsItsEvent() {
        open(TestStores.northwind());

        assertEquals(2, sources.disputedFiguresProperty().get());
        assertTrue(sources.conflicts().stream().anyMatch(row -> row.finding().equals("~$8B, the source says $7B")),
                sources.conflicts().toString());
        sources.select(sources.conflicts().get(0));
        assertEquals(sources.conflicts().get(0).event(), context.selectionProperty().get());
    }

    private void open(EventStore store) {
        context.open(OpenedStore.prepare(store, Set.of()), false);
    }
}
