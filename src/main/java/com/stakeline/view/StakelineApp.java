package com.stakeline.view;

import com.stakeline.chart.text.BundledFont;
import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.ThemeSetting;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop application: one main window on the store given on the command line, or the bundled dataset. */
public final class StakelineApp extends Application {

    private static final System.Logger LOG = System.getLogger(StakelineApp.class.getName());

    private static Path initialFile;

    /** Starts the app and blocks until its last window closes. */
    public static void launch(Path file) {
        initialFile = file;
        Application.launch(StakelineApp.class);
    }

    @Override
    public void start(Stage stage) {
        ErrorReporter.install(stage);
        FxTaskExecutor executor = new FxTaskExecutor();
        // While the store is read: the charts' text measure would otherwise load the font on the FX thread.
        executor.execute(() -> {
            BundledFont.preload();
            return null;
        }, loaded -> { }, failure -> LOG.log(System.Logger.Level.WARNING,
                "the bundled font could not be loaded ahead; the first chart will load it", failure));
        Preferences preferences = Preferences.userNodeForPackage(StakelineApp.class);
        MainViewModel viewModel = new MainViewModel(new EventStoreReader(), executor, preferences);
        MainWindow window = new MainWindow(viewModel, new NativeFileChooser(), new ThemeSetting(preferences));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window, Math.min(WindowLayout.DEFAULT_WIDTH, screen.getWidth() * 0.9),
                Math.min(WindowLayout.DEFAULT_HEIGHT, screen.getHeight() * 0.9)));
        AppIcon.apply(stage);
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.titleProperty().bind(viewModel.windowTitleProperty());
        new WindowLayout(preferences).restoreAndTrack(stage, window);
        stage.show();
        window.focusEvents();
        window.openAtStart(initialFile);
    }
}
