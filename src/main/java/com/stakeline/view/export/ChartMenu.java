package com.stakeline.view.export;

import com.stakeline.viewmodel.export.ExportTarget;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** The context menu every chart has: export it, or copy it as an image. */
public final class ChartMenu {

    /** Copies the chart in view as an image: Ctrl+Shift+C, or Cmd+Shift+C on a Mac. */
    public static final KeyCombination COPY_CHART = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private ChartMenu() {
    }

    /**
     * Gives {@code chart}, which draws {@code target}, a context menu whose items hand {@code target} to
     * {@code export} and {@code copy}. The menu is shown by hand rather than set on the control, so its items'
     * shortcut is only shown: the window's Edit menu holds the one Ctrl+Shift+C, which copies whichever chart is in
     * view, and a second registration of it would take it over.
     */
    public static void install(Node chart, ExportTarget target, Consumer<ExportTarget> export,
                               Consumer<ExportTarget> copy) {
        MenuItem exportItem = new MenuItem("Export This Chart…");
        exportItem.setId(chart.getId() + "-export");
        exportItem.setOnAction(event -> export.accept(target));
        MenuItem copyItem = new MenuItem("Copy as Image");
        copyItem.setId(chart.getId() + "-copy");
        copyItem.setAccelerator(COPY_CHART);
        copyItem.setOnAction(event -> copy.accept(target));
        ContextMenu menu = new ContextMenu(exportItem, copyItem);
        chart.setOnContextMenuRequested(event -> {
            menu.show(chart, event.getScreenX(), event.getScreenY());
            event.consume();
        });
    }
}
