package com.stakeline.cli;

import com.stakeline.chart.Painter;
import com.stakeline.chart.ownership.OwnershipPie;
import com.stakeline.chart.text.FontMetricsMeasure;
import com.stakeline.chart.timeline.FrameLayout;
import com.stakeline.chart.timeline.TimeWindow;
import com.stakeline.chart.timeline.TimelineFrame;
import com.stakeline.chart.timeline.TimelineLayout;
import com.stakeline.chart.timeline.TimelineModel;
import com.stakeline.chart.timeline.TimelineRenderer;
import com.stakeline.domain.EventStore;
import com.stakeline.store.EventStoreReader;
import com.stakeline.view.MainWindow;
import com.stakeline.view.timeline.TimelineView;
import com.stakeline.viewmodel.AnalysisContext;
import com.stakeline.viewmodel.CurrentThreadTaskExecutor;
import com.stakeline.viewmodel.FxTaskExecutor;
import com.stakeline.viewmodel.MainViewModel;
import com.stakeline.viewmodel.OpenedStore;
import com.stakeline.viewmodel.TaskExecutor;
import com.stakeline.viewmodel.TestPreferences;
import com.stakeline.viewmodel.ThemeSetting;
import com.stakeline.viewmodel.timeline.TimelineViewModel;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The timeline's part of the benchmark: each redraw split into its stages, the time from a loaded store to the first
 * drawn frame, and how long the FX thread is ever busy while the whole window opens a file.
 */
final class TimelineBench {

    static final double WIDTH = 1600;
    static final double HEIGHT = 900;

    /** The redraw stages, each including the ones before it. */
    static final String REDRAW_HEADER = String.format(Locale.ROOT, "%-13s %-13s %-13s %-13s",
            "layout", "+paint", "+canvas", "+raster");

    /** A painter that draws nothing: the renderer's own cost, with no toolkit behind it. */
    static final Painter NO_OP = (Painter) Proxy.newProxyInstance(Painter.class.getClassLoader(),
            new Class<?>[] {Painter.class}, (proxy, method, arguments) -> null);

    /** Long enough for a new window's first paint to finish. */
    private static final long WINDOW_PAINTED_MS = 300;

    private final int redraws;

    TimelineBench(int redraws) {
        this.redraws = redraws;
    }

    /** Redraw timings of the whole span and of one month in its middle, on the FX thread, as two table cells. */
    String[] redraws(EventStore store) {
        TimelineViewModel viewModel = new TimelineViewModel(new AnalysisContext(), new CurrentThreadTaskExecutor(), Clock.systemDefaultZone());
        viewModel.open(store, false);
        TimelineView view = new TimelineView(viewModel);
        Stage stage = new Stage();
        stage.setScene(new Scene(view, WIDTH, HEIGHT));
        stage.show();
        view.applyCss();
        view.layout();
        view.redrawNow();
        String whole = stages(view, viewModel);
        TimeWindow all = viewModel.windowProperty().get();
        LocalDate middle = LocalDate.ofEpochDay((long) ((all.start() + all.end()) / 2)).withDayOfMonth(1);
        viewModel.windowProperty().set(TimeWindow.of(middle, middle.plusMonths(1).minusDays(1)));
        view.redrawNow();
        String month = stages(view, viewModel);
        stage.close();
        return new String[] {whole, month};
    }

    /**
     * Layout alone, layout and painting through a Painter that draws nothing (the chart package's whole cost),
     * then the screen's redraw onto the canvas, then that redraw rasterised by a snapshot: p95 of each, with the
     * median of the layout.
     */
    private String stages(TimelineView view, TimelineViewModel viewModel) {
        TimelineFrame seen = view.lastFrame();
        FontMetricsMeasure measure = new FontMetricsMeasure();
        TimelineRenderer renderer = new TimelineRenderer(measure);
        Set<String> collapsed = Set.copyOf(viewModel.collapsedLanes());
        Supplier<FrameLayout> layout = () -> TimelineLayout.layout(seen.model(), seen.window(), seen.width(),
                collapsed, measure, seen.style().font(), seen.layout().metrics(), seen.matches(), seen.scrollY(),
                seen.scrollY() + seen.height() - TimelineRenderer.AXIS_HEIGHT);
        double[] laidOut = time(layout::get);
        double[] painted = time(() -> renderer.draw(NO_OP, withLayout(seen, layout.get())));
        double[] canvas = time(view::redrawNow);
        double[] rasterised = time(() -> {
            view.redrawNow();
            view.snapshot(null, null);
        });
        return String.format(Locale.ROOT, "%5.2f %5.2f | %5.2f | %5.2f | %5.2f", Percentiles.of(laidOut, 50),
                Percentiles.of(laidOut, 95), Percentiles.of(painted, 95), Percentiles.of(canvas, 95), Percentiles.of(rasterised, 95));
    }

    private static TimelineFrame withLayout(TimelineFrame frame, FrameLayout layout) {
        return new TimelineFrame(frame.model(), layout, frame.width(), frame.height(), frame.scrollY(), frame.style(),
                frame.selectedEvent(), frame.matches(), frame.fadeUnmatched(), frame.flagged(), frame.asOf(), frame.compareWith(),
                frame.today(), frame.focused(), frame.legend());
    }

    /**
     * From a loaded store to the first drawn frame, with the toolkit running, as the app does it: the store prepared
     * and the lanes built meanwhile on background threads, then swapped in and drawn on the FX thread. Of
     * {@code runs} runs, the one with the median total: milliseconds in all, then preparing the store (tenures and
     * badges), the lanes' own thread from its start to its end (the events placed, then the tenure bars once the
     * tenures are known), and the FX thread's part; last, the first run's total, as an analyst opening the file
     * meets it, right after the read.
     */
    static String firstFrame(EventStore store, int runs) throws Exception {
        List<double[]> timings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            timings.add(firstFrame(store));
        }
        double firstRun = timings.get(0)[0];
        timings.sort(Comparator.comparingDouble(timing -> timing[0]));
        double[] median = timings.get(timings.size() / 2);
        return String.format(Locale.ROOT, "%6.0f %5.0f %5.0f %5.1f %6.0f", median[0], median[1], median[2], median[3],
                firstRun);
    }

    private static double[] firstFrame(EventStore store) throws Exception {
        // The app's executor, so that what follows the first frame (the filters' choices) runs in the background.
        AwaitableExecutor background = new AwaitableExecutor();
        TimelineViewModel viewModel = onFx(() -> new TimelineViewModel(new AnalysisContext(), background,
                Clock.systemDefaultZone()));
        TimelineView view = onFx(() -> {
            TimelineView shown = new TimelineView(viewModel);
            Stage stage = new Stage();
            stage.setScene(new Scene(shown, WIDTH, HEIGHT));
            stage.show();
            return shown;
        });
        TimelineViewModel.Settings settings = onFx(viewModel::settings);
        LocalDate today = viewModel.today();
        // The app's window stands idle before a file opens; this new one is first painted by the software renderer,
        // which keeps one of the two cores busy for tens of milliseconds. The clock starts once that is done.
        Thread.sleep(WINDOW_PAINTED_MS);
        long start = System.nanoTime();
        long[] lanesTimes = new long[2];
        OpenedStore.Laid laid = OpenedStore.prepareWithLanes(store, Set.of(), tenures -> {
            lanesTimes[0] = System.nanoTime();
            TimelineModel lanes = TimelineViewModel.build(store, tenures, settings, today);
            lanesTimes[1] = System.nanoTime();
            return lanes;
        });
        long prepared = System.nanoTime();
        OpenedStore opened = laid.store();
        TimelineModel model = laid.lanes().join();
        long onFxThread = onFx(() -> {
            long swapStart = System.nanoTime();
            viewModel.context().open(opened, false);
            viewModel.show(model, settings, false);
            view.applyCss();
            view.layout();
            view.redrawNow();
            return System.nanoTime() - swapStart;
        });
        long total = System.nanoTime() - start;
        // What follows the first frame takes a second at a million events: the next run must not share the cores
        // with it.
        background.awaitDone();
        onFx(() -> {
            view.getScene().getWindow().hide();
            return null;
        });
        return new double[] {total / 1e6, (prepared - start) / 1e6, (lanesTimes[1] - lanesTimes[0]) / 1e6, onFxThread / 1e6};
    }

    /**
     * How long the FX thread was ever kept from answering while the whole window opened {@code file}, read it and
     * showed it, first in a new window and then again in the same one, whose table already has its rows: a heartbeat
     * posted to the FX thread every millisecond, and the longest any beat waited, in all and in CPU time the FX
     * thread spent meanwhile. The two differ by the time the FX thread waited for the renderer to finish the
     * previous frame, which on the software pipeline here takes tens of milliseconds for a 1600x900 window. Also
     * the time until the window showed the file. The new window is first left to paint itself, as the app's has
     * before a file opens.
     */
    static String openingFreeze(Path file) throws Exception {
        Preferences preferences = TestPreferences.fresh();
        try {
            MainViewModel viewModel = onFx(() -> new MainViewModel(new EventStoreReader(1L << 30), new FxTaskExecutor(),
                    preferences));
            Stage stage = showWindow(viewModel, preferences, WIDTH, HEIGHT);
            Thread.sleep(WINDOW_PAINTED_MS);
            String first = watchOpening(viewModel, file);
            String again = watchOpening(viewModel, file);
            onFx(() -> {
                stage.hide();
                return null;
            });
            return first + " | " + again;
        } finally {
            TestPreferences.remove(preferences);
        }
    }

    private static String watchOpening(MainViewModel viewModel, Path file) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = onFx(() -> Thread.currentThread().getId());
        AtomicLong longestWait = new AtomicLong();
        AtomicLong longestBusy = new AtomicLong();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor();
        heartbeat.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            long cpuAtPost = threads.getThreadCpuTime(fxThread);
            Platform.runLater(() -> {
                longestWait.accumulateAndGet(System.nanoTime() - posted, Math::max);
                longestBusy.accumulateAndGet(threads.getCurrentThreadCpuTime() - cpuAtPost, Math::max);
            });
        }, 0, 1, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture<Void> analysed = new CompletableFuture<>();
        ChangeListener<OpenedStore> onShown = (observable, old, opened) -> shown.complete(null);
        // The ownership pies are the last thing the company's history brings; an open store always has one.
        ChangeListener<List<OwnershipPie>> onAnalysed = (observable, old, pies) -> {
            if (shown.isDone() && pies != null && !pies.isEmpty()) {
                analysed.complete(null);
            }
        };
        onFx(() -> {
            viewModel.context().openedProperty().addListener(onShown);
            viewModel.ownership().piesProperty().addListener(onAnalysed);
            viewModel.open(file);
            return null;
        });
        shown.get(10, TimeUnit.MINUTES);
        // The pulse after the swap draws the first frame; wait for it to pass.
        onFx(() -> null);
        onFx(() -> null);
        long opening = System.nanoTime() - start;
        analysed.get(10, TimeUnit.MINUTES);
        onFx(() -> null);
        onFx(() -> null);
        long analysing = System.nanoTime() - start;
        heartbeat.shutdownNow();
        onFx(() -> {
            viewModel.context().openedProperty().removeListener(onShown);
            viewModel.ownership().piesProperty().removeListener(onAnalysed);
            return null;
        });
        return String.format(Locale.ROOT, "%8.0f %8.0f %9.1f %9.1f", opening / 1e6, analysing / 1e6,
                longestWait.get() / 1e6, longestBusy.get() / 1e6);
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

    /** Shows the whole main window for {@code viewModel} in a new stage, {@code width} by {@code height}. */
    static Stage showWindow(MainViewModel viewModel, Preferences preferences, double width, double height)
            throws Exception {
        return onFx(() -> {
            Stage window = new Stage();
            window.setScene(new Scene(new MainWindow(viewModel, (owner, folder) -> Optional.empty(),
                    new ThemeSetting(preferences)), width, height));
            window.show();
            return window;
        });
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T onFx(Supplier<T> work) throws Exception {
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

    /** The app's executor, and a way to wait until the work given to it, and whatever that work handed on, is done. */
    private static final class AwaitableExecutor implements TaskExecutor {
        private final TaskExecutor app = new FxTaskExecutor();

        @Override
        public void publish(Runnable update) {
            app.publish(update);
        }
        /** A party for the waiting thread, and one for each piece of work under way. */
        private final Phaser underWay = new Phaser(1);

        @Override
        public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            underWay.register();
            app.execute(work, result -> {
                try {
                    onSuccess.accept(result);
                } finally {
                    underWay.arriveAndDeregister();
                }
            }, failure -> {
                try {
                    onFailure.accept(failure);
                } finally {
                    underWay.arriveAndDeregister();
                }
            });
        }

        void awaitDone() {
            underWay.arriveAndAwaitAdvance();
        }
    }
}
