package com.stakeline.store;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.EventStore;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What reading a file gave: the store when it loaded, and every problem found either way.
 *
 * @param file the file's name as the user gave it
 * @param store the store, or null when any problem is an error
 * @param problems errors and warnings, in file order
 * @param failedChecks the consistency checks the loaded store fails, behind its warnings; empty when it did not load
 * @param errorCount how many errors the file has, listed or not: a report lists only the first
 *                   {@link EventStoreReader#MAX_PROBLEMS} problems
 */
public record LoadReport(String file, EventStore store, List<Problem> problems, List<CheckResult> failedChecks,
                         int errorCount) {

    /** Copies the lists. */
    public LoadReport {
        problems = List.copyOf(problems);
        failedChecks = List.copyOf(failedChecks);
    }

    /** A report of a file that could not be read at all, for one reason that concerns the whole file. */
    public static LoadReport unreadable(String file, Location location, String message) {
        return new LoadReport(file, null, List.of(new Problem(Severity.ERROR, file, location, "", message)), List.of(),
                1);
    }

    /**
     * A report of a file whose store did not fit in the memory Java was given: said in words, with the way out,
     * instead of a stack trace.
     */
    public static LoadReport tooBigForMemory(String file) {
        return unreadable(file, null, String.format(Locale.ROOT, "there is not enough memory to read it: Java may use "
                + "at most %,d MiB here; run it with more, for example java -Xmx4g -jar stakeline.jar",
                Runtime.getRuntime().maxMemory() >> 20));
    }

    /** How many warnings the file has, listed or not: each is a consistency check the store fails. */
    public int warningCount() {
        return failedChecks.size();
    }

    /** The store, when the file loaded. */
    public Optional<EventStore> loaded() {
        return Optional.ofNullable(store);
    }

    /** The problems that stopped the file from loading. */
    public List<Problem> errors() {
        return problems.stream().filter(problem -> problem.severity() == Severity.ERROR).toList();
    }

    /** The problems that did not. */
    public List<Problem> warnings() {
        return problems.stream().filter(problem -> problem.severity() == Severity.WARNING).toList();
    }
}
