package com.stakeline.view;

import com.stakeline.export.ExportFormat;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a store file; tests answer without a native dialog. */
@FunctionalInterface
public interface FileChooserService {

    /** The file the user chose, or empty when they cancelled. */
    Optional<Path> chooseStoreFile(Window owner, Path startFolder);

    /**
     * The file to export to in {@code format}, offering {@code suggestedName} in {@code startFolder} (null for the
     * platform's choice), or empty when the user cancelled. A service made only to open files, as in tests of
     * opening, answers as if cancelled.
     */
    default Optional<Path> chooseExportFile(Window owner, Path startFolder, String suggestedName, ExportFormat format) {
        return Optional.empty();
    }

    /**
     * The file to save the store to, offering {@code suggestedName} in {@code startFolder} (null for the platform's
     * choice), or empty when the user cancelled; a service made only to open files answers as if cancelled.
     */
    default Optional<Path> chooseSaveFile(Window owner, Path startFolder, String suggestedName) {
        return Optional.empty();
    }
}
