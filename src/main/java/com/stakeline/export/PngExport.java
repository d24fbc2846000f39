package com.stakeline.export;

import com.stakeline.chart.Painter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import javax.imageio.ImageIO;

/**
 * A chart as a PNG image: drawn through a {@link Java2DPainter} on an image, at 1× to 4× the chart's size for print,
 * and encoded with ImageIO, which writes no time chunk, so the same chart gives the same bytes.
 */
public final class PngExport {

    /** The largest scale: 4× a 1600-pixel dashboard is already 6400 pixels wide. */
    public static final double MAX_SCALE = 4;

    private PngExport() {
    }

    /**
     * The PNG of what {@code drawing} draws on a chart {@code width} by {@code height} pixels, at {@code scale}; the
     * image is the chart's size times the scale, rounded up. When {@code transparent}, the frames' background is
     * left clear; where the drawing leaves pixels untouched they stay transparent.
     */
    public static byte[] png(double width, double height, double scale, boolean transparent,
                             Consumer<Painter> drawing) {
        if (!(scale >= 1 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("the scale must be from 1 to " + (int) MAX_SCALE + ", not " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.ceil(width * scale), (int) Math.ceil(height * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            drawing.accept(new Java2DPainter(g, transparent));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("the image could not be encoded as PNG", e);
        }
        return bytes.toByteArray();
    }
}
