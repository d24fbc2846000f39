package com.stakeline.cli;

import com.stakeline.store.EventStoreWriter;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code stakeline format FILE...}: rewrites event stores in their canonical form, as {@code gofmt} does for Go, so
 * that stores kept in version control differ only where their content does.
 */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = {"Rewrites event store files in canonical form: keys in the documented order, two-space "
                + "indentation, a block per entity, source and event, events by date and then id.",
                "Each file is replaced atomically. A file with errors is reported and left as it is."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is canonical now (or, with --check, already was)",
                "1:a file has errors, could not be written, or (with --check) is not canonical", "2:bad usage"})
final class FormatCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Event store files to format.")
    private List<Path> files;

    @Option(names = "--check", description = "Change nothing; list the files that are not in canonical form.")
    private boolean check;

    @Mixin
    private ReadOptions readOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allWell = true;
        for (Path file : files) {
            LoadReport report = readOptions.read(file);
            if (report.loaded().isEmpty()) {
                report.problems().stream().map(Problem::format).forEach(err::println);
                err.println(file + ": left as it is: it has errors");
                allWell = false;
                continue;
            }
            try {
                if (EventStoreWriter.isCanonical(report.loaded().get(), file)) {
                    continue;
                }
                if (check) {
                    out.println(file);
                    allWell = false;
                } else {
                    EventStoreWriter.rewrite(report.loaded().get(), file);
                    out.println(file + ": formatted");
                }
            } catch (IOException e) {
                err.println(file + ": cannot be written, left as it was: " + e.getMessage());
                allWell = false;
            }
        }
        out.flush();
        err.flush();
        return allWell ? 0 : 1;
    }
}
