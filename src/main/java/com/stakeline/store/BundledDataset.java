package com.stakeline.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The Scale AI–Meta dataset that ships inside the application, so it opens from any folder. */
public final class BundledDataset {

    /** How problems and the window title name the bundled file. */
    public static final String NAME = "scale-ai-meta.json";

    private BundledDataset() {
    }

    /** Reads the bundled dataset with the given reader. */
    public static LoadReport read(EventStoreReader reader) {
        try (InputStream in = open()) {
            return reader.read(NAME, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled dataset's bytes, for the caller to close. */
    public static InputStream open() {
        InputStream in = BundledDataset.class.getResourceAsStream(NAME);
        if (in == null) {
            throw new IllegalStateException("the bundled dataset " + NAME + " is missing from the application");
        }
        return in;
    }
}
