package com.stakeline.viewmodel;

import com.stakeline.domain.CompanyHistory;
import com.stakeline.domain.EventStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The as-of history of the open store's subject, which the ownership, valuation and leadership views answer from.
 * Worked out in the background after the store is shown, as the filters' choices are: the first picture of a large
 * store does not wait for it (a second at a million events), and meanwhile it is null.
 *
 * <p>What the views work out once from a history (the rounds table, the stake history, the leadership strip) is
 * worked out in the same background run, through {@link #derive}, and handed over with it, so that its arrival does
 * not hold the FX thread: at 100,000 events those took 0.3 s there.
 */
public final class SubjectHistory {

    private static final System.Logger LOG = System.getLogger(SubjectHistory.class.getName());

    private final ReadOnlyObjectWrapper<CompanyHistory> history = new ReadOnlyObjectWrapper<>(this, "history");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final List<Product<?>> products = new ArrayList<>();

    /** One thing worked out from each history, and where it is shown. */
    private record Product<T>(BiFunction<EventStore, CompanyHistory, T> work, ReadOnlyObjectWrapper<T> value) {

        @SuppressWarnings("unchecked")
        void show(Object worked) {
            value.set((T) worked);
        }
    }

    /** A history and what was worked out from it, in the order the products were asked for. */
    private record Built(CompanyHistory history, List<Object> products) {
    }

    /** The history of whatever store {@code context} opens, worked out through {@code executor}. */
    public SubjectHistory(AnalysisContext context, TaskExecutor executor) {
        context.openedProperty().addListener((observable, old, opened) -> {
            // The last store's history would answer for the wrong store until the new one is ready.
            products.forEach(product -> product.value().set(null));
            history.set(null);
            if (opened == null) {
                status.set("");
                return;
            }
            status.set("Working out the company's history…");
            // The tenures were worked out for the first frame; at a million events they took a fifth of a second.
            executor.execute(() -> build(opened),
                    built -> {
                        if (context.openedProperty().get() == opened) {
                            status.set("");
                            // The products first: whoever follows the history finds them ready.
                            for (int i = 0; i < products.size(); i++) {
                                products.get(i).show(built.products().get(i));
                            }
                            history.set(built.history());
                        }
                    }, problem -> {
                        LOG.log(System.Logger.Level.ERROR, "working out the company's history failed", problem);
                        if (context.openedProperty().get() == opened) {
                            status.set("The company's history could not be worked out: " + problem.getMessage());
                        }
                    });
        });
    }

    private Built build(OpenedStore opened) {
        EventStore store = opened.store();
        CompanyHistory built = CompanyHistory.of(store, store.subjectId(), opened.tenures());
        List<Object> worked = new ArrayList<>();
        for (Product<?> product : products) {
            worked.add(product.work().apply(store, built));
        }
        return new Built(built, worked);
    }

    /**
     * What {@code work} makes of each history, worked out on the background thread with it and shown just before
     * it; null while there is none. Asked for once, when a view-model is made, before any store opens.
     */
    public <T> ReadOnlyObjectProperty<T> derive(BiFunction<EventStore, CompanyHistory, T> work) {
        ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "derived");
        products.add(new Product<>(work, value));
        return value.getReadOnlyProperty();
    }

    /** The subject's history, or null while it is worked out or when there is no store. */
    public ReadOnlyObjectProperty<CompanyHistory> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** While there is no history for an open store: that it is being worked out, or why it could not be; else "". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
