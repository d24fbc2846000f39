package com.stakeline.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorReporterTest {

    @Test
    void anUncaughtErrorIsAppendedToTheLogWithItsThreadAndTraceAndTheMessageNamesTheLog(@TempDir Path folder)
            throws IOException {
        Path log = folder.resolve("logs").resolve("stakeline.log");
        ErrorReporter reporter = new ErrorReporter(log, null);
        String first = reporter.write(new Thread("painter"), new IllegalStateException("no lanes"));
        reporter.write(new Thread("reader"), new IllegalArgumentException("bad width"));

        assertEquals("The details are in " + log + ".", first);
        String written = Files.readString(log);
        assertTrue(written.contains("on thread painter\njava.lang.IllegalStateException: no lanes\n\tat "), written);
        assertTrue(written.indexOf("no lanes") < written.indexOf("bad width"), "appended, oldest first");
    }
}
