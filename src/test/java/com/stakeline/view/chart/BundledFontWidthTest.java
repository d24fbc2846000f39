package com.stakeline.view.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.text.FontMetricsMeasure;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen draws text with JavaFX and lays it out with the AWT measure, which exports will draw with too: both
 * must give the same widths, or a label that fits in the layout would run over on screen.
 */
@ExtendWith(ApplicationExtension.class)
class BundledFontWidthTest {

    private static final List<String> LABELS = List.of("Meta buys 49% of Scale AI", "Scale AI raises $1B at about $14B",
            "Jason Droege becomes interim CEO", "2025", "As of 30 June 2025", "Series F · $6.6B at ~$14B", "WWWWiiii");

    @Start
    void start(Stage stage) {
        // Only the toolkit is needed.
    }

    @Test
    void javaFxTextIsAsWideAsTheMeasureTheLayoutUses(FxRobot robot) {
        FontMetricsMeasure measure = new FontMetricsMeasure();
        for (ChartFont font : List.of(new ChartFont(12, false), new ChartFont(12, true), new ChartFont(17, false))) {
            Font fxFont = FxCanvasPainter.fxFont(font);
            assertTrue(fxFont.getFamily().startsWith("Liberation Sans"), "the bundled font did not load: " + fxFont);
            for (String label : LABELS) {
                Text text = new Text(label);
                text.setFont(fxFont);
                assertEquals(text.getLayoutBounds().getWidth(), measure.width(font, label), 0.05,
                        "'" + label + "' in " + font);
            }
        }
    }
}
