package com.stakeline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code stakeline generate}: writes a valid synthetic store, for trying the app and measuring it at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a valid synthetic event store: a realistic mix of types, many entities, partial dates, "
                + "several sources per event and some conflicts between them.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--events", paramLabel = "N", required = true, description = "How many events.")
    private int events;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the store.")
    private Path out;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (events < 1) {
            throw new ParameterException(spec.commandLine(), "--events must be at least 1");
        }
        write(events, seed, out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("wrote " + events + " events to " + out);
        printer.flush();
        return 0;
    }

    /** Writes a synthetic store of {@code count} events, the same for the same seed. */
    static void write(int count, long seed, Path file) {
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            new SyntheticStore(count, seed).writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
