package com.stakeline.view;

import com.stakeline.viewmodel.AppData;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The one handler of errors nothing else caught, on any thread: it writes the error to a log under the app's data
 * folder and tells the analyst in a short message with that path. The app keeps running: an error in one view
 * should not take unsaved work with it.
 */
final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final System.Logger LOG = System.getLogger(ErrorReporter.class.getName());

    private final Path log;
    private final Window owner;
    /** One message at a time: an error repeated on every pulse would otherwise stack dialogs without end. */
    private final AtomicBoolean showing = new AtomicBoolean();

    ErrorReporter(Path log, Window owner) {
        this.log = log;
        this.owner = owner;
    }

    /** Handles errors on every thread, the FX thread's included, from now on. */
    static void install(Window owner) {
        ErrorReporter reporter = new ErrorReporter(AppData.folder().resolve("logs").resolve("stakeline.log"), owner);
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        Thread.currentThread().setUncaughtExceptionHandler(reporter);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        String written = write(thread, error);
        Platform.runLater(() -> tell(error, written));
    }

    /** Appends the error to the log; says where, or why it could not. */
    String write(Thread thread, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, ZonedDateTime.now() + " on thread " + thread.getName() + "\n" + trace + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return "The details are in " + log + ".";
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "uncaught error, not logged to " + log, error);
            return "The details could not be written to " + log + " (" + e.getMessage() + ").";
        }
    }

    private void tell(Throwable error, String written) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, "Stakeline hit an error it did not expect: " + error
                + ". " + written + " It keeps running; save your work if you have unsaved changes.", ButtonType.OK);
        alert.setHeaderText("Something went wrong");
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setOnHidden(hidden -> showing.set(false));
        alert.show();
    }
}
