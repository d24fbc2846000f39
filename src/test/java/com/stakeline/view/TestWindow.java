package com.stakeline.view;

import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;

/**
 * The whole main window on the bundled dataset, with preferences of its own, for view tests that drive it as an
 * analyst would. Registered as an extension ({@code @RegisterExtension}) beside TestFX's {@code ApplicationExtension},
 * it shows the window before each test and forgets its preferences after, so a test class needs no
 * {@code @Start} method of its own.
 */
public final class TestWindow implements BeforeEachCallback, AfterEachCallback {

    private final Preferences preferences = TestPreferences.fresh();
    private MainViewModel viewModel;

    /**
     * Shows the main window at 1280×800 on TestFX's stage and starts opening the bundled dataset; the file chooser
     * chooses nothing.
     */
    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            viewModel = new MainViewModel(new EventStoreReader(), new FxTaskExecutor(), preferences);
            stage.setScene(new Scene(new MainWindow(viewModel, (owner, folder) -> Optional.empty(),
                    new ThemeSetting(preferences)), 1280, 800));
            // TestFX hands every test the same stage; a size one test set must not carry into the next.
            stage.sizeToScene();
            stage.show();
            viewModel.openBundled();
        });
    }

    /** Removes the window's preferences. */
    @Override
    public void afterEach(ExtensionContext context) {
        TestPreferences.remove(preferences);
    }

    /** The shown window's view-model. */
    public MainViewModel viewModel() {
        return viewModel;
    }
}
