package com.stakeline.viewmodel;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files (the error log, recovery copies of unsaved work): the platform's folder for
 * application data, or the folder the {@code stakeline.data} system property names.
 */
public final class AppData {

    private AppData() {
    }

    /** The folder, which may not exist yet. */
    public static Path folder() {
        String chosen = System.getProperty("stakeline.data");
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return appData == null ? Path.of(home, "AppData", "Roaming", "Stakeline") : Path.of(appData, "Stakeline");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Stakeline");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share", "stakeline") : Path.of(xdg, "stakeline");
    }
}
