package com.stakeline.view.edit;

import com.stakeline.domain.Entity;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.FieldKind;
import com.stakeline.domain.LeadershipChangeKind;
import com.stakeline.domain.Source;
import com.stakeline.viewmodel.edit.EntityFormViewModel;
import com.stakeline.viewmodel.edit.EventFormViewModel;
import com.stakeline.viewmodel.edit.SourceFormViewModel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.controlsfx.control.textfield.TextFields;

/**
 * The form of one event, fitted to its type: a field a row, what the form understood of it below, and the problem
 * beside it in the validator's words. OK is offered only when the event is one the store would take.
 */
public final class EventFormDialog extends Dialog<Event> {

    /** Hints shown in empty fields: what may be typed. */
    private static final Map<String, String> HINTS = Map.of(
            "date", "2016, 2024-05 or 2025-06-12",
            "endDate", "for events that last",
            "id", "made from the title when left empty",
            "tags", "comma-separated",
            "amount", "14.3B, $14,300,000,000, 950M or ~14B",
            "preMoney", "such as 13B",
            "postMoney", "such as 29B",
            "stakePercent", "49 or ~49%");

    private final EventFormViewModel form;
    private final Parent styledLike;
    private final GridPane grid = new GridPane();

    /**
     * A dialog for {@code form}, over {@code owner}, styled as {@code styledLike} is: its style sheets, and its
     * scene root's style classes, which carry the theme.
     */
    public EventFormDialog(EventFormViewModel form, Window owner, Parent styledLike) {
        this.form = form;
        this.styledLike = styledLike;
        initOwner(owner);
        setTitle(form.isEditing() ? "Edit Event" : "New Event");
        setResizable(true);
        getDialogPane().getStylesheets().setAll(styledLike.getStylesheets());
        getDialogPane().getStyleClass().addAll(styledLike.getScene().getRoot().getStyleClass());
        getDialogPane().getStyleClass().add("event-form");
        ButtonType ok = new ButtonType(form.isEditing() ? "Apply" : "Add Event", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(form.validProperty().not());

        grid.setHgap(10);
        grid.setVgap(2);
        grid.setPadding(new Insets(12));
        ColumnConstraints labels = new ColumnConstraints();
        // As wide as the longest label, "Post-money valuation *": a cut label leaves the field unnamed.
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints(320, 380, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        ColumnConstraints problems = new ColumnConstraints(200, 260, 340);
        grid.getColumnConstraints().setAll(labels, fields, problems);
        layOut();
        form.typeProperty().addListener((observable, old, type) -> layOut());

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // As tall as the form, or as the screen lets the dialog be with its buttons below.
        double screenHeight = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(),
                owner.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds().getHeight();
        scroll.setPrefViewportHeight(Math.min(560, screenHeight - 140));
        getDialogPane().setContent(scroll);
        setResultConverter(button -> button == ok ? form.result().orElse(null) : null);
        // The date is what an analyst types first; a new event's type has its own choice box above.
        // After the dialog's own first focus, which goes to a button.
        setOnShown(shown -> Platform.runLater(() -> grid.lookup("#form-date").requestFocus()));
    }

    /** Lays out the rows of the event's type, with a choice of type for a new event. */
    private void layOut() {
        grid.getChildren().clear();
        int row = 0;
        if (!form.isEditing()) {
            ChoiceBox<EventType> type = new ChoiceBox<>();
            type.getItems().setAll(EventType.values());
            type.setConverter(new StringConverter<>() {
                @Override
                public String toString(EventType eventType) {
                    return eventType == null ? "" : eventType.display();
                }

                @Override
                public EventType fromString(String text) {
                    return null;
                }
            });
            type.setValue(form.typeProperty().get());
            type.valueProperty().addListener((observable, old, chosen) -> form.typeProperty().set(chosen));
            type.setId("form-type");
            grid.addRow(row++, new Label("Type"), type);
        }
        for (String name : EventFormViewModel.fieldsOf(form.typeProperty().get())) {
            row = addRow(row, name);
        }
    }

    private int addRow(int row, String name) {
        Field<?> field = Field.byName(name).orElse(null);
        String label = switch (name) {
            case "id" -> "Id";
            case "company" -> "Company";
            case "title" -> "Title";
            case "summary" -> "Summary";
            case "tags" -> "Tags";
            case "sources" -> "Sources";
            case "date" -> "Date";
            case "endDate" -> "End date";
            default -> field == null ? name : field.label();
        };
        boolean required = List.of("date", "company", "title", "sources").contains(name)
                || form.typeProperty().get().fieldRules().stream()
                .anyMatch(rule -> rule.required() && rule.field().name().equals(name));
        Label caption = new Label(label + (required ? " *" : ""));
        Node input = input(name, field);
        if (input.getId() == null) {
            input.setId("form-" + name);
        }
        caption.setLabelFor(input);
        VBox cell = new VBox(2, input);
        if (form.understood(name) != null) {
            Label understood = new Label();
            understood.getStyleClass().add("form-understood");
            understood.textProperty().bind(form.understood(name));
            understood.visibleProperty().bind(understood.textProperty().isNotEmpty());
            understood.managedProperty().bind(understood.visibleProperty());
            cell.getChildren().add(understood);
        }
        Label problem = new Label();
        problem.setId("form-" + name + "-problem");
        problem.getStyleClass().add("form-problem");
        problem.setWrapText(true);
        if (form.problem(name) != null) {
            problem.textProperty().bind(form.problem(name));
            problem.tooltipProperty().bind(Bindings.createObjectBinding(() -> problem.getText().isEmpty() ? null
                    : new Tooltip(problem.getText()), problem.textProperty()));
        }
        grid.addRow(row, caption, cell, problem);
        return row + 1;
    }

    private Node input(String name, Field<?> field) {
        if (name.equals("sources")) {
            return sources();
        }
        if (name.equals("summary")) {
            TextArea area = new TextArea();
            area.setWrapText(true);
            area.setPrefRowCount(3);
            area.textProperty().bindBidirectional(form.text(name));
            return area;
        }
        if (field != null && field.kind() == FieldKind.FLAG) {
            CheckBox box = new CheckBox();
            box.selectedProperty().bindBidirectional(form.flag(field));
            return box;
        }
        if (field != null && field.kind() == FieldKind.LEADERSHIP_CHANGE) {
            ComboBox<String> change = new ComboBox<>();
            change.getItems().setAll(Arrays.stream(LeadershipChangeKind.values())
                    .map(LeadershipChangeKind::jsonName).toList());
            change.setEditable(true);
            change.getEditor().textProperty().bindBidirectional(form.text(name));
            return change;
        }
        TextField text = new TextField();
        text.textProperty().bindBidirectional(form.text(name));
        text.setPromptText(HINTS.getOrDefault(name, ""));
        boolean namesEntities = name.equals("company")
                || field != null && (field.kind() == FieldKind.ENTITY || field.kind() == FieldKind.ENTITIES);
        if (namesEntities) {
            boolean list = field != null && field.kind() == FieldKind.ENTITIES;
            text.setPromptText(list ? "names, comma-separated" : "a name, as the store knows it");
            typeAhead(text, list);
            text.setId("form-" + name);
            Button create = new Button("New…");
            create.setId("form-" + name + "-new");
            create.setTooltip(new Tooltip("A new entity, added with this event"));
            create.setOnAction(event -> newEntity().ifPresent(entity -> text.setText(
                    list && !text.getText().isBlank() ? text.getText().strip() + ", " + entity.name() : entity.name())));
            HBox.setHgrow(text, Priority.ALWAYS);
            return new HBox(6, text, create);
        }
        return text;
    }

    /** Asks for a new entity, which the event may name; it is added to the store with the event. */
    private Optional<Entity> newEntity() {
        Optional<Entity> made = ItemForms.entity(new EntityFormViewModel(form.parties(), null),
                getDialogPane().getScene().getWindow(), styledLike).showAndWait();
        made.ifPresent(form::addEntity);
        return made;
    }

    /** Offers the entities whose names start with what is typed; in a list, with the last name typed. */
    private void typeAhead(TextInputControl text, boolean list) {
        TextFields.bindAutoCompletion((TextField) text, request -> {
            String typed = request.getUserText();
            int comma = list ? typed.lastIndexOf(',') : -1;
            String before = comma < 0 ? "" : typed.substring(0, comma + 1) + " ";
            String last = typed.substring(comma + 1).strip().toLowerCase(Locale.ROOT);
            if (last.isEmpty()) {
                return List.of();
            }
            return form.entityNames().stream()
                    .filter(entityName -> entityName.toLowerCase(Locale.ROOT).startsWith(last))
                    .limit(12)
                    .map(entityName -> before + entityName)
                    .toList();
        });
    }

    /** The store's sources, each with a box: ticked when the event cites it. */
    private Node sources() {
        CheckListView<Source> list = new CheckListView<>(form.sources());
        list.setPrefHeight(Math.max(2, Math.min(6, form.sources().size())) * 26 + 4);
        list.setCellFactory(view -> new CheckBoxListCell<>(list::getItemBooleanProperty,
                new StringConverter<>() {
                    @Override
                    public String toString(Source source) {
                        return source == null ? "" : source.title() + (source.publisher() == null ? ""
                                : " — " + source.publisher());
                    }

                    @Override
                    public Source fromString(String text) {
                        return null;
                    }
                }));
        for (Source source : form.sources()) {
            if (form.citedSources().contains(source.id())) {
                list.getCheckModel().check(source);
            }
        }
        list.getCheckModel().getCheckedItems().addListener((ListChangeListener<Source>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(source -> form.citedSources().add(source.id()));
                change.getRemoved().forEach(source -> form.citedSources().remove(source.id()));
            }
        });
        Button create = new Button("New Source…");
        create.setId("form-sources-new");
        create.setOnAction(event -> ItemForms.source(new SourceFormViewModel(form.parties(), null),
                getDialogPane().getScene().getWindow(), styledLike).showAndWait().ifPresent(source -> {
                    form.addSource(source);
                    list.getCheckModel().check(source);
                }));
        list.setId("form-sources");
        VBox claims = new VBox(4);
        form.citedSources().addListener((SetChangeListener<String>) change -> showClaims(claims));
        showClaims(claims);
        VBox box = new VBox(4, list, create, claims);
        box.setId("form-sources-box");
        return box;
    }

    /**
     * A line for each cited source, for what it says against the event ("postMoney = ~$13.8B; date = 2023"),
     * empty when it agrees.
     */
    private void showClaims(VBox claims) {
        claims.getChildren().clear();
        for (Source source : form.sources()) {
            if (form.citedSources().contains(source.id())) {
                Label says = new Label(source.title() + " says (where it disagrees):");
                says.getStyleClass().add("form-understood");
                TextField claim = new TextField();
                claim.setId("form-says-" + source.id());
                claim.setPromptText("field = value; … such as postMoney = ~$13.8B; date = 2023");
                claim.textProperty().bindBidirectional(form.says(source.id()));
                claims.getChildren().addAll(says, claim);
            }
        }
    }
}
