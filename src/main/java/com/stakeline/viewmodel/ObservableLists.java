package com.stakeline.viewmodel;

import java.util.List;
import javafx.collections.ObservableList;

/** Helpers for the observable lists the views bind to. */
public final class ObservableLists {

    private ObservableLists() {
    }

    /**
     * Makes {@code list} hold {@code items}, leaving it untouched when it already does: a table bound to it is then
     * not laid out again for nothing, as it would be at every move of the cursor.
     */
    public static <T> void replace(ObservableList<T> list, List<? extends T> items) {
        if (!list.equals(items)) {
            list.setAll(items);
        }
    }
}
