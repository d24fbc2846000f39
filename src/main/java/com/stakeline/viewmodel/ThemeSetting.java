package com.stakeline.viewmodel;

import java.util.prefs.Preferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** Whether the app uses its dark theme, remembered in the user's preferences. */
public final class ThemeSetting {

    private static final String KEY = "theme.dark";

    private final BooleanProperty dark;

    /** The setting stored in {@code preferences}. */
    public ThemeSetting(Preferences preferences) {
        dark = new SimpleBooleanProperty(this, "dark", preferences.getBoolean(KEY, false));
        dark.addListener((observable, old, isDark) -> preferences.putBoolean(KEY, isDark));
    }

    /** Whether the dark theme is on. */
    public BooleanProperty darkProperty() {
        return dark;
    }
}
