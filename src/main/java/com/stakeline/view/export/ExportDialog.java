package com.stakeline.view.export;

import com.stakeline.export.Csv;
import com.stakeline.export.ExportFormat;
import com.stakeline.export.Picture;
import com.stakeline.export.TableExport;
import com.stakeline.view.AppIcon;
import com.stakeline.view.FileChooserService;
import com.stakeline.view.chart.FxCanvasPainter;
import com.stakeline.viewmodel.export.ExportTarget;
import com.stakeline.viewmodel.export.ExportViewModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * File ▸ Export…: what to export and how, beside a live preview of exactly the picture or table that will be
 * written. It stays open beside the window, so the preview follows the as-of cursor and the filters as they change.
 */
public final class ExportDialog {

    private final ExportViewModel viewModel;
    private final FileChooserService chooser;
    private final Stage stage = new Stage();
    private final Canvas canvas = new Canvas();
    private final FxCanvasPainter painter = new FxCanvasPainter(canvas.getGraphicsContext2D());
    private final TableView<List<String>> table = new TableView<>();
    private final ObservableList<List<String>> tableRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pictureSize = new ReadOnlyStringWrapper("");
    private final SegmentedButton formats = new SegmentedButton();
    private final BooleanBinding isTable;
    /** Set while the format buttons are made again, whose selection then says nothing of the user's choice. */
    private boolean offering;

    /**
     * The dialog of {@code viewModel}, owned by {@code owner} and styled like it, asking for the file to write
     * through {@code chooser}.
     */
    public ExportDialog(ExportViewModel viewModel, Window owner, Parent styledLike, FileChooserService chooser) {
        this.viewModel = viewModel;
        this.chooser = chooser;
        isTable = Bindings.createBooleanBinding(() -> viewModel.targetProperty().get().isTable(),
                viewModel.targetProperty());
        stage.initOwner(owner);
        stage.setTitle("Export");
        AppIcon.apply(stage);
        BorderPane root = new BorderPane();
        root.setId("export-dialog");
        root.getStylesheets().setAll(styledLike.getStylesheets());
        // The window's theme, now and whenever it changes: the dialog stays open beside the window, and is kept.
        ObservableList<String> theme = styledLike.getScene().getRoot().getStyleClass();
        InvalidationListener followTheme = observable -> {
            root.getStyleClass().setAll("export-dialog");
            root.getStyleClass().addAll(theme);
        };
        theme.addListener(followTheme);
        followTheme.invalidated(theme);
        root.setLeft(settings());
        root.setCenter(previewPane());
        root.setBottom(buttons());
        stage.setScene(new Scene(root, 1000, 620));
        stage.setMinWidth(720);
        stage.setMinHeight(440);
        stage.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                stage.hide();
            }
        });
        viewModel.previewingProperty().bind(stage.showingProperty());
        for (Observable change : new Observable[] {viewModel.previewProperty(), viewModel.scaleProperty(),
                viewModel.formatProperty()}) {
            change.addListener(observable -> drawPreview());
        }
        viewModel.tablePreviewProperty().addListener((observable, old, csv) -> showTable(csv));
    }

    /** Shows the dialog with {@code target} chosen, or brings it to the front. */
    public void show(ExportTarget target) {
        viewModel.targetProperty().set(target);
        stage.show();
        stage.toFront();
    }

    private GridPane settings() {
        ComboBox<ExportTarget> target = new ComboBox<>(FXCollections.observableArrayList(ExportTarget.values()));
        target.setId("export-target");
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setTooltip(new Tooltip("A chart as it is drawn on the screen, the four charts in one, or a table"));

        formats.setId("export-format");
        viewModel.formats().addListener((Observable observable) -> offerFormats());
        viewModel.formatProperty().addListener(observable -> showFormat());
        formats.getToggleGroup().selectedToggleProperty().addListener((observable, old, chosen) ->
                chooseFormat(old, chosen));
        offerFormats();

        SpinnerValueFactory.IntegerSpinnerValueFactory widths = new SpinnerValueFactory.IntegerSpinnerValueFactory(
                ExportViewModel.MIN_WIDTH, ExportViewModel.MAX_WIDTH, (int) viewModel.widthProperty().get(), 100);
        widths.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer pixels) {
                return pixels == null ? "" : pixels.toString();
            }

            /** A blank width keeps the last one, where the default converter would throw. */
            @Override
            public Integer fromString(String typed) {
                try {
                    return Integer.valueOf(typed.strip());
                } catch (NumberFormatException e) {
                    return widths.getValue();
                }
            }
        });
        Spinner<Integer> width = new Spinner<>(widths);
        width.setId("export-width");
        width.setEditable(true);
        // Only digits can be typed; once an edit ends, the field shows the width in force, even if it kept the last.
        width.getEditor().setTextFormatter(new TextFormatter<String>(change ->
                change.getControlNewText().matches("\\d{0,5}") ? change : null));
        Runnable showWidth = () -> Platform.runLater(() -> width.getEditor().setText(widths.getValue().toString()));
        width.getEditor().addEventHandler(ActionEvent.ACTION, event -> showWidth.run());
        width.getEditor().focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                showWidth.run();
            }
        });
        width.setPrefWidth(110);
        width.valueProperty().addListener((observable, old, pixels) -> viewModel.widthProperty().set(pixels));
        width.setTooltip(new Tooltip("The chart's width; its height follows what it shows"));

        Spinner<Double> scale = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(1, 4,
                viewModel.scaleProperty().get(), 0.5));
        scale.setId("export-scale");
        scale.setPrefWidth(110);
        scale.valueProperty().addListener((observable, old, times) -> viewModel.scaleProperty().set(times));
        scale.setTooltip(new Tooltip("Image pixels per chart pixel: 2× prints sharply at the chart's size"));

        ToggleGroup span = new ToggleGroup();
        RadioButton whole = new RadioButton("Every event");
        whole.setId("export-whole-span");
        whole.setToggleGroup(span);
        RadioButton visible = new RadioButton("The timeline's visible range");
        visible.setId("export-visible-range");
        visible.setToggleGroup(span);
        (viewModel.wholeSpanProperty().get() ? whole : visible).setSelected(true);
        whole.selectedProperty().addListener((observable, old, selected) ->
                viewModel.wholeSpanProperty().set(selected));

        CheckBox caption = new CheckBox("Caption: dataset, dates, filters, sources, fingerprint");
        caption.setId("export-caption");
        caption.selectedProperty().bindBidirectional(viewModel.captionProperty());
        caption.setTooltip(new Tooltip("A strip beneath the chart that says exactly which data made it"));
        CheckBox transparent = new CheckBox("Transparent background");
        transparent.setId("export-transparent");
        transparent.selectedProperty().bindBidirectional(viewModel.transparentProperty());
        transparent.setTooltip(new Tooltip("PNG only: the chart lies on a slide of any colour"));

        GridPane grid = new GridPane();
        grid.getStyleClass().add("export-settings");
        grid.setHgap(8);
        grid.setVgap(10);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Export"), target);
        grid.addRow(1, new Label("Format"), formats);
        grid.addRow(2, new Label("Width"), new HBox(6, width, new Label("px")));
        grid.addRow(3, new Label("Scale"), new HBox(6, scale, new Label("× (PNG)")));
        grid.addRow(4, new Label("Time axis"), new VBox(6, whole, visible));
        grid.add(caption, 0, 5, 2, 1);
        grid.add(transparent, 0, 6, 2, 1);
        Label size = new Label();
        size.setId("export-size");
        size.getStyleClass().add("export-size");
        size.textProperty().bind(pictureSize.getReadOnlyProperty());
        grid.add(size, 0, 7, 2, 1);
        // What does not apply is greyed out rather than hidden, so the form keeps its shape as the choices change.
        scale.disableProperty().bind(viewModel.formatProperty().isNotEqualTo(ExportFormat.PNG));
        transparent.disableProperty().bind(scale.disableProperty());
        for (Region chartOnly : new Region[] {width, whole, visible, caption}) {
            chartOnly.disableProperty().bind(isTable);
        }
        return grid;
    }

    /** The format buttons, one for each format the target exports to. */
    private void offerFormats() {
        offering = true;
        try {
            formats.getButtons().clear();
            for (ExportFormat format : viewModel.formats()) {
                ToggleButton button = new ToggleButton(format.name());
                button.setId("export-format-" + format.extension());
                button.setUserData(format);
                button.setTooltip(new Tooltip(format.description()));
                formats.getButtons().add(button);
            }
        } finally {
            offering = false;
        }
        showFormat();
    }

    private void showFormat() {
        formats.getButtons().forEach(button -> button.setSelected(
                button.getUserData() == viewModel.formatProperty().get()));
    }

    private void chooseFormat(Toggle old, Toggle chosen) {
        if (offering) {
            return;
        }
        if (chosen == null && old != null) {
            // A segmented button can be clicked off; a format stays chosen.
            old.setSelected(true);
        } else if (chosen != null) {
            viewModel.formatProperty().set((ExportFormat) chosen.getUserData());
        }
    }

    private StackPane previewPane() {
        Pane canvasHolder = new Pane(canvas);
        canvasHolder.getStyleClass().add("export-preview");
        canvasHolder.widthProperty().addListener(observable -> drawPreview());
        canvasHolder.heightProperty().addListener(observable -> drawPreview());
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        canvas.setId("export-preview");
        canvasHolder.visibleProperty().bind(viewModel.tablePreviewProperty().isNull());
        table.setId("export-table-preview");
        table.setItems(tableRows);
        table.visibleProperty().bind(viewModel.tablePreviewProperty().isNotNull());
        Label waiting = new Label("Open a store to export it; the preview appears when its history is worked out.");
        waiting.visibleProperty().bind(viewModel.readyProperty().not());
        StackPane pane = new StackPane(canvasHolder, table, waiting);
        pane.setPadding(new Insets(12, 12, 0, 0));
        return pane;
    }

    /** The preview picture, scaled to fit the pane, on a grey ground that shows where the picture ends. */
    private void drawPreview() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.gray(0.55));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Picture picture = viewModel.previewProperty().get();
        if (picture == null) {
            pictureSize.set("");
            return;
        }
        ExportFormat format = viewModel.formatProperty().get();
        double scale = viewModel.scaleProperty().get();
        pictureSize.set(format == ExportFormat.PNG
                ? String.format(Locale.ROOT, "%d × %d pixels", (long) Math.ceil(picture.width() * scale),
                        (long) Math.ceil(picture.height() * scale))
                : String.format(Locale.ROOT, "%.0f × %.0f points", picture.width(), picture.height()));
        double fit = Math.min(1, Math.min(canvas.getWidth() / picture.width(), canvas.getHeight() / picture.height()));
        g.save();
        g.translate((canvas.getWidth() - picture.width() * fit) / 2,
                (canvas.getHeight() - picture.height() * fit) / 2);
        g.scale(fit, fit);
        g.beginPath();
        g.rect(0, 0, picture.width(), picture.height());
        g.clip();
        picture.drawing().accept(painter);
        g.restore();
    }

    private void showTable(TableExport.Preview preview) {
        table.getColumns().clear();
        tableRows.clear();
        if (preview == null) {
            return;
        }
        Csv csv = preview.head();
        for (int i = 0; i < csv.header().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> shown = new TableColumn<>(csv.header().get(i));
            shown.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            shown.setPrefWidth(110);
            table.getColumns().add(shown);
        }
        tableRows.setAll(csv.rows());
        int count = preview.rowCount();
        pictureSize.set(count > csv.rows().size()
                ? String.format(Locale.ROOT, "%,d rows; the first %,d shown", count, csv.rows().size())
                : count + (count == 1 ? " row" : " rows"));
    }

    private HBox buttons() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.workingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label message = new Label();
        message.setId("export-message");
        message.textProperty().bind(viewModel.messageProperty());
        message.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button("Copy as Image");
        copy.setId("export-copy");
        copy.disableProperty().bind(viewModel.readyProperty().not().or(isTable));
        copy.setOnAction(event -> viewModel.copyImage(viewModel.targetProperty().get(), ClipboardImage::put));
        Button export = new Button("Export…");
        export.setId("export-save");
        export.setDefaultButton(true);
        export.disableProperty().bind(viewModel.readyProperty().not().or(viewModel.workingProperty()));
        export.setOnAction(event -> chooseAndExport());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(event -> stage.hide());
        HBox bar = new HBox(8, progress, message, spacer, copy, export, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 12, 12));
        return bar;
    }

    private void chooseAndExport() {
        ExportFormat format = viewModel.formatProperty().get();
        Path folder = viewModel.lastFolder();
        chooser.chooseExportFile(stage, folder, viewModel.suggestedFileName(), format).ifPresent(viewModel::export);
    }
}
