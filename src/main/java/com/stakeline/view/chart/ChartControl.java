package com.stakeline.view.chart;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.ChartStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
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

    /** The colours' names in CSS after {@code -sl-chart-}, with their light-theme defaults. */
    private static final Map<String, Integer> COLOURS = colourDefaults();

    private static final StyleablePropertyFactory<ChartControl> STYLES =
            new StyleablePropertyFactory<>(Control.getClassCssMetaData());
    /*
     * The CSS properties are made once, with the class: a subclass's list of them is taken from this class's list
     * when the subclass is loaded, which may be before any chart exists.
     */
    private static final Map<String, CssMetaData<ChartControl, Paint>> COLOUR_PROPERTIES = colourProperties();
    private static final CssMetaData<ChartControl, Font> FONT_PROPERTY = STYLES.createFontCssMetaData(
            "-sl-chart-font", chart -> chart.font, Font.font(ChartStyle.LIGHT.font().size()));

    private final Map<String, StyleableObjectProperty<Paint>> colours = new HashMap<>();
    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(FONT_PROPERTY, this, "chartFont", FONT_PROPERTY.getInitialValue(this));

    private static Map<String, Integer> colourDefaults() {
        ChartStyle light = ChartStyle.LIGHT;
        Map<String, Integer> defaults = new LinkedHashMap<>();
        defaults.put("background", light.background());
        defaults.put("text", light.text());
        defaults.put("muted", light.muted());
        defaults.put("grid", light.grid());
        defaults.put("band", light.band());
        for (int i = 0; i < light.series().size(); i++) {
            defaults.put("series-" + (i + 1), light.series(i));
        }
        defaults.put("highlight", light.highlight());
        defaults.put("warning", light.warning());
        defaults.put("on-colour", light.onColour());
        defaults.put("accent", light.accent());
        return defaults;
    }

    private static Map<String, CssMetaData<ChartControl, Paint>> colourProperties() {
        Map<String, CssMetaData<ChartControl, Paint>> properties = new LinkedHashMap<>();
        COLOURS.forEach((name, argb) -> properties.put(name, STYLES.createPaintCssMetaData("-sl-chart-" + name,
                chart -> chart.colour(name), Color.rgb(argb >> 16 & 0xff, argb >> 8 & 0xff, argb & 0xff,
                        (argb >>> 24) / 255.0))));
        return properties;
    }

    private StyleableObjectProperty<Paint> colour(String name) {
        return colours.computeIfAbsent(name, key -> new SimpleStyleableObjectProperty<>(COLOUR_PROPERTIES.get(key),
                this, key, COLOUR_PROPERTIES.get(key).getInitialValue(this)));
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
        List<Integer> series = COLOURS.keySet().stream().filter(name -> name.startsWith("series-"))
                .map(this::argb).toList();
        return new ChartStyle(argb("background"), argb("text"), argb("muted"), argb("grid"), argb("band"),
                argb("accent"), argb("highlight"), argb("warning"), argb("on-colour"), series,
                new ChartFont(font.get().getSize(), false));
    }

    /** A paint as an ARGB colour; the charts draw in plain colours, so a gradient from a theme shows as grey. */
    private int argb(String name) {
        Color colour = colour(name).get() instanceof Color plain ? plain : Color.GRAY;
        return (int) Math.round(colour.getOpacity() * 255) << 24 | (int) Math.round(colour.getRed() * 255) << 16
                | (int) Math.round(colour.getGreen() * 255) << 8 | (int) Math.round(colour.getBlue() * 255);
    }
}
