package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.stakeline.domain.EventStore;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenedStoreTest {

    @Test
    void aReloadIsANewOpenedStoreEvenWhenNothingChanged() {
        // Listeners compare the old opened store with the new one; by content that walks every event.
        EventStore store = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();
        OpenedStore first = OpenedStore.prepare(store, Set.of());
        OpenedStore reloaded = OpenedStore.prepare(store, Set.of());

        assertNotEquals(first, reloaded);
        assertEquals(first.conflicted(), reloaded.conflicted());
        assertEquals(first, first);
    }
}
