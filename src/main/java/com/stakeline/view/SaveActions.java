package com.stakeline.view;

import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.Recovery;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Save, Save As, and the questions before unsaved changes would be lost: on closing the window, opening another
 * store, or when another program changes the file. Saving itself is the view-model's; this asks for files and
 * answers.
 */
final class SaveActions {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    private final MainViewModel viewModel;
    private final FileChooserService fileChooser;
    private final Supplier<Window> owner;

    SaveActions(MainViewModel viewModel, FileChooserService fileChooser, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.fileChooser = fileChooser;
        this.owner = owner;
        viewModel.outsideChangeProperty().addListener((observable, old, changed) -> {
            if (changed) {
                // Not from within the change that set it: the question waits for an answer.
                Platform.runLater(this::askAboutOutsideChange);
            }
        });
        viewModel.saveFailureProperty().addListener((observable, old, failure) -> {
            if (failure != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, failure, ButtonType.OK);
                alert.initOwner(owner.get());
                alert.setHeaderText("The store was not saved");
                alert.show();
            }
        });
    }

    /** Asks which to keep when another program changed the file while changes here are unsaved. */
    private void askAboutOutsideChange() {
        ButtonType keepMine = new ButtonType("Keep Mine", ButtonBar.ButtonData.NO);
        ButtonType loadTheirs = new ButtonType("Load Theirs", ButtonBar.ButtonData.YES);
        Alert ask = new Alert(Alert.AlertType.WARNING, "Keep your unsaved changes (saving them will write over the "
                + "other program's), or load the file as it is now and lose them?", keepMine, loadTheirs);
        ask.initOwner(owner.get());
        ask.setHeaderText(viewModel.fileNameProperty().get() + " was changed by another program");
        if (ask.showAndWait().filter(loadTheirs::equals).isPresent()) {
            viewModel.loadTheirs();
        } else {
            viewModel.keepMine();
        }
    }

    /**
     * Offers back the unsaved work a previous run left, before anything else is opened; true when it was restored,
     * false when there was none or the analyst did not want it (it is then dropped).
     */
    boolean offerRecovery() {
        Optional<Recovery.Found> found = viewModel.unsavedWorkFound();
        if (found.isEmpty()) {
            return false;
        }
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType drop = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        String of = found.get().original() == null ? found.get().name() + " (not saved to a file yet)"
                : found.get().original().toString();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Stakeline closed before changes to " + of + " were "
                + "saved. A copy was kept at " + DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .format(found.get().written().atZone(ZoneId.systemDefault())) + ". Restore them as unsaved changes, "
                + "or discard them?", restore, drop);
        ask.initOwner(owner.get());
        ask.setHeaderText("Restore unsaved changes?");
        if (ask.showAndWait().filter(restore::equals).isPresent()) {
            viewModel.restore(found.get());
            return true;
        }
        viewModel.discard();
        return false;
    }

    /** Saves where the store came from, or asks for a file when it came from none or that file is read-only. */
    void save() {
        saveThen(() -> { });
    }

    /** Asks for a file and saves the store there, which then becomes the open file. */
    void saveAs() {
        chooseFile().ifPresent(viewModel::save);
    }

    /**
     * Runs {@code proceed}, which would drop the store shown (close, open another), once the user agrees: at once when
     * nothing is unsaved; else after asking, and after saving if they chose to.
     *
     * @param doing what would happen, for the question: "closing", "opening another store"
     */
    void confirmThen(String doing, Runnable proceed) {
        if (!viewModel.history().unsavedProperty().get()) {
            proceed.run();
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Your changes to " + viewModel.fileNameProperty().get()
                + " will be lost if you don't save them.", SAVE, DISCARD, ButtonType.CANCEL);
        ask.initOwner(owner.get());
        ask.setHeaderText("Save the changes before " + doing + "?");
        Optional<ButtonType> answer = ask.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return;
        }
        if (answer.get() == DISCARD) {
            viewModel.discard();
            proceed.run();
        } else {
            saveThen(proceed);
        }
    }

    /** Saves, then runs {@code after} once the store is saved; not at all if the save fails or is cancelled. */
    private void saveThen(Runnable after) {
        Optional<Path> target = viewModel.canSaveInPlace() ? Optional.empty() : chooseFile();
        if (!viewModel.canSaveInPlace() && target.isEmpty()) {
            return;
        }
        viewModel.save(target.orElse(null), after);
    }

    private Optional<Path> chooseFile() {
        Path current = viewModel.fileProperty().get();
        Path folder = current == null ? null : current.toAbsolutePath().getParent();
        // The ending the installed app registers, so the saved store opens in Stakeline from the desktop.
        String name = current == null ? "company-history.stakeline.json" : current.getFileName().toString();
        return fileChooser.chooseSaveFile(owner.get(), folder, name);
    }
}
