package com.stakeline.domain;

import java.util.Optional;

/**
 * A document that reports facts: an article, a filing, a press release.
 *
 * @param id the id citations use
 * @param title the document's title
 * @param publisher who published it, or null when not known
 * @param published when it was published, or null when not known
 * @param url where it can be read, or null
 * @param file the name of a local copy, or null
 * @param notes what a reader should know of the source itself (an invented title, an inferred date), or null
 */
public record Source(String id, String title, String publisher, PartialDate published, String url, String file,
                     String notes) {

    /** The publisher, when known. */
    public Optional<String> publisherName() {
        return Optional.ofNullable(publisher);
    }

    /** The notes on the source, when there are any. */
    public Optional<String> notesText() {
        return Optional.ofNullable(notes);
    }

    /** The publication date, when known. */
    public Optional<PartialDate> publishedDate() {
        return Optional.ofNullable(published);
    }
}
