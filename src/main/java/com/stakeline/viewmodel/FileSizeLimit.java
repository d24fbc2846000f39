package com.stakeline.viewmodel;

import com.stakeline.store.EventStoreReader;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The largest file the app opens, in MiB, remembered in the user's preferences. A store past it is refused before it
 * is read; a remembered value that is not one of the choices falls back to the default.
 */
public final class FileSizeLimit {

    /** The sizes offered, in MiB: from a quarter of the default to eight times it. */
    public static final List<Integer> CHOICES = List.of(256, 512, 1024, 2048, 4096, 8192);

    private static final String KEY = "reader.maxFileMiB";

    private final IntegerProperty mebibytes;

    /** The limit stored in {@code preferences}. */
    public FileSizeLimit(Preferences preferences) {
        int stored = preferences.getInt(KEY, EventStoreReader.DEFAULT_MAX_MEBIBYTES);
        mebibytes = new SimpleIntegerProperty(this, "mebibytes",
                CHOICES.contains(stored) ? stored : EventStoreReader.DEFAULT_MAX_MEBIBYTES);
        mebibytes.addListener((observable, old, chosen) -> {
            if (CHOICES.contains(chosen.intValue())) {
                preferences.putInt(KEY, chosen.intValue());
            } else {
                mebibytes.set(old.intValue());
            }
        });
    }

    /** The limit in MiB; one of {@link #CHOICES}. */
    public IntegerProperty mebibytesProperty() {
        return mebibytes;
    }

    /** The limit in bytes. */
    public long bytes() {
        return mebibytes.get() * 1024L * 1024;
    }

    /** A size for people: "512 MiB", "2 GiB". */
    public static String describe(int mebibytes) {
        return mebibytes < 1024 ? mebibytes + " MiB" : mebibytes / 1024 + " GiB";
    }
}
