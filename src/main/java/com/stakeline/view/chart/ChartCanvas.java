package com.stakeline.view.chart;

import com.stakeline.chart.ChartStyle;
import com.stakeline.chart.Painter;
import com.stakeline.view.WhenInSight;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Skin;
import javafx.scene.control.SkinBase;

/**
 * A chart drawn on a canvas by a renderer: it fills the control, and redraws once after each burst of changes, of
 * its size, its theme, or whatever the owner says through {@link #redraw()}. A chart out of sight, in a tab not
 * shown, is not drawn until it comes into sight: every tab's chart follows the cursor, and only one is seen.
 */
public final class ChartCanvas extends ChartControl {

    /** Draws one frame of a chart through {@code painter}, which starts in no known state. */
    @FunctionalInterface
    public interface Drawing {
        /** Draws a frame {@code width} by {@code height} pixels in {@code style}. */
        void draw(Painter painter, double width, double height, ChartStyle style);
    }

    private final Drawing drawing;
    private Runnable redrawRequest = () -> { };

    /** A chart that {@code drawing} draws. */
    public ChartCanvas(Drawing drawing) {
        this.drawing = drawing;
        // Set, not computed from the canvas: it is as big as the last layout made it, and would stop the window
        // shrinking.
        setMinSize(120, 80);
        setPrefSize(480, 260);
    }

    /**
     * Draws a frame with only {@code message} in its middle, in the muted colour: what a chart with nothing to draw
     * shows instead of empty axes, which would suggest a scale.
     */
    public static void drawMessage(Painter painter, double width, double height, ChartStyle style, String message) {
        painter.beginFrame(width, height, style);
        painter.setFill(style.muted());
        painter.fillText(message, width / 2, height / 2, Painter.Align.CENTER);
    }

    /** Draws the chart again after the current burst of changes. */
    public void redraw() {
        redrawRequest.run();
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new CanvasSkin(this);
    }

    /** The canvas, sized to the control. */
    private static final class CanvasSkin extends SkinBase<ChartCanvas> {
        private final Canvas canvas = new Canvas();
        private final FxCanvasPainter painter = new FxCanvasPainter(canvas.getGraphicsContext2D());
        private final WhenInSight drawing;
        private boolean pending;

        CanvasSkin(ChartCanvas control) {
            super(control);
            getChildren().add(canvas);
            drawing = new WhenInSight(control, () -> control.drawing.draw(painter, canvas.getWidth(),
                    canvas.getHeight(), control.chartStyle()));
            control.redrawRequest = this::requestRedraw;
            for (Observable trigger : new Observable[] {control.widthProperty(), control.heightProperty(),
                    control.needsLayoutProperty()}) {
                trigger.addListener(observable -> requestRedraw());
            }
        }

        @Override
        protected void layoutChildren(double x, double y, double width, double height) {
            canvas.setWidth(Math.max(1, width));
            canvas.setHeight(Math.max(1, height));
            canvas.relocate(x, y);
            requestRedraw();
        }

        private void requestRedraw() {
            if (!pending) {
                pending = true;
                Platform.runLater(() -> {
                    pending = false;
                    if (getSkinnable() != null) {
                        drawing.request();
                    }
                });
            }
        }
    }
}
