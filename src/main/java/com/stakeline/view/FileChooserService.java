package com.stakeline.view;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Asks the user for a store file; tests answer without a native dialog. */
@FunctionalInterface
public interface FileChooserService {

    /** The file the user chose, or empty when they cancelled. */
    Optional<Path> chooseStoreFile(Window owner, Path startFolder);
}
