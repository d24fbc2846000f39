package com.stakeline.store;

import com.stakeline.domain.EventStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Saves two versions of a store over one file in turn, without end, for {@link KilledSaveTest} to kill at a random
 * moment: {@code SaveLoop FILE FIRST SECOND}.
 */
final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        EventStore[] versions = {load(Path.of(args[1])), load(Path.of(args[2]))};
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; ; i++) {
            EventStoreWriter.save(versions[i % 2], file);
        }
    }

    private static EventStore load(Path file) {
        return new EventStoreReader().read(file).loaded().orElseThrow();
    }
}
