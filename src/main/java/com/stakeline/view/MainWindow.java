package com.stakeline.view;

import com.stakeline.store.LoadReport;
import com.stakeline.viewmodel.MainViewModel;
import java.nio.file.Path;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.textfield.TextFields;

/**
 * The main window's content: the menu, the filterable event table beside the detail pane, and the status bar.
 * It binds to {@link MainViewModel} and forwards the user's gestures to it.
 */
public final class MainWindow extends BorderPane {

    /** Where the split between table and details starts, as a fraction of the width. */
    static final double DEFAULT_DIVIDER = 0.58;

    private static final String STYLESHEET = "stakeline.css";

    private final MainViewModel viewModel;
    private final FileChooserService fileChooser;
    private final SplitPane split;
    private final EventTableView table;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final TextField filterField = TextFields.createClearableTextField();

    /** The window for {@code viewModel}, asking for files through {@code fileChooser}. */
    public MainWindow(MainViewModel viewModel, FileChooserService fileChooser) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());

        table = new EventTableView(viewModel);
        EventDetailsView details = new EventDetailsView(viewModel.details());
        split = new SplitPane(tablePane(table), details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(DEFAULT_DIVIDER);
        SplitPane.setResizableWithParent(details, false);

        setTop(menuBar());
        setCenter(split);
        setBottom(statusBar());
        viewModel.failedLoadProperty().addListener((observable, old, report) -> {
            if (report != null) {
                showProblems(report);
            }
        });
    }

    /** Puts the keyboard in the event table, where arrow keys move through the events. */
    public void focusEvents() {
        table.requestFocus();
    }

    /** Where the divider between table and details stands, as a fraction of the width. */
    double getDividerPosition() {
        return split.getDividerPositions()[0];
    }

    /** Moves the divider between table and details. */
    void setDividerPosition(double position) {
        split.setDividerPositions(position);
    }

    private VBox tablePane(EventTableView table) {
        filterField.setId("filter-field");
        filterField.setPromptText("Filter events by title, summary, party or tag (Ctrl+F)");
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filterField.setTooltip(new Tooltip("Shows only events whose text, parties or tags contain these words"));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox pane = new VBox(filterField, table);
        pane.getStyleClass().add("table-pane");
        return pane;
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseAndOpen());

        viewModel.recentFiles().files().addListener((ListChangeListener<Path>) change -> rebuildRecentMenu());
        rebuildRecentMenu();

        MenuItem reload = new MenuItem("_Reload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.setOnAction(event -> viewModel.reload());
        reload.disableProperty().bind(viewModel.storeProperty().isNull().or(viewModel.loadingProperty()));

        MenuItem openBundled = new MenuItem("Open _Sample Dataset (Scale AI)");
        openBundled.setOnAction(event -> viewModel.openBundled());

        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> getScene().getWindow().hide());

        Menu file = new Menu("_File", null, open, recentMenu, openBundled, reload, new SeparatorMenuItem(), quit);

        MenuItem find = new MenuItem("_Filter Events");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(event -> filterField.requestFocus());
        Menu edit = new Menu("_Edit", null, find);

        MenuBar bar = new MenuBar(file, edit);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.recentFiles().files()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.open(path));
            recentMenu.getItems().add(item);
        }
        if (!recentMenu.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("_Clear Recent Files");
            clear.setOnAction(event -> viewModel.recentFiles().clear());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private void chooseAndOpen() {
        Path current = viewModel.fileProperty().get();
        Path startFolder = current == null ? null : current.toAbsolutePath().getParent();
        fileChooser.chooseStoreFile(getScene().getWindow(), startFolder).ifPresent(viewModel::open);
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("status-progress");
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Hyperlink warnings = new Hyperlink();
        warnings.setId("warnings-link");
        warnings.setText("Show warnings");
        warnings.setTooltip(new Tooltip("Figures in this file that do not add up"));
        warnings.visibleProperty().bind(Bindings.isNotEmpty(viewModel.warnings()));
        warnings.managedProperty().bind(warnings.visibleProperty());
        warnings.setOnAction(event -> new ProblemsDialog(getScene().getWindow(), viewModel.fileNameProperty().get()
                + ": warnings", "The file loaded. These figures do not add up; check them against the sources.",
                viewModel.warnings()).show());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label file = new Label();
        file.setId("status-file");
        file.textProperty().bind(viewModel.fileNameProperty());

        HBox bar = new HBox(progress, status, warnings, spacer, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showProblems(LoadReport report) {
        String kept = viewModel.getStore() == null ? "No dataset is open."
                : "The dataset that was open stays open; nothing was changed.";
        int count = report.errors().size();
        new ProblemsDialog(getScene().getWindow(), report.file() + " could not be opened",
                count + (count == 1 ? " problem" : " problems") + " must be fixed before this file can be opened. " + kept,
                report.problems()).show();
    }
}
