package com.stakeline.viewmodel.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventSummaryTest {

    private final EventStore store = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "meta-stake | $14.3B for 49% at $29B post-money",
            "funding-2024 | $1B at ~$14B post-money",
            "droege-interim-ceo | Jason Droege, CEO: appointed on an interim basis",
            "deal-advisers | ''"})
    void theTooltipGivesTheKeyFigures(String eventId, String figures) {
        assertEquals(figures, EventSummary.keyFigures(store.event(eventId).orElseThrow(), store));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"meta-stake | June 2025 · Stake acquisition"})
    void theTooltipStartsWithDateAndType(String eventId, String firstLine) {
        assertEquals(firstLine, EventSummary.describe(store.event(eventId).orElseThrow(), store).lines().findFirst().orElseThrow());
    }
}
