package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.stakeline.store.TestStores;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.junit.jupiter.api.Test;

class SubjectHistoryTest {

    private final AnalysisContext context = new AnalysisContext();

    @Test
    void whileTheHistoryIsWorkedOutTheStatusSaysSoAndALaterStoreIsNotAnsweredWithAnEarlierOnesHistory() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        SubjectHistory history = new SubjectHistory(context, executor);
        context.open(OpenedStore.prepare(TestStores.scale(), Set.of()), false);

        assertNull(history.historyProperty().get());
        assertEquals("Working out the company's history…", history.statusProperty().get());

        context.open(OpenedStore.prepare(TestStores.northwind(), Set.of()), false);
        executor.runInOrder(1, 0);

        assertEquals("northwind", history.historyProperty().get().companyId());
        assertEquals("", history.statusProperty().get());
    }

    @Test
    void whatIsDerivedFromAHistoryIsWorkedOutInTheBackgroundAndReadyBeforeTheHistoryIsShown() {
        DeferredTaskExecutor executor = new DeferredTaskExecutor();
        SubjectHistory history = new SubjectHistory(context, executor);
        ReadOnlyObjectProperty<String> company = history.derive((store, built) -> store.entityName(built.companyId()));
        List<String> seenWithTheHistory = new ArrayList<>();
        history.historyProperty().addListener((observable, old, built) -> seenWithTheHistory.add(company.get()));

        context.open(OpenedStore.prepare(TestStores.scale(), Set.of()), false);
        executor.runInOrder(0);
        assertEquals("Scale AI", company.get());
        assertEquals(List.of("Scale AI"), seenWithTheHistory);

        context.open(OpenedStore.prepare(TestStores.northwind(), Set.of()), false);
        assertNull(company.get(), "not the last store's while the new one's is worked out");
    }

    @Test
    void whenTheHistoryCannotBeWorkedOutTheStatusSaysWhy() {
        TaskExecutor failing = new TaskExecutor() {
            @Override
            public <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                onFailure.accept(new IllegalStateException("out of memory"));
            }
        };
        SubjectHistory history = new SubjectHistory(context, failing);

        context.open(OpenedStore.prepare(TestStores.scale(), Set.of()), false);

        assertNull(history.historyProperty().get());
        assertEquals("The company's history could not be worked out: out of memory", history.statusProperty().get());
    }
}
