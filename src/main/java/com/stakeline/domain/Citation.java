package com.stakeline.domain;

/**
 * An event's reference to a source, with the values on which that source disagrees with the event.
 *
 * @param sourceId the cited source's id
 * @param says the source's own values for fields where it differs from the event's accepted values
 */
public record Citation(String sourceId, FieldValues says) {

    /** A citation that agrees with every accepted value. */
    public static Citation of(String sourceId) {
        return new Citation(sourceId, FieldValues.empty());
    }
}
