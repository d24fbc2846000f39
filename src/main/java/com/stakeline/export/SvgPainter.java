package com.stakeline.export;

import com.stakeline.chart.ChartFont;
import com.stakeline.chart.Painter;
import com.stakeline.chart.text.BundledFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Draws a chart as an SVG document: real shapes and text, no bitmap. The same drawing gives the same bytes every
 * time: numbers are written to two decimals, clip paths are numbered in drawing order, and nothing depends on the
 * clock or the machine. The bundled font is named and embedded as {@code @font-face} data, each face only when text
 * uses it and with only the glyphs it uses, so the file looks the same wherever it is opened.
 */
public final class SvgPainter implements Painter {

    private final double width;
    private final double height;
    private final StringBuilder body = new StringBuilder(1 << 16);
    private final Deque<State> saved = new ArrayDeque<>();
    private State state = new State(0xff000000, 0xff000000, 1, new double[0], 1, new ChartFont(12, false), 0);
    private int clips;
    /**
     * The tables of a font that drawing its glyphs needs, as browsers check them; the hinting programs, kerning and
     * the like stay out. Hinting is most of the bundled faces' size, and kerning would space text otherwise than the
     * chart measured it.
     */
    private static final List<String> OUTLINE_TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "post",
            "cmap", "hmtx", "loca", "glyf");
    /** The characters the text uses in each face: only their glyphs are embedded. */
    private final SortedSet<Integer> regularCharacters = new TreeSet<>();
    private final SortedSet<Integer> boldCharacters = new TreeSet<>();

    /** The drawing state, and how many clip groups are open. */
    private record State(int fill, int stroke, double lineWidth, double[] dashes, double alpha, ChartFont font,
                         int openGroups) {
    }

    /** A painter for a picture {@code width} by {@code height} pixels. */
    public SvgPainter(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void setFill(int argb) {
        state = new State(argb, state.stroke, state.lineWidth, state.dashes, state.alpha, state.font, state.openGroups);
    }

    @Override
    public void setStroke(int argb) {
        state = new State(state.fill, argb, state.lineWidth, state.dashes, state.alpha, state.font, state.openGroups);
    }

    @Override
    public void setLineWidth(double lineWidth) {
        state = new State(state.fill, state.stroke, lineWidth, state.dashes, state.alpha, state.font, state.openGroups);
    }

    @Override
    public void setDashes(double... pattern) {
        state = new State(state.fill, state.stroke, state.lineWidth, pattern.clone(), state.alpha, state.font,
                state.openGroups);
    }

    @Override
    public void setAlpha(double alpha) {
        state = new State(state.fill, state.stroke, state.lineWidth, state.dashes, alpha, state.font, state.openGroups);
    }

    @Override
    public void setFont(ChartFont font) {
        state = new State(state.fill, state.stroke, state.lineWidth, state.dashes, state.alpha, font, state.openGroups);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0);
        fill().append("/>\n");
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        rect(x, y, w, h, 0);
        stroke().append("/>\n");
    }

    @Override
    public void fillRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius);
        fill().append("/>\n");
    }

    @Override
    public void strokeRoundRect(double x, double y, double w, double h, double radius) {
        rect(x, y, w, h, radius);
        stroke().append("/>\n");
    }

    /** Opens a rectangle's element, with rounded corners when {@code radius} is above zero. */
    private void rect(double x, double y, double w, double h, double radius) {
        body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
                .append(num(w)).append("\" height=\"").append(num(h)).append('"');
        if (radius > 0) {
            body.append(" rx=\"").append(num(radius)).append('"');
        }
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"")
                .append(num(x2)).append("\" y2=\"").append(num(y2)).append('"');
        stroke().append("/>\n");
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int count) {
        body.append("<polygon points=\"");
        points(xs, ys, count).append('"');
        fill().append("/>\n");
    }

    @Override
    public void strokePolyline(double[] xs, double[] ys, int count) {
        body.append("<polyline points=\"");
        points(xs, ys, count).append('"');
        stroke().append("/>\n");
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        body.append("<ellipse cx=\"").append(num(x + w / 2)).append("\" cy=\"").append(num(y + h / 2))
                .append("\" rx=\"").append(num(w / 2)).append("\" ry=\"").append(num(h / 2)).append('"');
        fill().append("/>\n");
    }

    @Override
    public void fillWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        wedge(centreX, centreY, radius, startDegrees, extentDegrees);
        fill().append("/>\n");
    }

    @Override
    public void strokeWedge(double centreX, double centreY, double radius, double startDegrees, double extentDegrees) {
        wedge(centreX, centreY, radius, startDegrees, extentDegrees);
        stroke().append("/>\n");
    }

    /**
     * Opens a path for a wedge. Angles count anticlockwise from three o'clock, as on the screen, and y grows
     * downwards, so an anticlockwise arc is SVG's negative sweep; a whole circle is drawn as two half arcs.
     */
    private void wedge(double cx, double cy, double r, double startDegrees, double extentDegrees) {
        double extent = Math.max(-360, Math.min(360, extentDegrees));
        body.append("<path d=\"");
        if (Math.abs(extent) >= 360) {
            body.append("M ").append(num(cx + r)).append(' ').append(num(cy))
                    .append(" A ").append(num(r)).append(' ').append(num(r)).append(" 0 1 0 ")
                    .append(num(cx - r)).append(' ').append(num(cy))
                    .append(" A ").append(num(r)).append(' ').append(num(r)).append(" 0 1 0 ")
                    .append(num(cx + r)).append(' ').append(num(cy)).append(" Z\"");
            return;
        }
        double start = Math.toRadians(startDegrees);
        double end = Math.toRadians(startDegrees + extent);
        body.append("M ").append(num(cx)).append(' ').append(num(cy))
                .append(" L ").append(num(cx + r * Math.cos(start))).append(' ').append(num(cy - r * Math.sin(start)))
                .append(" A ").append(num(r)).append(' ').append(num(r)).append(" 0 ")
                .append(Math.abs(extent) > 180 ? '1' : '0').append(' ').append(extent > 0 ? '0' : '1').append(' ')
                .append(num(cx + r * Math.cos(end))).append(' ').append(num(cy - r * Math.sin(end))).append(" Z\"");
    }

    @Override
    public void fillText(String text, double x, double baselineY, Align align) {
        ChartFont font = state.font;
        text.codePoints().forEach((font.bold() ? boldCharacters : regularCharacters)::add);
        body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(baselineY))
                .append("\" font-size=\"").append(num(font.size())).append('"');
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        if (align != Align.LEFT) {
            body.append(" text-anchor=\"").append(align == Align.CENTER ? "middle" : "end").append('"');
        }
        fill().append('>');
        escape(text);
        body.append("</text>\n");
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        int id = ++clips;
        body.append("<clipPath id=\"c").append(id).append("\"><rect x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(w)).append("\" height=\"").append(num(h))
                .append("\"/></clipPath>\n<g clip-path=\"url(#c").append(id).append(")\">\n");
        state = new State(state.fill, state.stroke, state.lineWidth, state.dashes, state.alpha, state.font,
                state.openGroups + 1);
    }

    @Override
    public void save() {
        saved.push(state);
    }

    @Override
    public void restore() {
        State back = saved.pop();
        for (int i = back.openGroups; i < state.openGroups; i++) {
            body.append("</g>\n");
        }
        state = back;
    }

    /**
     * The document: the picture drawn so far, with any clip still open closed, and the font faces its text uses
     * embedded.
     */
    public String toSvg() {
        StringBuilder svg = new StringBuilder(body.length() + 4096);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(num(width))
                .append("\" height=\"").append(num(height)).append("\" viewBox=\"0 0 ").append(num(width)).append(' ')
                .append(num(height)).append("\" font-family=\"'").append(BundledFont.FAMILY).append("', sans-serif\"")
                // Lines end and join as on the screen's canvas, whose defaults these are.
                .append(" stroke-linecap=\"square\" stroke-linejoin=\"miter\" stroke-miterlimit=\"10\">\n");
        if (!regularCharacters.isEmpty() || !boldCharacters.isEmpty()) {
            svg.append("<defs><style>\n");
            if (!regularCharacters.isEmpty()) {
                fontFace(svg, false, regularCharacters);
            }
            if (!boldCharacters.isEmpty()) {
                fontFace(svg, true, boldCharacters);
            }
            svg.append("</style></defs>\n");
        }
        svg.append(body);
        svg.append("</g>\n".repeat(state.openGroups));
        return svg.append("</svg>\n").toString();
    }

    /**
     * The {@code @font-face} rule of one face of the bundled font, cut down to the glyphs of {@code characters}:
     * the whole face would add 0.5 MB to every file.
     */
    private static void fontFace(StringBuilder svg, boolean bold, SortedSet<Integer> characters) {
        ByteArrayOutputStream subset = new ByteArrayOutputStream();
        try (InputStream in = BundledFont.file(bold).openStream();
             TrueTypeFont face = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
            TTFSubsetter subsetter = new TTFSubsetter(face, OUTLINE_TABLES);
            characters.forEach(subsetter::add);
            subsetter.writeToStream(subset);
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled font could not be read", e);
        }
        svg.append("@font-face { font-family: '").append(BundledFont.FAMILY).append("'; font-weight: ")
                .append(bold ? "bold" : "normal").append("; src: url(data:font/ttf;base64,")
                .append(Base64.getEncoder().encodeToString(subset.toByteArray())).append(") format('truetype'); }\n");
    }

    /** The fill attributes: the colour, and its opacity where the colour's alpha or the painter's is below one. */
    private StringBuilder fill() {
        body.append(" fill=\"").append(rgb(state.fill)).append('"');
        double opacity = opacity(state.fill);
        if (opacity < 1) {
            body.append(" fill-opacity=\"").append(num(opacity)).append('"');
        }
        return body;
    }

    /** The stroke attributes: colour, opacity, width and dashes; shapes that are only stroked are not filled. */
    private StringBuilder stroke() {
        body.append(" fill=\"none\" stroke=\"").append(rgb(state.stroke)).append("\" stroke-width=\"")
                .append(num(state.lineWidth)).append('"');
        double opacity = opacity(state.stroke);
        if (opacity < 1) {
            body.append(" stroke-opacity=\"").append(num(opacity)).append('"');
        }
        if (state.dashes.length > 0) {
            body.append(" stroke-dasharray=\"");
            for (int i = 0; i < state.dashes.length; i++) {
                body.append(i == 0 ? "" : " ").append(num(state.dashes[i]));
            }
            body.append('"');
        }
        return body;
    }

    private double opacity(int argb) {
        return ((argb >>> 24) & 0xff) / 255.0 * state.alpha;
    }

    private static String rgb(int argb) {
        return String.format(Locale.ROOT, "#%06x", argb & 0xffffff);
    }

    private StringBuilder points(double[] xs, double[] ys, int count) {
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(ys[i]));
        }
        return body;
    }

    private void escape(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> body.append("&amp;");
                case '<' -> body.append("&lt;");
                case '>' -> body.append("&gt;");
                case '"' -> body.append("&quot;");
                // XML forbids the other control characters; a hostile title must not break the file.
                default -> body.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
    }

    /** {@code value} to at most two decimals, with no trailing zeros and no "-0". */
    static String num(double value) {
        long hundredths = Math.round(value * 100);
        if (hundredths == 0) {
            return "0";
        }
        StringBuilder text = new StringBuilder(12);
        if (hundredths < 0) {
            text.append('-');
            hundredths = -hundredths;
        }
        text.append(hundredths / 100);
        long fraction = hundredths % 100;
        if (fraction != 0) {
            text.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                text.append(fraction % 10);
            }
        }
        return text.toString();
    }
}
