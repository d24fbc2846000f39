package com.stakeline.store;

import com.stakeline.domain.EventStore;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;

/** The stores tests across the layers open. */
public final class TestStores {

    private TestStores() {
    }

    /** The bundled Scale AI dataset. */
    public static EventStore scale() {
        return BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();
    }

    /**
     * The hand-written Northwind Robotics store: rounds from $10M to $9B, tranches, a sale by one seller and one by
     * two, a profit interest, a CEO replaced twice within a week, and sources that disagree.
     */
    public static EventStore northwind() {
        try {
            Path file = Path.of(Objects.requireNonNull(TestStores.class.getResource("/stores/northwind-robotics.json"))
                    .toURI());
            return new EventStoreReader().read(file).loaded().orElseThrow();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
