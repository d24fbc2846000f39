package com.stakeline.view;

import java.util.Comparator;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Remembers where the main window was and how big, where every split pane's divider stood (the timeline above the
 * tabs, and the splits inside each tab), and the analysis tab shown, across runs.
 */
final class WindowLayout {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 800;

    /** How close to an edge a remembered divider may sit; nearer than this, its pane would be unreachable. */
    private static final double DIVIDER_MARGIN = 0.05;

    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";
    /** Before a split pane's id: each pane's divider is remembered under its own key. */
    private static final String DIVIDER = "window.divider.";
    private static final String TAB = "window.tab";

    private final Preferences preferences;

    WindowLayout(Preferences preferences) {
        this.preferences = preferences;
    }

    /**
     * Puts the stage where it was last time, fitted to the screens there are now, and saves its place on close.
     * Remembered values that make no sense, hand-edited or from a broken run, are ignored.
     */
    void restoreAndTrack(Stage stage, MainWindow window) {
        double x = preferences.getDouble(X, Double.NaN);
        double y = preferences.getDouble(Y, Double.NaN);
        double width = preferences.getDouble(WIDTH, Double.NaN);
        double height = preferences.getDouble(HEIGHT, Double.NaN);
        // NaN (nothing remembered) and hand-edited nonsense both fail these tests and leave the default place.
        if (Double.isFinite(x + y + width + height) && width > 0 && height > 0) {
            List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            Rectangle2D bounds = fit(new Rectangle2D(x, y, width, height), screens, Screen.getPrimary().getVisualBounds());
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        }
        stage.setMaximized(preferences.getBoolean(MAXIMIZED, false));
        for (SplitPane pane : window.splitPanes()) {
            double fallback = pane.getDividerPositions()[0];
            pane.setDividerPositions(divider(preferences.getDouble(DIVIDER + pane.getId(), Double.NaN), fallback));
        }
        // An index past the tabs there are (a newer version's, or hand-edited) is ignored.
        window.setSelectedTab(preferences.getInt(TAB, 0));
        stage.setOnHiding(event -> save(stage, window));
    }

    /**
     * Where a window remembered at {@code remembered} should open now: on the screen that holds most of it (the
     * primary screen if none does), shrunk to that screen's usable area and moved fully onto it.
     */
    static Rectangle2D fit(Rectangle2D remembered, List<Rectangle2D> screens, Rectangle2D primary) {
        Rectangle2D screen = screens.stream()
                .filter(candidate -> overlap(candidate, remembered) > 0)
                .max(Comparator.comparingDouble(candidate -> overlap(candidate, remembered)))
                .orElse(primary);
        double width = Math.min(remembered.getWidth(), screen.getWidth());
        double height = Math.min(remembered.getHeight(), screen.getHeight());
        double x = clamp(remembered.getMinX(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(remembered.getMinY(), screen.getMinY(), screen.getMaxY() - height);
        return new Rectangle2D(x, y, width, height);
    }

    /** A remembered divider position, or {@code fallback} when it is missing or would hide a pane. */
    static double divider(double remembered, double fallback) {
        return remembered >= DIVIDER_MARGIN && remembered <= 1 - DIVIDER_MARGIN ? remembered : fallback;
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        double width = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double height = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return width > 0 && height > 0 ? width * height : 0;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /** Saves where {@code stage} is and how {@code window} is laid out. */
    void save(Stage stage, MainWindow window) {
        preferences.putBoolean(MAXIMIZED, stage.isMaximized());
        if (!stage.isMaximized()) {
            preferences.putDouble(X, stage.getX());
            preferences.putDouble(Y, stage.getY());
            preferences.putDouble(WIDTH, stage.getWidth());
            preferences.putDouble(HEIGHT, stage.getHeight());
        }
        for (SplitPane pane : window.splitPanes()) {
            preferences.putDouble(DIVIDER + pane.getId(), pane.getDividerPositions()[0]);
        }
        preferences.putInt(TAB, window.getSelectedTab());
    }
}
