package com.stakeline.viewmodel;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** A throw-away preferences node, so tests never touch the user's own recent files or window layout. */
public final class TestPreferences {

    private TestPreferences() {
    }

    /** A new, empty node. */
    public static Preferences fresh() {
        return Preferences.userRoot().node("stakeline-tests/" + UUID.randomUUID());
    }

    /** Removes a node made by {@link #fresh()}. */
    public static void remove(Preferences node) {
        try {
            node.removeNode();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
