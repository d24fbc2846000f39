package com.stakeline.cli;

import com.stakeline.store.EventStoreReader;
import picocli.CommandLine.Option;

/** The options every command that reads stores shares. */
final class ReadOptions {

    @Option(names = "--max-file-mib", paramLabel = "MIB", defaultValue = "256",
            description = "Refuse files larger than this many MiB (default: ${DEFAULT-VALUE}).")
    private long maxFileMebibytes;

    /** A reader with the chosen limits. */
    EventStoreReader reader() {
        return new EventStoreReader(maxFileMebibytes * 1024 * 1024);
    }
}
