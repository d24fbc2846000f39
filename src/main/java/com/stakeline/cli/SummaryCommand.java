package com.stakeline.cli;

import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code stakeline summary FILE}: a plain-text digest of a store. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a digest of an event store: counts, span, ownership, leadership, valuations, conflicts "
                + "and consistency checks.")
final class SummaryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event store file.")
    private Path file;

    @Mixin
    private ReadOptions readOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadReport report = readOptions.reader().read(file);
        if (report.loaded().isEmpty()) {
            report.problems().stream().map(Problem::format).forEach(out::println);
            out.flush();
            return 1;
        }
        out.print(new SummaryReport(report).text());
        out.flush();
        return 0;
    }
}
