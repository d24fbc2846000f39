package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.store.BundledDataset;
import com.stakeline.store.EventStoreReader;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

    @Test
    void theLanesHearWhenTheTenuresTheyWaitForCannotBeWorkedOut() throws Exception {
        // The reader rejects a leadership change that names no one; a store built in code need not.
        Event nobody = new Event("change", EventType.LEADERSHIP_CHANGE, PartialDate.parse("2024"), null, "acme",
                "A change", null, List.of(), List.of(Citation.of("src")), FieldValues.empty());
        EventStore store = new EventStore("Test", "acme",
                List.of(new Entity("acme", "Acme", EntityKind.COMPANY, List.of(), null, null)),
                List.of(new Source("src", "Article", null, null, null, null, null)), List.of(nobody));
        CompletableFuture<Throwable> heard = new CompletableFuture<>();

        assertThrows(NoSuchElementException.class, () -> OpenedStore.prepareWithLanes(store, Set.of(), tenures -> {
            try {
                tenures.get();
            } catch (RuntimeException failure) {
                heard.complete(failure);
            }
            return null;
        }));
        // Without the failure passed on, the lanes' thread would wait for ever and this would time out.
        assertInstanceOf(NoSuchElementException.class, heard.get(10, TimeUnit.SECONDS).getCause());
    }
}
