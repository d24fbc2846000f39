package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ThemeSettingTest {

    private final Preferences preferences = TestPreferences.fresh();

    @AfterEach
    void forgetPreferences() {
        TestPreferences.remove(preferences);
    }

    @Test
    void theDarkThemeIsRememberedForTheNextRun() {
        assertFalse(new ThemeSetting(preferences).darkProperty().get(), "light by default");
        new ThemeSetting(preferences).darkProperty().set(true);
        assertTrue(new ThemeSetting(preferences).darkProperty().get());
    }
}
