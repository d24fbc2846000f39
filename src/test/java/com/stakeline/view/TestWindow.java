package com.stakeline.view;

import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.RecentFiles;
import com.stakeline.viewmodel.ThemeSetting;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The whole main window, for view tests that drive it as an analyst would. */
public final class TestWindow {

    private TestWindow() {
    }

    /**
     * Shows the main window on {@code stage} at 1280×800, remembering in {@code preferences}, and starts opening the
     * bundled dataset; the file chooser chooses nothing.
     */
    public static MainViewModel showBundled(Stage stage, Preferences preferences) {
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
}
