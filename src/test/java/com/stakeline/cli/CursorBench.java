package com.stakeline.cli;

import static com.stakeline.cli.TimelineBench.onFx;

import com.stakeline.domain.EventStore;
import com.stakeline.store.EventStoreReader;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.TestPreferences;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;

/**
 * What moving the as-of cursor costs the FX thread in the whole window, with each analysis tab in front: every
 * view-model's answer for the new day, every chart redrawn on its canvas, and the next pulse's styling and layout of
 * the tables whose rows changed. The pixels are then put on screen by JavaFX's render thread, which the FX thread
 * does not wait for.
 */
final class CursorBench {

    static final String HEADER = String.format(Locale.ROOT, "%-22s | %-22s | %-22s | %-22s", "Events tab",
            "Ownership tab", "Valuation tab", "Leadership tab");

    static final int MOVES = 60;
    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    /** Where the tabs are in the tab pane: Events, Ownership, Valuation, Leadership. */
    private static final int TABS = 4;

    private CursorBench() {
    }

    /**
     * For each of the first four tabs in front, the FX thread's CPU time per cursor move to a random day of
     * {@code file}'s span, in milliseconds: median and 95th percentile.
     */
    static String measure(Path file, long seed) throws Exception {
        Preferences preferences = TestPreferences.fresh();
        try {
            MainViewModel viewModel = onFx(() -> new MainViewModel(new EventStoreReader(1L << 30),
                    new FxTaskExecutor(), preferences));
            Stage stage = TimelineBench.showWindow(viewModel, preferences, WIDTH, HEIGHT);
            onFx(() -> {
                viewModel.open(file);
                return null;
            });
            // The history is worked out after the first frame; the leadership strip is its last product.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (onFx(() -> viewModel.leadership().stripProperty().get()) == null) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the history of " + file + " was not ready in 10 minutes");
                }
                Thread.sleep(20);
            }
            EventStore store = viewModel.getStore();
            LocalDate first = store.events().get(0).date().start();
            long span = store.events().get(store.events().size() - 1).date().end().toEpochDay() - first.toEpochDay();
            SplittableRandom random = new SplittableRandom(seed);
            TabPane tabs = (TabPane) stage.getScene().lookup("#analysis-tabs");
            List<String> cells = new ArrayList<>();
            for (int tab = 0; tab < TABS; tab++) {
                int shown = tab;
                onFx(() -> {
                    tabs.getSelectionModel().select(shown);
                    return null;
                });
                double[] millis = new double[MOVES];
                for (int i = -MOVES; i < MOVES; i++) {
                    double cost = move(stage.getScene(), viewModel, first.plusDays(random.nextLong(span + 1)));
                    if (i >= 0) {
                        millis[i] = cost;
                    }
                }
                cells.add(String.format(Locale.ROOT, "%7.2f p95 %7.2f     ", Percentiles.of(millis, 50),
                        Percentiles.of(millis, 95)));
            }
            onFx(() -> {
                stage.hide();
                return null;
            });
            return String.join(" | ", cells);
        } finally {
            TestPreferences.remove(preferences);
        }
    }

    /**
     * Moves the cursor to {@code day} and returns the FX thread's CPU milliseconds until the charts have redrawn and
     * the next pulse has styled and laid the window out, whichever comes last. CPU time leaves out any wait for the
     * pulse's timer between the two.
     */
    private static double move(Scene scene, MainViewModel viewModel, LocalDate day) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        CompletableFuture<Long> redrawn = new CompletableFuture<>();
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        Runnable afterLayout = () -> laidOut.complete(threads.getCurrentThreadCpuTime());
        long start = onFx(() -> {
            scene.addPostLayoutPulseListener(afterLayout);
            long cpu = threads.getCurrentThreadCpuTime();
            viewModel.context().asOfProperty().set(day);
            // Queued after every redraw the move asked for, so it runs once they have.
            Platform.runLater(() -> redrawn.complete(threads.getCurrentThreadCpuTime()));
            Platform.requestNextPulse();
            return cpu;
        });
        long end = Math.max(redrawn.get(1, TimeUnit.MINUTES), laidOut.get(1, TimeUnit.MINUTES));
        onFx(() -> {
            scene.removePostLayoutPulseListener(afterLayout);
            return null;
        });
        return (end - start) / 1e6;
    }
}
