package com.stakeline.view;

import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.RecentFiles;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The whole main window on the bundled dataset, with preferences of its own, for view tests that drive it as an
 * analyst would. TestFX calls only the {@code @Start} method a test class declares itself, so each test class has
 * one that calls {@link #show}.
 */
public final class TestWindow {

    private final Preferences preferences = TestPreferences.fresh();

    /**
     * Shows the main window on {@code stage} at 1280×800 and starts opening the bundled dataset; the file chooser
     * chooses nothing.
     */
    public MainViewModel show(Stage stage) {
        MainViewModel viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(),
                new RecentFiles(preferences));
        stage.setScene(new Scene(new MainWindow(viewModel, (owner, folder) -> Optional.empty(),
                new ThemeSetting(preferences)), 1280, 800));
        // TestFX hands every test the same stage; a size one test set must not carry into the next.
        stage.sizeToScene();
        stage.show();
        viewModel.openBundled();
        return viewModel;
    }

    /** Removes the window's preferences. */
    public void forget() {
        TestPreferences.remove(preferences);
    }
}
