package com.stakeline.cli;

import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every command that reads stores shares. */
final class ReadOptions {

    /** The largest cap that may be asked for: 64 GiB, past any store a desktop machine could hold in memory. */
    static final long MAX_MEBIBYTES = 64L * 1024;

    @Option(names = "--max-file-mib", paramLabel = "MIB", defaultValue = "" + EventStoreReader.DEFAULT_MAX_MEBIBYTES,
            description = "Refuse files larger than this many MiB, from 1 to 65536 (default: ${DEFAULT-VALUE}).")
    private long maxFileMebibytes;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /**
     * Reads {@code file} with the chosen limits. A store too big for the memory Java was given is reported as a
     * problem of the file, in words, instead of a stack trace; what was read of it is let go before the next.
     */
    LoadReport read(Path file) {
        EventStoreReader reader = reader();
        try {
            return reader.read(file);
        } catch (OutOfMemoryError e) {
            return LoadReport.tooBigForMemory(file.toString());
        }
    }

    /** A reader with the chosen limits; a usage error for a cap below 1 MiB or past 64 GiB. */
    EventStoreReader reader() {
        if (maxFileMebibytes < 1 || maxFileMebibytes > MAX_MEBIBYTES) {
            throw new ParameterException(command.commandLine(), "--max-file-mib must be from 1 to " + MAX_MEBIBYTES
                    + " MiB, not " + maxFileMebibytes);
        }
        return new EventStoreReader(maxFileMebibytes * 1024 * 1024);
    }
}
