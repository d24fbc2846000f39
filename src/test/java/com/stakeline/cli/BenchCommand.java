package com.stakeline.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.stakeline.domain.EventStore;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark, for synthetic stores of growing size: load time, heap after load, the time from a loaded store to
 * the first timeline frame, timeline redraws stage by stage (drawn headless on JavaFX's software pipeline at
 * 1600×900), the longest the FX thread is busy while the window opens the file, what a move of the as-of cursor costs
 * the FX thread, and as-of query times. It draws on Monocle's headless platform,
 * a test library, so it lives with the tests and runs from the test class path:
 * {@code mvn -q -Pbench verify -Dbench.args="--sizes 1000,10000"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures load time, heap after load, the first timeline frame, timeline redraws by stage "
                + "(layout, painting, canvas, rasterising) at 1600x900, headless, the FX thread's longest busy spell "
                + "while the window opens the file, what a move of the as-of cursor costs it with each tab in front, "
                + "and as-of queries, for synthetic stores of each size.")
final class BenchCommand implements Callable<Integer> {

    /** How many times the first frame is timed, for the median; once only for the largest stores, which take seconds. */
    private static final int FIRST_FRAME_RUNS = 5;
    /** A million synthetic events take about 270 MiB of JSON, past the everyday 256 MiB cap. */
    private static final long BENCH_MAX_BYTES = 1L << 30;

    @Option(names = "--sizes", split = ",", paramLabel = "N,N,...", defaultValue = "1000,10000,100000,1000000",
            description = "Store sizes in events (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--redraws", paramLabel = "K", defaultValue = "40",
            description = "Timed redraws per view, after as many untimed ones to warm up (default: ${DEFAULT-VALUE}).")
    private int redraws;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic stores (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--skip-timeline", description = "Measure loading and as-of queries only, not the timeline.")
    private boolean skipTimeline;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        startHeadlessToolkit();
        out.printf(Locale.ROOT, "Stakeline benchmark: %d cores, max heap %d MiB, Java %s, JavaFX %s, prism %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order"));
        out.println("first frame = from a loaded store to the first drawn timeline, ms, the median of " + FIRST_FRAME_RUNS
                + " runs: all, then of it preparing the store (tenures and badges), the lanes' thread alongside"
                + " (events placed, then tenure bars), and swapping in and drawing on the FX thread; last, the first"
                + " run's total, right after the read");
        out.println("redraws at 1600x900, ms: layout median and p95, then p95 of layout +paint through a Painter"
                + " that draws nothing, +canvas (the screen's redraw), +raster (a snapshot of it)");
        out.printf(Locale.ROOT, "%10s %8s %8s %-36s | %-37s | %-37s%n", "events", "load ms", "heap MiB",
                "first frame: all prep lanes fx first", "whole span: " + TimelineBench.REDRAW_HEADER, "one month");
        out.flush();
        TimelineBench timeline = new TimelineBench(redraws);
        if (!skipTimeline) {
            warmUp(timeline);
        }
        List<String> asOfRows = new ArrayList<>();
        List<String> scanRows = new ArrayList<>();
        List<String> openingRows = new ArrayList<>();
        List<String> cursorRows = new ArrayList<>();
        for (int size : sizes) {
            Path file = Files.createTempFile("stakeline-bench-", ".json");
            try {
                GenerateCommand.write(size, seed, file);
                double scanMillis = tokenScan(file);
                long start = System.nanoTime();
                LoadReport report = new EventStoreReader(BENCH_MAX_BYTES).read(file);
                double loadMillis = (System.nanoTime() - start) / 1e6;
                EventStore store = report.loaded().orElseThrow(() -> new IllegalStateException(
                        "the synthetic store did not load: " + report.errors().stream().limit(3).toList()));
                long heap = usedHeapAfterGc();
                // After the load and its heap, which the floor's garbage would otherwise weigh on.
                double floorMillis = DecodeFloor.millis(file);
                scanRows.add(String.format(Locale.ROOT, "%10d %9.1f %9.0f %9.0f %7.1f× %9.0f %7.1f×", size,
                        Files.size(file) / 1048576.0, scanMillis, loadMillis, loadMillis / scanMillis, floorMillis,
                        floorMillis / scanMillis));
                if (skipTimeline) {
                    out.printf(Locale.ROOT, "%10d %8.0f %8d%n", size, loadMillis, heap >> 20);
                } else {
                    String firstFrame = TimelineBench.firstFrame(store, FIRST_FRAME_RUNS);
                    String[] redrawn = TimelineBench.onFx(() -> timeline.redraws(store));
                    out.printf(Locale.ROOT, "%10d %8.0f %8d %-36s | %-37s | %-37s%n", size, loadMillis, heap >> 20,
                            firstFrame, redrawn[0], redrawn[1]);
                    openingRows.add(String.format(Locale.ROOT, "%10d %s", size, TimelineBench.openingFreeze(file)));
                    cursorRows.add(String.format(Locale.ROOT, "%10d %s", size, CursorBench.measure(file, seed)));
                }
                out.flush();
                asOfRows.add(String.format(Locale.ROOT, "%10d %s", size, AsOfBench.measure(store, seed)));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        if (!openingRows.isEmpty()) {
            out.println();
            out.println("opening the file in the whole window (read, check, prepare, show), ms: time until shown; the"
                    + " time until the analysis tabs had the company's history; the longest the FX thread kept a"
                    + " heartbeat waiting meanwhile, in all and in its own CPU time (the rest is waiting for the"
                    + " software renderer); in a new window, then again in the same window");
            out.printf(Locale.ROOT, "%10s %8s %8s %9s %9s | %8s %8s %9s %9s%n", "events", "shown", "analysed",
                    "FX wait", "FX CPU", "again", "analysed", "FX wait", "FX CPU");
            openingRows.forEach(out::println);
            out.println();
            out.println("moving the as-of cursor to a random day in the whole window at 1600x1000, with each tab in"
                    + " front: the FX thread's CPU ms until every view has answered, every chart has redrawn and the"
                    + " next pulse has laid the window out; median and 95th percentile of " + CursorBench.MOVES + " moves");
            out.printf(Locale.ROOT, "%10s %s%n", "events", CursorBench.HEADER);
            cursorRows.forEach(out::println);
        }
        out.println();
        out.println("loading against Jackson's own token scan of the same file (nextToken() to the end, nothing kept),"
                + " in process: the reader's cost over the parser's; floor = the same file streamed straight into"
                + " columns, nothing checked (DecodeFloor), the least any reader could cost");
        out.printf(Locale.ROOT, "%10s %9s %9s %9s %8s %9s %8s%n", "events", "file MiB", "scan ms", "load ms", "ratio",
                "floor ms", "ratio");
        scanRows.forEach(out::println);
        out.println();
        out.println("as-of queries on the subject at random days: build = one walk that indexes the history;"
                + " linear = walk the events up to the day (the query before the index);"
                + " indexed = binary search in the history, mean / 99th percentile; ownership pie = what the"
                + " ownership tab does when the cursor moves (snapshot, slices, layout, paint), mean / 99th percentile");
        out.printf(Locale.ROOT, "%10s %s%n", "events", AsOfBench.HEADER);
        asOfRows.forEach(out::println);
        out.flush();
        Platform.exit();
        return 0;
    }

    /** How long a bare token scan of {@code file} takes, in milliseconds: the parser's own speed, the floor. */
    private static double tokenScan(Path file) throws IOException {
        long start = System.nanoTime();
        long tokens = 0;
        try (JsonParser parser = new JsonFactory().createParser(file.toFile())) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (tokens == 0) {
            throw new IllegalStateException("the synthetic store holds no tokens");
        }
        return millis;
    }

    /**
     * Runs the timeline's part once on a small store, unmeasured, so that the first size is not timed while the JIT
     * compiles and JavaFX loads its classes.
     */
    private void warmUp(TimelineBench timeline) throws Exception {
        Path file = Files.createTempFile("stakeline-bench-warm-up-", ".json");
        try {
            GenerateCommand.write(10_000, seed, file);
            EventStore store = new EventStoreReader(BENCH_MAX_BYTES).read(file).loaded().orElseThrow();
            TimelineBench.firstFrame(store, FIRST_FRAME_RUNS);
            TimelineBench.onFx(() -> timeline.redraws(store));
            TimelineBench.openingFreeze(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Starts JavaFX on Monocle's headless platform with the software pipeline, which needs no display. */
    private static void startHeadlessToolkit() throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        // The 1600x900 window must fit Monocle's screen, 1280x800 unless told.
        System.setProperty("headless.geometry", "1920x1200-32");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
    }

    /** Runs the benchmark with the command line's arguments and exits with its status. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }
}
