package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventDetailsViewModelTest {

    private final EventStore store = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();
    private final DeferredTaskExecutor executor = new DeferredTaskExecutor();
    private final EventDetailsViewModel details = new EventDetailsViewModel(executor);

    @Test
    void theFiguresShowAtOnceAndTheChecksSayTheyAreComing() {
        details.show(store, store.event("meta-stake").orElseThrow());
        assertEquals("Meta buys 49% of Scale AI", details.titleProperty().get());
        assertEquals(List.of(), details.checks());
        assertEquals("Checking the figures…", details.checksStatusProperty().get());

        executor.runInOrder(0);
        assertEquals("", details.checksStatusProperty().get());
        assertTrue(details.checks().stream().allMatch(CheckResult::passed), details.checks().toString());
        assertEquals(2, details.checks().size());
    }

    @Test
    void checksThatFinishAfterANewerSelectionAreDropped() {
        details.show(store, store.event("meta-stake").orElseThrow());
        details.show(store, store.event("wang-leaves-ceo").orElseThrow());
        executor.runInOrder(1, 0);
        assertEquals("Alexandr Wang steps down as CEO to join Meta", details.titleProperty().get());
        assertEquals(List.of(), details.checks(), "the stake's checks do not land on the leadership change");
        assertEquals("", details.checksStatusProperty().get());
    }
}
