package com.stakeline.cli;

import com.stakeline.view.StakelineApp;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The entry point: with no command it opens the desktop app, on FILE or on the bundled dataset; {@code validate}
 * and {@code summary} work without a display.
 *
 * <p>This class does not extend {@code Application}, so the app starts from a plain class path ({@code java -jar}).
 */
@Command(name = "stakeline", mixinStandardHelpOptions = true, version = "Stakeline 0.1",
        description = "Explore a company's deals, ownership and leadership over time.",
        subcommands = {ValidateCommand.class, SummaryCommand.class})
public final class Main implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE",
            description = "An event store to open in the app (default: the bundled Scale AI dataset).")
    private Path file;

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, for tests that run commands in-process. */
    static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    @Override
    public Integer call() {
        StakelineApp.launch(file);
        return 0;
    }
}
