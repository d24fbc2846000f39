package com.stakeline.view;

import com.stakeline.export.ExportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own dialogs: open and save a store, filtered to JSON files, and export, to the export's format. */
final class NativeFileChooser implements FileChooserService {

    @Override
    public Optional<Path> chooseStoreFile(Window owner, Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open event store");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Event stores (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseExportFile(Window owner, Path startFolder, String suggestedName, ExportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export as " + format.name());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                format.description() + " (*." + format.extension() + ")", "*." + format.extension()));
        chooser.setInitialFileName(suggestedName);
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(chosen -> withEnding(chosen, format.extension()));
    }

    @Override
    public Optional<Path> chooseSaveFile(Window owner, Path startFolder, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save event store as");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Event stores (*.json)", "*.json"));
        chooser.setInitialFileName(suggestedName);
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .map(chosen -> withEnding(chosen, "json"));
    }

    /** {@code file}, ending in the format's extension: some platforms' dialogs do not add it. */
    private static Path withEnding(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file
                : file.resolveSibling(name + "." + extension);
    }
}
