package com.stakeline.cli;

import com.stakeline.domain.PartialDate;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code stakeline summary FILE [--as-of DATE] [--json]}: a digest of a store as of a day. */
@Command(name = "summary", mixinStandardHelpOptions = true,
        description = "Prints a digest of an event store as of a day: counts, span, ownership, leadership, valuations, "
                + "conflicts and consistency checks.")
final class SummaryCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The event store file.")
    private Path file;

    @Option(names = "--as-of", paramLabel = "DATE", converter = PartialDateConverter.class,
            description = "YYYY, YYYY-MM or YYYY-MM-DD; a year or month counts from its first day, as everywhere in "
                    + "Stakeline (default: today).")
    private PartialDate asOf;

    @Option(names = "--json", description = "Write one JSON object with the keys documented in the README.")
    private boolean json;

    @Mixin
    private ReadOptions readOptions;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LoadReport report = readOptions.read(file);
        if (report.loaded().isEmpty()) {
            report.problems().stream().map(Problem::format).forEach(out::println);
            out.flush();
            return 1;
        }
        Summary summary = Summary.of(report, asOf == null ? LocalDate.now() : asOf.start());
        out.print(json ? new SummaryJson(summary).text() : new SummaryReport(summary).text());
        out.flush();
        return 0;
    }

    /** Reads {@code --as-of} with the store's own date rules and messages. */
    static final class PartialDateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
