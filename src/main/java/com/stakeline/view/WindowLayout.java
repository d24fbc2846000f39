package com.stakeline.view;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Remembers where the main window was and how big, and the split between table and details, across runs. */
final class WindowLayout {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    private static final String DIVIDER = "window.divider";
    private static final String TIMELINE_DIVIDER = "window.timelineDivider";

    private final Preferences preferences;

    WindowLayout(Preferences preferences) {
        this.preferences = preferences;
    }

    /** Puts the stage where it was last time, when that place is still on a screen, and saves it on close. */
    void restoreAndTrack(Stage stage, MainWindow window) {
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        double width = preferences.getDouble(WIDTH, stage.getScene().getWidth());
        double height = preferences.getDouble(HEIGHT, stage.getScene().getHeight());
        if (!Double.isNaN(x) && !Double.isNaN(y)
                && !Screen.getScreensForRectangle(new Rectangle2D(x, y, width, height)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(width);
            stage.setHeight(height);
        }
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
        window.setDividerPositions(preferences.getDouble(TIMELINE_DIVIDER, MainWindow.DEFAULT_TIMELINE_DIVIDER),
                preferences.getDouble(DIVIDER, MainWindow.DEFAULT_DIVIDER));
        stage.setOnHiding(event -> save(stage, window));
    }

    private void save(Stage stage, MainWindow window) {
        preferences.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble(X, stage.getX());
            preferences.putDouble(Y, stage.getY());
            preferences.putDouble(WIDTH, stage.getWidth());
            preferences.putDouble(HEIGHT, stage.getHeight());
        }
        double[] dividers = window.getDividerPositions();
        preferences.putDouble(TIMELINE_DIVIDER, dividers[0]);
        preferences.putDouble(DIVIDER, dividers[1]);
    }
}
