package com.stakeline.view.edit;

import com.stakeline.viewmodel.edit.ItemFormViewModel;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * The form of an entity or a source: a field a row, the problem beside it in the validator's words, and OK only
 * when the store would take the item. An item's id stays when it is changed, since events refer to it.
 *
 * @param <T> the entity or source the form makes
 */
public final class ItemFormDialog<T> extends Dialog<T> {

    /**
     * A dialog for {@code form}, titled {@code title}, over {@code owner}, styled as {@code styledLike} is.
     *
     * @param labels each field's label, by its name in the file
     * @param choices the values a field may take, for those that take one of a few
     * @param hints what may be typed in a field, shown while it is empty
     */
    public ItemFormDialog(ItemFormViewModel<T> form, String title, Map<String, String> labels,
                          Map<String, List<String>> choices, Map<String, String> hints, Window owner,
                          Parent styledLike) {
        initOwner(owner);
        setTitle(title);
        setResizable(true);
        getDialogPane().getStylesheets().setAll(styledLike.getStylesheets());
        getDialogPane().getStyleClass().addAll(styledLike.getScene().getRoot().getStyleClass());
        getDialogPane().getStyleClass().add("event-form");
        ButtonType ok = new ButtonType(form.isEditing() ? "Apply" : "Add", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        ColumnConstraints labelColumn = new ColumnConstraints();
        labelColumn.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fieldColumn = new ColumnConstraints(300, 360, Double.MAX_VALUE);
        fieldColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labelColumn, fieldColumn, new ColumnConstraints(180, 240, 320));
        int row = 0;
        for (String field : form.fields()) {
            Node input = input(form, field, choices.get(field), hints.getOrDefault(field, ""));
            input.setId("item-" + field);
            Label caption = new Label(labels.getOrDefault(field, field));
            caption.setLabelFor(input);
            Label problem = new Label();
            problem.setId("item-" + field + "-problem");
            problem.getStyleClass().add("form-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(form.problem(field));
            grid.addRow(row++, caption, input, problem);
        }
        getDialogPane().setContent(grid);
        setResultConverter(button -> button == ok ? form.result().orElse(null) : null);
        String first = form.fields().get(1);
        setOnShown(shown -> Platform.runLater(() -> grid.lookup("#item-" + first).requestFocus()));
    }

    private static Node input(ItemFormViewModel<?> form, String field, List<String> choices, String hint) {
        if (choices != null) {
            ChoiceBox<String> choice = new ChoiceBox<>();
            choice.getItems().setAll(choices);
            choice.valueProperty().bindBidirectional(form.text(field));
            return choice;
        }
        if (field.equals("notes")) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(form.text(field));
            return area;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(form.text(field));
        text.setPromptText(hint);
        text.setDisable(field.equals("id") && form.isEditing());
        return text;
    }
}
