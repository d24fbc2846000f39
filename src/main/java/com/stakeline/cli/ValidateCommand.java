package com.stakeline.cli;

import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stakeline validate FILE...}: every problem and warning of each file, and an exit code scripts can test. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks event store files and prints every problem as FILE:LINE:COLUMN: PATH: message.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file loads (warnings allowed)", "1:a file has errors", "2:bad usage"})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event store files to check.")
    private List<Path> files;

    @Mixin
    private ReadOptions readOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean allLoaded = true;
        for (Path file : files) {
            LoadReport report = readOptions.read(file);
            report.problems().stream().map(Problem::format).forEach(out::println);
            report.loaded().ifPresent(store -> out.println(file + ": ok, " + store.events().size() + " events, "
                    + report.warningCount() + (report.warningCount() == 1 ? " warning" : " warnings")));
            allLoaded &= report.loaded().isPresent();
        }
        out.flush();
        return allLoaded ? 0 : 1;
    }
}
