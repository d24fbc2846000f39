package com.stakeline.view;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The platform's own open dialog, filtered to JSON files. */
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
}
