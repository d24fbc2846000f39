package com.stakeline.view.chart;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import java.util.List;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;

/**
 * A control that draws a chart: its colours and font are styleable from CSS ({@code -sl-chart-*}), so that themes
 * change only variables, and come out as the {@link ChartStyle} the renderers take.
 */
public abstract class ChartControl extends Control {

    /** The style class every chart carries. */
    public static final String STYLE_CLASS = "chart-control";

    /** A chart with the chart style class. */
    protected ChartControl() {
        getStyleClass().add(STYLE_CLASS);
    }

    private static final StyleablePropertyFactory<ChartControl> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());

    private final StyleableProperty<Paint> background = paint("background", ChartStyle.LIGHT.background());
    private final StyleableProperty<Paint> text = paint("text", ChartStyle.LIGHT.text());
    private final StyleableProperty<Paint> muted = paint("muted", ChartStyle.LIGHT.muted());
    private final StyleableProperty<Paint> grid = paint("grid", ChartStyle.LIGHT.grid());
    private final StyleableProperty<Paint> band = paint("band", ChartStyle.LIGHT.band());
    private final StyleableProperty<Paint> series1 = paint("series-1", ChartStyle.LIGHT.series(0));
    private final StyleableProperty<Paint> series2 = paint("series-2", ChartStyle.LIGHT.series(1));
    private final StyleableProperty<Paint> series3 = paint("series-3", ChartStyle.LIGHT.series(2));
    private final StyleableProperty<Paint> series4 = paint("series-4", ChartStyle.LIGHT.series(3));
    private final StyleableProperty<Paint> series5 = paint("series-5", ChartStyle.LIGHT.series(4));
    private final StyleableProperty<Paint> highlight = paint("highlight", ChartStyle.LIGHT.highlight());
    private final StyleableProperty<Paint> warning = paint("warning", ChartStyle.LIGHT.warning());
    private final StyleableProperty<Paint> onColour = paint("on-colour", ChartStyle.LIGHT.onColour());
    private final StyleableProperty<Paint> accent = paint("accent", ChartStyle.LIGHT.accent());
    private final StyleableProperty<Font> font = STYLES.createStyleableFontProperty(this, "chartFont", "-sl-chart-font",
            chart -> chart.font, Font.font(ChartStyle.LIGHT.font().size()));

    private StyleableProperty<Paint> paint(String name, int argb) {
        Color colour = Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff, (argb >>> 24) / 255.0);
        // The factory finds a property again through this function, from the name it was made with.
        return STYLES.createStyleablePaintProperty(this, name, "-sl-chart-" + name, chart -> chart.paintNamed(name),
                colour);
    }

    private StyleableProperty<Paint> paintNamed(String name) {
        return switch (name) {
            case "background" -> background;
            case "text" -> text;
            case "muted" -> muted;
            case "grid" -> grid;
            case "band" -> band;
            case "series-1" -> series1;
            case "series-2" -> series2;
            case "series-3" -> series3;
            case "series-4" -> series4;
            case "series-5" -> series5;
            case "highlight" -> highlight;
            case "warning" -> warning;
            case "on-colour" -> onColour;
            case "accent" -> accent;
            default -> throw new IllegalArgumentException("no chart colour " + name);
        };
    }

    /** The style sheet properties of the chart and its ancestors. */
    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        return getClassCssMetaData();
    }

    /**
     * The colours and font CSS sets, as the chart renderers take them. Only the font's size is read: every chart
     * draws in the bundled font, so the screen and exports measure text alike.
     */
    public ChartStyle chartStyle() {
        List<Integer> series = List.of(argb(series1), argb(series2), argb(series3), argb(series4), argb(series5));
        return new ChartStyle(argb(background), argb(text), argb(muted), argb(grid), argb(band), argb(accent),
                argb(highlight), argb(warning), argb(onColour), series, new ChartFont(font.getValue().getSize(), false));
    }

    /** A paint as an ARGB colour; the charts draw in plain colours, so a gradient from a theme shows as grey. */
    private static int argb(StyleableProperty<Paint> property) {
        Color colour = property.getValue() instanceof Color plain ? plain : Color.GRAY;
        return (int) Math.round(colour.getOpacity() * 255) << 24 | (int) Math.round(colour.getRed() * 255) << 16
                | (int) Math.round(colour.getGreen() * 255) << 8 | (int) Math.round(colour.getBlue() * 255);
    }
}
