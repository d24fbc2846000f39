package com.stakeline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The entry point: with no command it opens the desktop app, on FILE or on the bundled dataset; {@code validate}
 * and {@code summary} work without a display.
 *
 * <p>This class does not extend {@code Application}, so the app starts from a plain class path ({@code java -jar});
 * {@link DesktopLauncher} then gives JavaFX the module layer it expects.
 */
@Command(name = "stakeline", mixinStandardHelpOptions = true, versionProvider = Version.class, scope = ScopeType.INHERIT,
        description = "Explore a company's deals, ownership and leadership over time.",
        subcommands = {ValidateCommand.class, SummaryCommand.class, ExportCommand.class, FormatCommand.class,
                GenerateCommand.class})
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

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (noDisplayOnLinux()) {
            spec.commandLine().getErr().println("stakeline: no display to open the window on (DISPLAY is not set). "
                    + "Without a display, use 'stakeline validate FILE' or 'stakeline summary FILE'.");
            return 1;
        }
        DesktopLauncher.launch(file);
        return 0;
    }

    /** JavaFX would fail with a stack trace on a Linux machine with no X or Wayland display; say it plainly instead. */
    private static boolean noDisplayOnLinux() {
        return System.getProperty("os.name", "").startsWith("Linux")
                && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }
}
