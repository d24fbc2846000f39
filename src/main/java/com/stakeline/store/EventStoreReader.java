package com.stakeline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.stakeline.domain.CheckResult;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.EventStore;
import java.io.CharConversionException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and validates event store files. Every problem is collected and placed at its line and column; a file with
 * errors yields no store, so a caller keeps whatever it had before. Warnings from the consistency checks come with a
 * store that loaded.
 */
public final class EventStoreReader {

    /** The default cap on a file's size, in MiB: 1 GiB, room for a generated store of a million events (264 MiB). */
    public static final int DEFAULT_MAX_MEBIBYTES = 1024;
    /** The default cap on a file's size, in bytes. */
    public static final long DEFAULT_MAX_BYTES = DEFAULT_MAX_MEBIBYTES * 1024L * 1024;

    /** How many bytes pass between two reports of progress: a few dozen for a million-event store. */
    private static final long PROGRESS_STEP = 4L << 20;
    /** The most problems a report lists. */
    public static final int MAX_PROBLEMS = 1_000;

    private static final Location START = new Location(1, 1);
    /** Jackson's words for a broken length limit: "Number value length (81) exceeds the maximum allowed (64, …". */
    private static final Pattern LENGTH_LIMIT = Pattern.compile(
            "(Number value|String value|Name) length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Comparator<Problem> FILE_ORDER = Comparator.comparing(
            (Problem problem) -> problem.location() == null ? START : problem.location(),
            Comparator.comparingInt(Location::line).thenComparingInt(Location::column));

    private final long maxBytes;

    /** A reader with the default size cap. */
    public EventStoreReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses files larger than {@code maxBytes}. */
    public EventStoreReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** A reader like this one that refuses files larger than {@code maxBytes}. */
    public EventStoreReader withMaxBytes(long maxBytes) {
        return new EventStoreReader(maxBytes);
    }

    /** Reads the file, naming it in problems as the caller wrote its path. */
    public LoadReport read(Path path) {
        return read(path, () -> false);
    }

    /** How far a read has got, for a progress bar. */
    public interface Progress {
        /** Tells nothing. */
        Progress NONE = new Progress() {
            @Override
            public void read(long bytes, long total) {
            }

            @Override
            public void checking() {
            }
        };

        /** {@code bytes} of the file's {@code total} have been read; {@code total} is -1 when it is not known. */
        void read(long bytes, long total);

        /** The whole file is read; its events are being checked. */
        void checking();
    }

    /**
     * Reads the file like {@link #read(Path)}, but gives up as soon as {@code stop} says so, between two chunks of
     * the file: a read whose result nobody wants any more gives back its thread and memory at once.
     */
    public LoadReport read(Path path, BooleanSupplier stop) {
        return read(path, stop, Progress.NONE);
    }

    /** Reads the file like {@link #read(Path, BooleanSupplier)}, telling {@code progress} how far it has got. */
    public LoadReport read(Path path, BooleanSupplier stop, Progress progress) {
        String name = path.toString();
        try {
            if (Files.isDirectory(path)) {
                return failed(name, null, "is a folder, not an event store file");
            }
            if (Files.exists(path) && !Files.isRegularFile(path)) {
                // A pipe with no writer would block the read forever; a device could feed it without end.
                return failed(name, null, "is not a regular file (a pipe, device or socket); an event store is a "
                        + "file");
            }
            long size = Files.size(path);
            if (size > maxBytes) {
                return failed(name, START, "the file is " + sizeText(size) + ", larger than the " + sizeText(maxBytes)
                        + " limit");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(name, in, stop, () -> Files.newInputStream(path), size, progress);
            }
        } catch (NoSuchFileException e) {
            return failed(name, null, "no such file");
        } catch (AccessDeniedException e) {
            return failed(name, null, "cannot be read: permission denied");
        } catch (IOException e) {
            return failed(name, null, "cannot be read: " + e.getMessage());
        }
    }

    /** Reads a store from a stream, naming it {@code name} in problems. The stream is not closed. */
    public LoadReport read(String name, InputStream in) {
        return read(name, in, () -> false);
    }

    /** Reads a store from a stream like {@link #read(String, InputStream)}, giving up as soon as {@code stop} says. */
    public LoadReport read(String name, InputStream in, BooleanSupplier stop) {
        if (!in.markSupported()) {
            return read(name, in, stop, null, -1, Progress.NONE);
        }
        in.mark(Integer.MAX_VALUE);
        return read(name, in, stop, () -> {
            in.reset();
            // The caller owns the stream and closes it.
            return new FilterInputStream(in) {
                @Override
                public void close() {
                }
            };
        }, -1, Progress.NONE);
    }

    /** Something that gives a file's bytes again from the start. */
    @FunctionalInterface
    private interface Reopening {
        InputStream open() throws IOException;
    }

    /**
     * Reads a store from {@code in}; when problems are placed on lines with characters of more than one byte,
     * {@code again}, if there is one, gives the bytes once more to count their columns in characters.
     */
    private LoadReport read(String name, InputStream in, BooleanSupplier stop, Reopening again, long size,
                            Progress progress) {
        StoreDecoder decoder = new StoreDecoder(name);
        JsonTree root;
        Utf8CheckingInputStream text = new Utf8CheckingInputStream(new CappedInputStream(in, maxBytes, stop,
                bytes -> progress.read(bytes, size)));
        try {
            root = JsonTreeReader.read(text,
                    (key, location) -> decoder.error(location, key, "duplicate field; only the first value counts"),
                    Map.of("entities", decoder::streamedEntity, "sources", decoder::streamedSource,
                            "events", decoder::streamedEvent));
        } catch (ReadStoppedException e) {
            return failed(name, null, "the read was stopped before the end: another file took its place");
        } catch (FileTooLargeException e) {
            return failed(name, START, "the file is larger than the " + sizeText(maxBytes) + " limit");
        } catch (JsonTreeReader.TrailingContentException e) {
            return failed(name, e.location(), e.getMessage() + "; a file holds one event store object");
        } catch (JsonTreeReader.LimitException e) {
            return failed(name, e.location(), constraintMessage(e.getMessage()));
        } catch (Utf8CheckingInputStream.NotUtf8Exception e) {
            return failed(name, e.location(), "the file is not UTF-8 text, as an event store must be: "
                    + e.getMessage() + " (byte offset " + e.offset() + ")");
        } catch (JsonProcessingException e) {
            return failed(name, locationOf(e), JsonSyntaxMessages.explain(e.getOriginalMessage()));
        } catch (CharConversionException e) {
            return failed(name, START, "the file is not valid UTF-8 text: " + e.getMessage());
        } catch (IOException e) {
            return failed(name, null, "cannot be read: " + e.getMessage());
        }
        if (root == null) {
            return failed(name, START, "the file is empty; an event store is a JSON object");
        }
        progress.checking();
        EventStore store = decoder.decode(root);
        List<Problem> problems = new ArrayList<>(decoder.problems());
        List<CheckResult> failedChecks = store == null ? List.of() : ConsistencyChecks.failures(store);
        for (CheckResult failure : failedChecks) {
            problems.add(new Problem(Severity.WARNING, name, decoder.eventLocation(failure.eventId()),
                    "event '" + failure.eventId() + "'", failure.description()));
        }
        problems.sort(FILE_ORDER);
        List<Problem> listed = listed(name, problems, decoder.unlistedErrors());
        if (text.sawMultibyte() && again != null) {
            try (InputStream bytes = again.open()) {
                listed = CharacterColumns.of(listed, bytes);
            } catch (IOException e) {
                // The columns stay counted in bytes: a little off on lines with accents or emoji, never lost.
            }
        }
        int errorCount = decoder.unlistedErrors()
                + (int) problems.stream().filter(problem -> problem.severity() == Severity.ERROR).count();
        return new LoadReport(name, store, listed, failedChecks, errorCount);
    }

    /**
     * The first {@link #MAX_PROBLEMS} of {@code problems}, in file order, and a last line that counts the rest: a file
     * with a million bad fields gets a readable report, not millions of lines.
     */
    private static List<Problem> listed(String name, List<Problem> problems, int unlistedErrors) {
        int unlisted = unlistedErrors + Math.max(0, problems.size() - MAX_PROBLEMS);
        if (unlisted == 0) {
            return problems;
        }
        List<Problem> listed = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
        boolean errors = unlistedErrors > 0 || problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
        listed.add(new Problem(errors ? Severity.ERROR : Severity.WARNING, name, null, "", String.format(Locale.ROOT,
                "… and %,d more problems; only the first %,d are listed", unlisted, MAX_PROBLEMS)));
        return listed;
    }

    private static LoadReport failed(String name, Location location, String message) {
        return LoadReport.unreadable(name, location, message);
    }

    private static Location locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? START : new Location(e.getLocation().getLineNr(), e.getLocation().getColumnNr());
    }

    private static String constraintMessage(String message) {
        if (message.contains("nesting depth")) {
            return "values are nested deeper than " + JsonTreeReader.MAX_NESTING_DEPTH
                    + " levels; an event store needs only a few";
        }
        Matcher length = LENGTH_LIMIT.matcher(message);
        if (length.find()) {
            String what = switch (length.group(1)) {
                case "Number value" -> "a number";
                case "String value" -> "a string";
                default -> "a field name";
            };
            return String.format(Locale.ROOT, "%s of %,d characters is longer than the %,d an event store allows",
                    what, Long.parseLong(length.group(2)), Long.parseLong(length.group(3)));
        }
        return "a value is too long to be part of an event store (" + JsonSyntaxMessages.detail(message) + ")";
    }

    /** A size for people: "512 bytes", "2.9 KiB", "256 MiB". */
    static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        boolean kibibytes = bytes < 1024 * 1024;
        double value = kibibytes ? bytes / 1024.0 : bytes / (1024.0 * 1024.0);
        return String.format(Locale.ROOT, "%.1f", value).replace(".0", "") + (kibibytes ? " KiB" : " MiB");
    }

    /** Thrown when a stream passes the size cap, which a file's size may not reveal up front (a pipe, a growing file). */
    private static final class FileTooLargeException extends IOException {
        FileTooLargeException() {
            super("file too large");
        }
    }

    /** Thrown when the caller asked for a read to stop. */
    private static final class ReadStoppedException extends IOException {
        ReadStoppedException() {
            super("read stopped");
        }
    }

    /** Stops reading once more than the cap has come through, or when the caller says to. */
    private static final class CappedInputStream extends FilterInputStream {
        private final long cap;
        private final BooleanSupplier stop;
        private final LongConsumer progress;
        private long count;
        private long reported;

        CappedInputStream(InputStream in, long cap, BooleanSupplier stop, LongConsumer progress) {
            super(in);
            this.cap = cap;
            this.stop = stop;
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public void close() {
            // The caller owns the stream.
        }

        private void counted(int n) throws IOException {
            if (stop.getAsBoolean()) {
                throw new ReadStoppedException();
            }
            count += n;
            if (count - reported >= PROGRESS_STEP) {
                reported = count;
                progress.accept(count);
            }
            if (count > cap) {
                throw new FileTooLargeException();
            }
        }
    }
}
