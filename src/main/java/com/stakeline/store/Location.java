package com.stakeline.store;

/**
 * Where something stands in a file, 1-based as editors count.
 *
 * @param line the line
 * @param column the column
 */
public record Location(int line, int column) {
}
