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
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * A file's problems, each placed by line and column and wrapped to the dialog's width; the file is named once, in
 * the header. Copy All copies them as FILE:LINE:COLUMN: PATH: message lines, the form editors and CI logs link.
 */
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
        ListView<Problem> list = new ListView<>();
        list.setId("problems-list");
        list.getStyleClass().add("problems-list");
        list.setCellFactory(view -> new ProblemCell());
        list.getItems().setAll(problems);
        list.setPrefSize(720, Math.min(420, 40 + 44 * problems.size()));

        VBox content = new VBox(10, intro, list);
        content.getStyleClass().add("problems-content");
        getDialogPane().setContent(content);
        // The window's style sheet and theme: the dialog pane is the root of its own scene, so it takes the class too.
        getDialogPane().getStylesheets().addAll(owner.getScene().getRoot().getStylesheets());
        owner.getScene().getRoot().getStyleClass().stream().filter(MainWindow.DARK::equals)
                .forEach(getDialogPane().getStyleClass()::add);
        getDialogPane().getButtonTypes().addAll(COPY, ButtonType.CLOSE);
        ((Button) getDialogPane().lookupButton(ButtonType.CLOSE)).setDefaultButton(true);
        getDialogPane().lookupButton(COPY).addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent clip = new ClipboardContent();
            clip.putString(lines.stream().collect(Collectors.joining(System.lineSeparator())));
            Clipboard.getSystemClipboard().setContent(clip);
            event.consume();
        });
    }

    /** One problem, wrapped at the list's width rather than cut or scrolled sideways. */
    private static final class ProblemCell extends ListCell<Problem> {
        ProblemCell() {
            setWrapText(true);
            // A cell that asks for no width is given the list's, and wraps within it.
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Problem problem, boolean empty) {
            super.updateItem(problem, empty);
            setText(empty || problem == null ? null : problem.formatWithinFile());
        }
    }
}
