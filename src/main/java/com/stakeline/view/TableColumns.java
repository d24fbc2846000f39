package com.stakeline.view;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableColumn;

/** Table columns whose cells show a value read off the row. */
public final class TableColumns {

    private TableColumns() {
    }

    /**
     * A column headed {@code name}, {@code width} pixels wide to start with, showing {@code value} of each row.
     *
     * @param <S> the type of the rows
     * @param <T> the type of the value
     */
    public static <S, T> TableColumn<S, T> of(String name, Function<S, T> value, double width) {
        TableColumn<S, T> column = new TableColumn<>(name);
        column.setCellValueFactory(features -> new ReadOnlyObjectWrapper<>(value.apply(features.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
