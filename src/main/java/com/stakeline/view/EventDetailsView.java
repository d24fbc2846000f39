package com.stakeline.view;

import com.stakeline.domain.CheckResult;
import com.stakeline.viewmodel.EventDetailsViewModel;
import com.stakeline.viewmodel.Fact;
import com.stakeline.viewmodel.SourceLine;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The selected event's figures, sources and checks, disputed figures marked with what the other sources say. */
final class EventDetailsView extends StackPane {

    private final EventDetailsViewModel viewModel;
    private final GridPane facts = new GridPane();
    private final VBox sources = new VBox();
    private final VBox checks = new VBox();
    private final ScrollPane scroll;

    EventDetailsView(EventDetailsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("event-details");
        getStyleClass().add("event-details");

        Label title = new Label();
        title.setId("details-title");
        title.getStyleClass().add("details-title");
        title.setWrapText(true);
        title.textProperty().bind(viewModel.titleProperty());

        Label subtitle = new Label();
        subtitle.getStyleClass().add("details-subtitle");
        subtitle.textProperty().bind(viewModel.subtitleProperty());

        Label summary = new Label();
        summary.getStyleClass().add("details-summary");
        summary.setWrapText(true);
        summary.textProperty().bind(viewModel.summaryProperty());

        facts.setId("details-facts");
        facts.getStyleClass().add("details-facts");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        facts.getColumnConstraints().setAll(labels, values);
        sources.setId("details-sources");
        sources.getStyleClass().add("details-list");
        checks.setId("details-checks");
        checks.getStyleClass().add("details-list");

        Label sourcesHeading = heading("Sources");
        Label checksHeading = heading("Checks");
        checksHeading.visibleProperty().bind(Bindings.isNotEmpty(viewModel.checks())
                .or(viewModel.checksStatusProperty().isNotEmpty()));
        checksHeading.managedProperty().bind(checksHeading.visibleProperty());
        Label checksStatus = new Label();
        checksStatus.setId("details-checks-status");
        checksStatus.getStyleClass().add("details-status");
        checksStatus.setWrapText(true);
        checksStatus.textProperty().bind(viewModel.checksStatusProperty());
        checksStatus.visibleProperty().bind(viewModel.checksStatusProperty().isNotEmpty());
        checksStatus.managedProperty().bind(checksStatus.visibleProperty());

        VBox content = new VBox(title, subtitle, summary, facts, sourcesHeading, sources, checksHeading, checksStatus,
                checks);
        content.getStyleClass().add("details-content");
        scroll = new ScrollPane(content);
        scroll.setId("details-scroll");
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(true);
        scroll.visibleProperty().bind(viewModel.emptyProperty().not());

        Label placeholder = new Label("Select an event to see its figures, its sources and where they disagree.");
        placeholder.getStyleClass().add("details-placeholder");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(viewModel.emptyProperty());

        getChildren().addAll(placeholder, scroll);
        viewModel.facts().addListener((ListChangeListener<Fact>) change -> showFacts());
        viewModel.sources().addListener((ListChangeListener<SourceLine>) change -> showSources());
        viewModel.checks().addListener((ListChangeListener<CheckResult>) change -> showChecks());
        // Another event starts at its title, not where the last one was scrolled to.
        viewModel.titleProperty().addListener(observable -> scroll.setVvalue(0));
        viewModel.subtitleProperty().addListener(observable -> scroll.setVvalue(0));
    }

    /** Puts the keyboard in the details, where arrow keys scroll them. */
    void focusContent() {
        scroll.requestFocus();
    }

    private void showFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (Fact fact : viewModel.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            GridPane.setValignment(label, VPos.TOP);
            Label value = new Label(fact.disputed() ? fact.value() + "  ⚠" : fact.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            facts.addRow(row++, label, value);
            if (fact.disputed()) {
                value.getStyleClass().add("disputed");
                Label dispute = new Label("Disputed: " + fact.dispute());
                dispute.getStyleClass().add("fact-dispute");
                dispute.setWrapText(true);
                facts.add(dispute, 1, row++);
            }
        }
    }

    private void showSources() {
        sources.getChildren().clear();
        for (SourceLine line : viewModel.sources()) {
            Label title = new Label(line.title());
            title.getStyleClass().add("source-title");
            title.setWrapText(true);
            VBox entry = new VBox(title);
            if (!line.details().isEmpty()) {
                Label details = new Label(line.details());
                details.getStyleClass().add("source-details");
                entry.getChildren().add(details);
            }
            if (!line.notes().isEmpty()) {
                Label notes = new Label(line.notes());
                notes.getStyleClass().add("source-notes");
                notes.setWrapText(true);
                entry.getChildren().add(notes);
            }
            if (!line.claims().isEmpty()) {
                Label claims = new Label(line.claims());
                claims.getStyleClass().add("fact-dispute");
                claims.setWrapText(true);
                entry.getChildren().add(claims);
            }
            entry.getStyleClass().add("source-entry");
            sources.getChildren().add(entry);
        }
    }

    private void showChecks() {
        checks.getChildren().setAll(viewModel.checks().stream().map(result -> {
            Label check = new Label((result.passed() ? "✓ " : "⚠ ") + result.description());
            check.getStyleClass().add(result.passed() ? "check-passed" : "check-failed");
            check.setWrapText(true);
            return check;
        }).toList());
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("details-heading");
        return heading;
    }
}
