package com.stakeline.viewmodel;

/**
 * One source behind the selected event.
 *
 * @param title the source's title
 * @param details publisher, publication date and file, those that are known, for people
 * @param notes what is known of the source itself (an invented title, an inferred date), or empty
 * @param claims what the source says that differs from the accepted values, or empty
 */
public record SourceLine(String title, String details, String notes, String claims) {
}
