package com.stakeline.cli;

import com.stakeline.domain.EventStore;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import com.stakeline.view.timeline.TimelineView;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark: load time, heap after load, timeline redraw times (drawn headless on JavaFX's software pipeline at
 * 1600×900) and as-of query times, for synthetic stores of growing size. It draws on Monocle's headless platform,
 * a test library, so it lives with the tests and runs from the test class path:
 * {@code mvn -q -Pbench verify -Dbench.args="--sizes 1000,10000"}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures load time, heap after load, timeline redraws (median and 95th percentile) at "
                + "1600x900, headless, and as-of queries (linear walk against the indexed history), for synthetic "
                + "stores of each size.")
final class BenchCommand implements Callable<Integer> {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 900;
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

    @Option(names = "--skip-timeline", description = "Measure loading and as-of queries only, not timeline redraws.")
    private boolean skipTimeline;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        startHeadlessToolkit();
        out.printf(Locale.ROOT, "Stakeline timeline benchmark: %d cores, max heap %d MiB, Java %s, JavaFX %s, prism %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), System.getProperty("javafx.runtime.version"),
                System.getProperty("prism.order"));
        out.println("redraw = lay out visible events, labels and clusters and issue the canvas drawing;"
                + " +render = the same, then rasterize the control (a snapshot)");
        out.printf(Locale.ROOT, "%10s %9s %9s | %-28s | %-28s%n", "events", "load ms", "heap MiB",
                "whole span: redraw / +render", "one month: redraw / +render");
        out.flush();
        List<String> asOfRows = new ArrayList<>();
        for (int size : sizes) {
            Path file = Files.createTempFile("stakeline-bench-", ".json");
            try {
                GenerateCommand.write(size, seed, file);
                long start = System.nanoTime();
                LoadReport report = new EventStoreReader(BENCH_MAX_BYTES).read(file);
                double loadMillis = (System.nanoTime() - start) / 1e6;
                EventStore store = report.loaded().orElseThrow(() -> new IllegalStateException(
                        "the synthetic store did not load: " + report.errors().stream().limit(3).toList()));
                long heap = usedHeapAfterGc();
                Row row = skipTimeline ? new Row("skipped", "skipped") : onFx(() -> measureTimeline(store));
                out.printf(Locale.ROOT, "%10d %9.0f %9d | %-28s | %-28s%n", size, loadMillis, heap >> 20, row.whole(),
                        row.month());
                out.flush();
                asOfRows.add(String.format(Locale.ROOT, "%10d %s", size, AsOfBench.measure(store, seed)));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        out.println();
        out.println("as-of queries on the subject at random days: build = one walk that indexes the history;"
                + " linear = walk the events up to the day (the query before the index);"
                + " indexed = binary search in the history, mean / 99th percentile");
        out.printf(Locale.ROOT, "%10s %s%n", "events", AsOfBench.HEADER);
        asOfRows.forEach(out::println);
        out.flush();
        Platform.exit();
        return 0;
    }

    private record Row(String whole, String month) {
    }

    private Row measureTimeline(EventStore store) {
        TimelineViewModel viewModel = new TimelineViewModel(new AnalysisContext(), Clock.systemDefaultZone());
        viewModel.open(store, false);
        TimelineView view = new TimelineView(viewModel);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        view.applyCss();
        view.layout();
        String whole = timings(view);
        LocalDate middle = LocalDate.ofEpochDay((long) ((viewModel.windowProperty().get().start()
                + viewModel.windowProperty().get().end()) / 2)).withDayOfMonth(1);
        viewModel.windowProperty().set(TimeWindow.of(middle, middle.plusMonths(1).minusDays(1)));
        String month = timings(view);
        stage.close();
        return new Row(whole, month);
    }

    /** Median and 95th percentile of a redraw, and of a redraw with rendering, in milliseconds. */
    private String timings(TimelineView view) {
        double[] redraw = time(view::redrawNow);
        double[] rendered = time(() -> {
            view.redrawNow();
            view.snapshot(null, null);
        });
        return String.format(Locale.ROOT, "%5.2f p95 %5.2f / %5.2f p95 %5.2f", percentile(redraw, 50),
                percentile(redraw, 95), percentile(rendered, 50), percentile(rendered, 95));
    }

    private double[] time(Runnable work) {
        for (int i = 0; i < redraws; i++) {
            work.run();
        }
        double[] millis = new double[redraws];
        for (int i = 0; i < redraws; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    private static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
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
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.join();
        Platform.setImplicitExit(false);
    }

    /** Runs the benchmark with the command line's arguments and exits with its status. */
    public static void main(String[] args) {
        System.exit(new picocli.CommandLine(new BenchCommand()).execute(args));
    }

    private static <T> T onFx(Supplier<T> work) throws InterruptedException, ExecutionException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
