package com.stakeline.view;

import com.stakeline.chart.timeline.Grouping;
import com.stakeline.domain.Entity;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Source;
import com.stakeline.domain.StoreEdits;
import com.stakeline.store.LoadReport;
import com.stakeline.view.edit.EventFormDialog;
import com.stakeline.view.edit.ItemForms;
import com.stakeline.view.export.ChartMenu;
import com.stakeline.view.export.ClipboardImage;
import com.stakeline.view.export.ExportDialog;
import com.stakeline.view.leadership.LeadershipView;
import com.stakeline.view.ownership.OwnershipView;
import com.stakeline.view.sources.SourcesView;
import com.stakeline.view.timeline.TimelineToolbar;
import com.stakeline.view.timeline.TimelineView;
import com.stakeline.view.valuation.ValuationView;
import com.stakeline.viewmodel.FileSizeLimit;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.viewmodel.edit.EntityFormViewModel;
import com.stakeline.viewmodel.edit.EventFormViewModel;
import com.stakeline.viewmodel.edit.SourceFormViewModel;
import com.stakeline.viewmodel.export.ExportTarget;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerExpression;
import javafx.beans.property.IntegerProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.controlsfx.control.textfield.TextFields;

/**
 * The main window's content: the menu, the filterable event table beside the detail pane, and the status bar.
 * It binds to {@link MainViewModel} and forwards the user's gestures to it.
 */
public final class MainWindow extends BorderPane {

    /** Where the split between table and details starts, as a fraction of the width. */
    private static final double DEFAULT_DIVIDER = 0.58;
    /** Where the split between timeline and table starts, as a fraction of the height. */
    private static final double DEFAULT_TIMELINE_DIVIDER = 0.58;

    private static final String STYLESHEET = "stakeline.css";
    /** The least height of the tabs under the timeline. */
    private static final double ANALYSIS_MIN_HEIGHT = 200;
    /** The style class on the scene's root that turns the dark theme on. */
    static final String DARK = "dark";

    private final MainViewModel viewModel;
    private final FileChooserService fileChooser;
    private final SplitPane split;
    private final SplitPane timelineSplit;
    private final EventTableView table;
    private final TabPane tabs;
    private final Tab eventsTab;
    private final Tab ownershipTab;
    private final Tab sourcesTab;
    private final Tab leadershipTab;
    private final Tab valuationTab;
    private final TimelineView timeline;
    private final ThemeSetting theme;
    private final SaveActions saving;
    private final Menu recentMenu = new Menu("Open _Recent");
    private final TextField filterField = TextFields.createClearableTextField();
    /** Made when first asked for: most sessions never export. */
    private ExportDialog exportDialog;

    /** The window for {@code viewModel}, asking for files through {@code fileChooser}, in the theme {@code theme} sets. */
    public MainWindow(MainViewModel viewModel, FileChooserService fileChooser, ThemeSetting theme) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        this.saving = new SaveActions(viewModel, fileChooser, () -> getScene().getWindow());
        this.theme = theme;
        getStyleClass().add("main-window");
        getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET)).toExternalForm());
        theme.darkProperty().addListener((observable, old, dark) -> applyTheme());
        sceneProperty().addListener((observable, old, scene) -> applyTheme());

        table = new EventTableView(viewModel);
        table.setOnMouseClicked(click -> {
            if (click.getClickCount() == 2 && viewModel.selectedEventProperty().get() != null) {
                editSelected();
            }
        });
        // A table takes F2 to edit a cell, which this one never does: here it edits the event.
        table.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.getCode() == KeyCode.F2 && !key.isShortcutDown()) {
                key.consume();
                editSelected();
            }
        });
        EventDetailsView details = new EventDetailsView(viewModel.details());
        split = new SplitPane(table, details);
        split.setId("events-split");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(DEFAULT_DIVIDER);
        SplitPane.setResizableWithParent(details, false);

        timeline = new TimelineView(viewModel.timeline());
        timeline.setId("timeline");
        timeline.onOpenDetailsProperty().set(details::focusContent);
        OwnershipView ownership = new OwnershipView(viewModel.ownership());
        ValuationView valuation = new ValuationView(viewModel.valuation());
        LeadershipView leadership = new LeadershipView(viewModel.leadership());
        ChartMenu.install(timeline, ExportTarget.TIMELINE, this::showExport, this::copyChart);
        ChartMenu.install(ownership.chart(), ExportTarget.OWNERSHIP, this::showExport, this::copyChart);
        ChartMenu.install(valuation.chart(), ExportTarget.VALUATION, this::showExport, this::copyChart);
        ChartMenu.install(leadership.chart(), ExportTarget.LEADERSHIP, this::showExport, this::copyChart);
        ownershipTab = new Tab("Ownership", ownership);
        ownershipTab.setTooltip(new Tooltip("Who owned what on the as-of date, and every holder's stake history (Ctrl+2)"));
        eventsTab = new Tab("Events", split);
        eventsTab.setTooltip(new Tooltip("The events that pass the filters, and the selected one's details (Ctrl+1)"));
        sourcesTab = new Tab("Sources & Checks", new SourcesView(viewModel.sources()));
        sourcesTab.setTooltip(new Tooltip("Every figure a source disputes, and every consistency check (Ctrl+5)"));
        IntegerExpression disputed = viewModel.sources().disputedFiguresProperty();
        sourcesTab.textProperty().bind(Bindings.when(disputed.greaterThan(0))
                .then(Bindings.concat("Sources & Checks (", disputed, " disputed)")).otherwise("Sources & Checks"));
        leadershipTab = new Tab("Leadership", leadership);
        leadershipTab.setTooltip(new Tooltip("Who held each role on the as-of date, and who before them (Ctrl+4)"));
        valuationTab = new Tab("Valuation", valuation);
        valuationTab.setTooltip(new Tooltip("The post-money valuation over the timeline's visible years (Ctrl+3)"));
        tabs = new TabPane(eventsTab, ownershipTab, valuationTab, leadershipTab, sourcesTab);
        tabs.setId("analysis-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // Below this, a pie or a table shows nothing readable; the timeline gives up the room instead.
        tabs.setMinHeight(ANALYSIS_MIN_HEIGHT);
        BorderPane analysis = new BorderPane(tabs);
        analysis.setTop(compareBar());
        timelineSplit = new SplitPane(new StackPane(timeline, emptyState()), analysis);
        timelineSplit.setId("timeline-split");
        timelineSplit.setOrientation(Orientation.VERTICAL);
        timelineSplit.setDividerPositions(DEFAULT_TIMELINE_DIVIDER);

        configureSearchField();
        setTop(new VBox(menuBar(), new TimelineToolbar(viewModel.timeline(), filterField)));
        setCenter(timelineSplit);
        setBottom(statusBar());
        viewModel.failedLoadProperty().addListener((observable, old, report) -> {
            if (report != null) {
                showProblems(report);
            }
        });
        viewModel.refusedChangeProperty().addListener((observable, old, report) -> {
            if (report != null) {
                new ProblemsDialog(getScene().getWindow(), "The change was not made",
                        "The store would not be valid; it stays as it was.", report.problems()).show();
            }
        });
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                whenShown(scene);
            }
        });
        // A store file dropped on the window opens, as File > Open would.
        setOnDragOver(drag -> {
            if (drag.getDragboard().hasFiles() && drag.getDragboard().getFiles().size() == 1) {
                drag.acceptTransferModes(TransferMode.COPY);
            }
            drag.consume();
        });
        setOnDragDropped(drop -> {
            List<File> files = drop.getDragboard().hasFiles() ? drop.getDragboard().getFiles() : List.of();
            drop.setDropCompleted(files.size() == 1);
            drop.consume();
            if (files.size() == 1) {
                Path dropped = files.get(0).toPath();
                // After the drop has finished: the question must not hold the platform's drag waiting.
                Platform.runLater(() -> saving.confirmThen("opening another store", () -> viewModel.open(dropped)));
            }
        });
    }

    /** Opens the export dialog on {@code target}, making it the first time. */
    private void showExport(ExportTarget target) {
        if (exportDialog == null) {
            exportDialog = new ExportDialog(viewModel.export(), getScene().getWindow(), this, fileChooser);
        }
        exportDialog.show(target);
    }

    private void copyChart(ExportTarget target) {
        viewModel.export().copyImage(target, ClipboardImage::put);
    }

    /**
     * The chart the analyst is looking at: the timeline while it has the keyboard, else the chart of the tab in
     * front, else the timeline.
     */
    private ExportTarget chartInView() {
        Tab front = tabs.getSelectionModel().getSelectedItem();
        if (timeline.isFocused() || front == eventsTab || front == sourcesTab) {
            return ExportTarget.TIMELINE;
        }
        return front == ownershipTab ? ExportTarget.OWNERSHIP
                : front == valuationTab ? ExportTarget.VALUATION : ExportTarget.LEADERSHIP;
    }

    /** Puts the keyboard in the timeline, where arrows pan and Ctrl+arrows move through the events. */
    public void focusEvents() {
        timeline.requestFocus();
    }

    /**
     * Every split pane in the window, each with an id to remember its divider by: the timeline above the tabs, then
     * those inside the tabs, in tab order.
     */
    List<SplitPane> splitPanes() {
        List<SplitPane> found = new ArrayList<>();
        collectSplitPanes(timelineSplit, found);
        return found;
    }

    private static void collectSplitPanes(Node node, List<SplitPane> found) {
        if (node instanceof SplitPane pane) {
            found.add(pane);
            pane.getItems().forEach(item -> collectSplitPanes(item, found));
        } else if (node instanceof TabPane tabPane) {
            // Through the tabs rather than the skin's children: a tab not yet shown has no node in the skin.
            tabPane.getTabs().forEach(tab -> collectSplitPanes(tab.getContent(), found));
        } else if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectSplitPanes(child, found));
        }
    }

    /** The index of the analysis tab shown under the timeline. */
    int getSelectedTab() {
        return tabs.getSelectionModel().getSelectedIndex();
    }

    /** Shows the analysis tab at {@code index}, when there is one there. */
    void setSelectedTab(int index) {
        if (index >= 0 && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }

    /** Pins a second date, B, that the ownership, valuation and leadership tabs compare with the as-of date. */
    private HBox compareBar() {
        DatePicker compare = new DatePicker();
        compare.setId("compare-date");
        compare.setPromptText("Compare with…");
        compare.setPrefWidth(150);
        compare.valueProperty().bindBidirectional(viewModel.context().compareWithProperty());
        compare.setTooltip(new Tooltip("A second date, B: Ownership, Valuation and Leadership show it beside the "
                + "as-of date, A, with what changed between them"));
        Button clear = new Button("Clear B");
        clear.setId("compare-clear");
        clear.disableProperty().bind(viewModel.context().compareWithProperty().isNull());
        clear.setOnAction(event -> viewModel.context().compareWithProperty().set(null));
        Label label = new Label("Compare the as-of date with");
        HBox bar = new HBox(8, label, compare, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("compare-bar");
        return bar;
    }

    private void configureSearchField() {
        filterField.setId("filter-field");
        filterField.setPromptText("Search events (Ctrl+F)");
        filterField.setPrefColumnCount(14);
        filterField.textProperty().bindBidirectional(viewModel.filterTextProperty());
        filterField.setTooltip(new Tooltip("Events whose title, summary, parties or tags contain these words; "
                + "the table lists only them and the timeline fades or hides the rest. Esc clears."));
        filterField.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                // The first Esc clears the search; the next one goes back to the timeline.
                if (filterField.getText().isEmpty()) {
                    timeline.requestFocus();
                } else {
                    filterField.clear();
                }
                event.consume();
            }
        });
    }

    private void applyTheme() {
        if (getScene() == null) {
            return;
        }
        getScene().getRoot().getStyleClass().remove(DARK);
        if (theme.darkProperty().get()) {
            getScene().getRoot().getStyleClass().add(DARK);
        }
    }

    private MenuBar menuBar() {
        MenuItem open = new MenuItem("_Open…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(event -> chooseAndOpen());

        viewModel.recentFiles().files().addListener((ListChangeListener<Path>) change -> rebuildRecentMenu());
        // A file may have gone since the list changed: the menu lists what is there when it opens.
        recentMenu.setOnShowing(showing -> rebuildRecentMenu());
        rebuildRecentMenu();

        MenuItem reload = new MenuItem("_Reload");
        reload.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        reload.setOnAction(event -> viewModel.reload());
        reload.disableProperty().bind(viewModel.context().openedProperty().isNull().or(viewModel.loadingProperty()));

        MenuItem openBundled = new MenuItem("Open _Sample Dataset (Scale AI)");
        openBundled.setOnAction(event -> saving.confirmThen("opening another store", viewModel::openBundled));

        MenuItem newStore = new MenuItem("_New Store…");
        newStore.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        newStore.setOnAction(event -> saving.confirmThen("starting a new store", this::askAndStartNewStore));

        MenuItem save = new MenuItem("_Save");
        save.setId("menu-save");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN));
        save.setOnAction(event -> saving.save());
        MenuItem saveAs = new MenuItem("Save _As…");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(event -> saving.saveAs());
        save.disableProperty().bind(viewModel.context().openedProperty().isNull().or(viewModel.loadingProperty()));
        saveAs.disableProperty().bind(save.disableProperty());

        MenuItem quit = new MenuItem("_Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> closeWindow());

        MenuItem export = new MenuItem("_Export…");
        export.setId("menu-export");
        export.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        export.setOnAction(event -> showExport(viewModel.export().targetProperty().get()));
        export.disableProperty().bind(viewModel.context().openedProperty().isNull());

        MenuItem sizeLimit = new MenuItem("_Largest File to Open…");
        sizeLimit.setOnAction(event -> chooseSizeLimit());

        Menu file = new Menu("_File", null, newStore, open, recentMenu, openBundled, reload, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), export,
                new SeparatorMenuItem(), sizeLimit, new SeparatorMenuItem(), quit);

        MenuItem find = new MenuItem("_Search Events");
        find.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        find.setOnAction(event -> filterField.requestFocus());
        MenuItem findNext = new MenuItem("Find _Next");
        findNext.setAccelerator(new KeyCodeCombination(KeyCode.F3));
        findNext.setOnAction(event -> viewModel.timeline().selectMatch(1));
        MenuItem findPrevious = new MenuItem("Find _Previous");
        findPrevious.setAccelerator(new KeyCodeCombination(KeyCode.F3, KeyCombination.SHIFT_DOWN));
        findPrevious.setOnAction(event -> viewModel.timeline().selectMatch(-1));
        MenuItem copyChart = new MenuItem("_Copy Chart as Image");
        copyChart.setId("menu-copy-chart");
        copyChart.setAccelerator(ChartMenu.COPY_CHART);
        copyChart.setOnAction(event -> copyChart(chartInView()));
        copyChart.disableProperty().bind(viewModel.export().readyProperty().not());
        Menu edit = new Menu("_Edit", null, undoRedo(false), undoRedo(true), new SeparatorMenuItem(),
                newEvent(),
                new Menu("E_ntities", null, storeEdit("_New Entity…", () -> editEntity(null)),
                        storeEdit("_Edit Entity…", this::chooseAndEditEntity),
                        storeEdit("D_uplicate Entity…", this::chooseAndDuplicateEntity),
                        storeEdit("_Delete Entity…", this::chooseAndDeleteEntity)),
                new Menu("_Sources", null, storeEdit("_New Source…", () -> editSource(null)),
                        storeEdit("_Edit Source…", this::chooseAndEditSource),
                        storeEdit("D_uplicate Source…", this::chooseAndDuplicateSource),
                        storeEdit("_Delete Source…", this::chooseAndDeleteSource)),
                new SeparatorMenuItem(),
                eventEdit("_Edit Event…", new KeyCodeCombination(KeyCode.F2), this::editSelected),
                eventEdit("D_uplicate Event", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        this::duplicateSelected),
                eventEdit("_Delete Event", new KeyCodeCombination(KeyCode.DELETE), this::deleteSelected),
                new SeparatorMenuItem(), copyChart, new SeparatorMenuItem(), find, findNext, findPrevious);

        MenuBar bar = new MenuBar(file, edit, viewMenu());
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    /** Undo, or Redo, named after the change it would undo or redo. */
    private MenuItem undoRedo(boolean redo) {
        MenuItem item = new MenuItem();
        item.setId(redo ? "menu-redo" : "menu-undo");
        item.textProperty().bind(redo ? viewModel.history().redoTextProperty() : viewModel.history().undoTextProperty());
        item.setAccelerator(redo
                ? new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> {
            if (redo) {
                viewModel.redo();
            } else {
                viewModel.undo();
            }
        });
        item.disableProperty().bind((redo ? viewModel.history().canRedoProperty()
                : viewModel.history().canUndoProperty()).not().or(viewModel.loadingProperty()));
        return item;
    }

    /** A change to the selected event, offered while one is selected and no file is being read. */
    private MenuItem eventEdit(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        item.disableProperty().bind(viewModel.selectedEventProperty().isNull().or(viewModel.loadingProperty()));
        return item;
    }

    private MenuItem newEvent() {
        MenuItem item = new MenuItem("_New Event…");
        item.setId("menu-new-event");
        item.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(event -> {
            EventFormViewModel form = new EventFormViewModel(viewModel.getStore(), null, EventType.FUNDING_ROUND);
            new EventFormDialog(form, getScene().getWindow(), this).showAndWait()
                    .ifPresent(added -> viewModel.edit("Add Event",
                            store -> StoreEdits.addEvent(form.withAdded(store), added)));
            afterForm();
        });
        item.disableProperty().bind(viewModel.context().openedProperty().isNull().or(viewModel.loadingProperty()));
        return item;
    }

    /** A change to the store that needs no event selected: offered while a store is open and none is read. */
    private MenuItem storeEdit(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(event -> action.run());
        item.disableProperty().bind(viewModel.context().openedProperty().isNull().or(viewModel.loadingProperty()));
        return item;
    }

    /** Opens the form of {@code entity}, or of a new entity when null, and makes the change it gives. */
    private void editEntity(Entity entity) {
        ItemForms.entity(new EntityFormViewModel(viewModel.getStore(), entity), getScene().getWindow(), this)
                .showAndWait()
                .filter(changed -> !changed.equals(entity))
                .ifPresent(changed -> viewModel.edit(entity == null ? "Add Entity" : "Edit Entity",
                        store -> StoreEdits.putEntity(store, changed)));
        afterForm();
    }

    /** Opens the form of {@code source}, or of a new source when null, and makes the change it gives. */
    private void editSource(Source source) {
        ItemForms.source(new SourceFormViewModel(viewModel.getStore(), source), getScene().getWindow(), this)
                .showAndWait()
                .filter(changed -> !changed.equals(source))
                .ifPresent(changed -> viewModel.edit(source == null ? "Add Source" : "Edit Source",
                        store -> StoreEdits.putSource(store, changed)));
        afterForm();
    }

    private void chooseAndDuplicateEntity() {
        choose("Duplicate Entity", "Entity:", viewModel.getStore().entities(), Entity::name).ifPresent(entity ->
                viewModel.edit("Duplicate Entity", store -> StoreEdits.putEntity(store,
                        StoreEdits.copyOf(store, entity))));
    }

    private void chooseAndDuplicateSource() {
        choose("Duplicate Source", "Source:", viewModel.getStore().sources(), Source::title).ifPresent(source ->
                viewModel.edit("Duplicate Source", store -> StoreEdits.putSource(store,
                        StoreEdits.copyOf(store, source))));
    }

    /** Deletes the entity chosen; one that events or entities still name is refused, with where, by the reader. */
    private void chooseAndDeleteEntity() {
        choose("Delete Entity", "Entity:", viewModel.getStore().entities(), Entity::name).ifPresent(entity ->
                viewModel.edit("Delete Entity", store -> StoreEdits.removeEntity(store, entity.id())));
    }

    /** Deletes the source chosen; one that events still cite is refused, with where, by the reader. */
    private void chooseAndDeleteSource() {
        choose("Delete Source", "Source:", viewModel.getStore().sources(), Source::title).ifPresent(source ->
                viewModel.edit("Delete Source", store -> StoreEdits.removeSource(store, source.id())));
    }

    private void chooseAndEditEntity() {
        choose("Edit Entity", "Entity:", viewModel.getStore().entities(), Entity::name).ifPresent(this::editEntity);
    }

    private void chooseAndEditSource() {
        choose("Edit Source", "Source:", viewModel.getStore().sources(), Source::title).ifPresent(this::editSource);
    }

    /** Asks which of {@code items} to change, each by its {@code name}. */
    private <T> Optional<T> choose(String title, String label, List<T> items, Function<T, String> name) {
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Map<String, T> byName = new LinkedHashMap<>();
        items.forEach(item -> byName.putIfAbsent(name.apply(item), item));
        ChoiceDialog<String> ask = new ChoiceDialog<>(byName.keySet().iterator().next(), byName.keySet());
        ask.initOwner(getScene().getWindow());
        ask.setTitle(title);
        ask.setHeaderText(null);
        ask.setContentText(label);
        return ask.showAndWait().map(byName::get);
    }

    private void editSelected() {
        Event event = viewModel.selectedEventProperty().get();
        if (event != null) {
            EventFormViewModel form = new EventFormViewModel(viewModel.getStore(), event, event.type());
            new EventFormDialog(form, getScene().getWindow(), this).showAndWait()
                    .filter(changed -> !changed.equals(event))
                    .ifPresent(changed -> viewModel.edit("Edit Event",
                            store -> StoreEdits.replaceEvent(form.withAdded(store), event.id(), changed)));
            afterForm();
        }
    }

    /**
     * Gives the keyboard to the event table once a form closes, so that Ctrl+Z undoes the change at once rather than
     * a text field's typing.
     */
    private void afterForm() {
        table.requestFocus();
    }

    private void deleteSelected() {
        Event event = viewModel.selectedEventProperty().get();
        if (event != null) {
            viewModel.edit("Delete Event", store -> StoreEdits.removeEvent(store, event.id()));
        }
    }

    private void duplicateSelected() {
        Event event = viewModel.selectedEventProperty().get();
        if (event != null) {
            viewModel.edit("Duplicate Event", store -> StoreEdits.addEvent(store, StoreEdits.copyOf(store, event)));
        }
    }

    /**
     * Opens {@code file}, or the bundled dataset when null, at start: unless the analyst restores the unsaved work a
     * previous run left, which is offered first.
     */
    public void openAtStart(Path file) {
        if (saving.offerRecovery()) {
            return;
        }
        if (file == null) {
            viewModel.openBundled();
        } else {
            viewModel.open(file);
        }
    }

    /** Asks for the company a new store is about, and starts one. */
    private void askAndStartNewStore() {
        TextInputDialog ask = new TextInputDialog();
        ask.initOwner(getScene().getWindow());
        ask.setTitle("New Store");
        ask.setHeaderText("Which company's history will this store tell?");
        ask.setContentText("Company name:");
        ask.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(ask.getEditor().textProperty().isEmpty());
        ask.showAndWait().filter(name -> !name.isBlank()).ifPresent(viewModel::newStore);
    }

    /** Closes the window as its close button does: asking first when there are unsaved changes. */
    private void closeWindow() {
        Window window = getScene().getWindow();
        window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    /**
     * Asks before the window closes on unsaved changes, however it is closed, and takes Ctrl+Y for Redo as well:
     * both need the scene and the window, which come after the window is made.
     */
    private void whenShown(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), viewModel::redo);
        scene.windowProperty().addListener((observable, old, window) -> {
            if (window != null) {
                window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, request -> {
                    if (viewModel.history().unsavedProperty().get()) {
                        request.consume();
                        saving.confirmThen("closing", window::hide);
                    }
                });
            }
        });
    }

    private Menu viewMenu() {
        TimelineViewModel timelineState = viewModel.timeline();
        // Each has a plain key in the timeline too (F, +, -, Z, C); the accelerators work wherever the focus is.
        MenuItem fit = menuItem("_Fit All Events", KeyCode.DIGIT0, timelineState::fitAll);
        MenuItem zoomIn = menuItem("Zoom _In", KeyCode.EQUALS, () -> timelineState.zoomCentre(TimelineViewModel.ZOOM_STEP));
        MenuItem zoomOut = menuItem("Zoom _Out", KeyCode.MINUS,
                () -> timelineState.zoomCentre(1 / TimelineViewModel.ZOOM_STEP));
        MenuItem zoomToSelected = menuItem("_Zoom to Selected Event", KeyCode.PERIOD, timelineState::zoomToSelected);
        zoomToSelected.disableProperty().bind(timelineState.selectedEventProperty().isNull());
        MenuItem asOfToSelected = menuItem("Move _As-of Date to Selected Event", KeyCode.COMMA,
                timelineState::moveAsOfToSelection);
        CheckMenuItem legend = new CheckMenuItem("Show _Legend");
        legend.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        legend.selectedProperty().bindBidirectional(timelineState.legendShownProperty());
        MenuItem timelineFocus = new MenuItem("Go to _Timeline");
        timelineFocus.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        timelineFocus.setOnAction(event -> timeline.requestFocus());
        MenuItem tableFocus = new MenuItem("Go to Event T_able");
        tableFocus.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN));
        tableFocus.setOnAction(event -> {
            tabs.getSelectionModel().select(eventsTab);
            table.requestFocus();
        });
        MenuItem showEvents = menuItem("Show E_vents", KeyCode.DIGIT1, () -> tabs.getSelectionModel().select(eventsTab));
        MenuItem showOwnership = menuItem("Show _Ownership", KeyCode.DIGIT2,
                () -> tabs.getSelectionModel().select(ownershipTab));
        MenuItem showSources = menuItem("Show Sources && _Checks", KeyCode.DIGIT5,
                () -> tabs.getSelectionModel().select(sourcesTab));
        MenuItem showLeadership = menuItem("Show _Leadership", KeyCode.DIGIT4,
                () -> tabs.getSelectionModel().select(leadershipTab));
        MenuItem showValuation = menuItem("Show _Valuation", KeyCode.DIGIT3,
                () -> tabs.getSelectionModel().select(valuationTab));

        CheckMenuItem byEntity = new CheckMenuItem("Group Lanes by _Entity");
        byEntity.setSelected(viewModel.timeline().groupingProperty().get() == Grouping.BY_ENTITY);
        byEntity.selectedProperty().addListener((observable, old, selected) ->
                viewModel.timeline().groupingProperty().set(selected ? Grouping.BY_ENTITY : Grouping.BY_TYPE));
        CheckMenuItem hide = new CheckMenuItem("_Hide Unmatched Events");
        hide.selectedProperty().bindBidirectional(viewModel.timeline().hideUnmatchedProperty());

        CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
        dark.selectedProperty().bindBidirectional(theme.darkProperty());
        return new Menu("_View", null, fit, zoomIn, zoomOut, zoomToSelected, asOfToSelected, new SeparatorMenuItem(),
                timelineFocus, tableFocus, showEvents, showOwnership, showValuation, showLeadership, showSources, new SeparatorMenuItem(), byEntity, hide, legend, new SeparatorMenuItem(), dark);
    }

    private static MenuItem menuItem(String text, KeyCode shortcutKey, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(new KeyCodeCombination(shortcutKey, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(event -> action.run());
        return item;
    }

    /** Asks for the largest file the app opens; a million generated events take about 264 MiB. */
    private void chooseSizeLimit() {
        IntegerProperty limit = viewModel.fileSizeLimit().mebibytesProperty();
        ChoiceDialog<String> dialog = new ChoiceDialog<>(FileSizeLimit.describe(limit.get()),
                FileSizeLimit.CHOICES.stream().map(FileSizeLimit::describe).toList());
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle("Largest File to Open");
        dialog.setHeaderText("Files larger than this are refused before they are read.");
        dialog.setContentText("Largest event store:");
        dialog.getDialogPane().getStylesheets().addAll(getStylesheets());
        dialog.showAndWait().ifPresent(chosen -> FileSizeLimit.CHOICES.stream()
                .filter(size -> FileSizeLimit.describe(size).equals(chosen)).findFirst().ifPresent(limit::set));
    }

    private void rebuildRecentMenu() {
        recentMenu.getItems().clear();
        for (Path path : viewModel.recentFiles().existing()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> saving.confirmThen("opening another store", () -> viewModel.open(path)));
            recentMenu.getItems().add(item);
        }
        if (!recentMenu.getItems().isEmpty()) {
            MenuItem clear = new MenuItem("_Clear Recent Files");
            clear.setOnAction(event -> viewModel.recentFiles().clear());
            recentMenu.getItems().addAll(new SeparatorMenuItem(), clear);
        }
        recentMenu.setDisable(viewModel.recentFiles().files().isEmpty());
    }

    private void chooseAndOpen() {
        Path current = viewModel.fileProperty().get();
        Path startFolder = current == null ? null : current.toAbsolutePath().getParent();
        saving.confirmThen("opening another store", () -> fileChooser.chooseStoreFile(getScene().getWindow(),
                startFolder).ifPresent(viewModel::open));
    }

    /** What the timeline's place shows while no store is open, such as after the first file failed to open. */
    private VBox emptyState() {
        Label heading = new Label("No dataset is open");
        heading.getStyleClass().add("empty-state-heading");
        Label hint = new Label("Open an event store, or explore the sample: Meta's 49% stake in Scale AI.");
        hint.setWrapText(true);
        hint.setTextAlignment(TextAlignment.CENTER);
        Button open = new Button("Open…");
        open.setId("empty-open");
        open.setDefaultButton(true);
        open.setTooltip(new Tooltip("Choose an event store file (Ctrl+O)"));
        open.setOnAction(event -> chooseAndOpen());
        Button sample = new Button("Open the Sample Dataset");
        sample.setId("empty-open-sample");
        sample.setOnAction(event -> viewModel.openBundled());
        HBox buttons = new HBox(8, open, sample);
        buttons.setAlignment(Pos.CENTER);
        VBox state = new VBox(10, heading, hint, buttons);
        state.setId("empty-state");
        state.getStyleClass().add("empty-state");
        state.visibleProperty().bind(viewModel.context().openedProperty().isNull().and(viewModel.loadingProperty().not()));
        return state;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status-text");
        status.textProperty().bind(viewModel.statusProperty());

        ProgressIndicator progress = new ProgressIndicator();
        progress.getStyleClass().add("status-progress");
        progress.progressProperty().bind(viewModel.loadProgressProperty());
        progress.visibleProperty().bind(viewModel.loadingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Hyperlink cancel = new Hyperlink("Cancel");
        cancel.setId("cancel-open");
        cancel.setTooltip(new Tooltip("Stop opening this file; the dataset that is open stays"));
        cancel.setOnAction(event -> viewModel.cancelLoad());
        cancel.visibleProperty().bind(viewModel.loadingProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());

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

        HBox bar = new HBox(progress, status, cancel, warnings, spacer, file);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private void showProblems(LoadReport report) {
        if (getScene() == null || getScene().getWindow() == null) {
            // No window to show them over (closed): the status bar has said it.
            return;
        }
        String kept = viewModel.getStore() == null ? "No dataset is open."
                : "The dataset that was open stays open; nothing was changed.";
        int count = report.errorCount();
        new ProblemsDialog(getScene().getWindow(), report.file() + " could not be opened",
                count + (count == 1 ? " problem" : " problems") + " must be fixed before this file can be opened. " + kept,
                report.problems()).show();
    }
}
