package com.stakeline.chart;

/**
 * A rectangle of a chart, in pixels: where a renderer put something a pointer can grab.
 *
 * @param x its left edge
 * @param y its top edge
 * @param width its width
 * @param height its height
 */
public record Box(double x, double y, double width, double height) {

    /** Whether ({@code px}, {@code py}) lies inside, edges included. */
    public boolean contains(double px, double py) {
        return px >= x && px <= x + width && py >= y && py <= y + height;
    }
}
