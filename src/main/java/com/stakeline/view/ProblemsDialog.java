package com.stakeline.view;

import com.stakeline.store.Problem;
import java.util.List;
import java.util.stream.Collectors;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/** A list of a file's problems, one per line as FILE:LINE:COLUMN: PATH: message, with a button to copy them. */
final class ProblemsDialog extends Dialog<Void> {

    private static final ButtonType COPY = new ButtonType("Copy All", ButtonBar.ButtonData.LEFT);

    ProblemsDialog(Window owner, String title, String explanation, List<Problem> problems) {
        initOwner(owner);
        initModality(Modality.WINDOW_MODAL);
        setTitle(title);
        setHeaderText(title);
        setResizable(true);

        Label intro = new Label(explanation);
        intro.setWrapText(true);
        List<String> lines = problems.stream().map(Problem::format).toList();
        ListView<String> list = new ListView<>();
        list.setId("problems-list");
        list.getStyleClass().add("problems-list");
        list.getItems().setAll(lines);
        list.setPrefSize(760, Math.min(420, 40 + 26 * lines.size()));

        VBox content = new VBox(10, intro, list);
        content.getStyleClass().add("problems-content");
        getDialogPane().setContent(content);
        getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        getDialogPane().lookupButton(COPY).addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(lines.stream().collect(Collectors.joining(System.lineSeparator())));
            Clipboard.getSystemClipboard().setContent(clip);
            event.consume();
        });
    }
}
