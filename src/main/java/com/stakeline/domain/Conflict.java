package com.stakeline.domain;

/**
 * A field on which a source disagrees with an event's accepted value.
 *
 * @param eventId the event
 * @param field the disputed field
 * @param accepted the event's own value, or null when the event states none
 * @param sourceId the disagreeing source
 * @param claimed what that source says instead
 */
public record Conflict(String eventId, Field<?> field, Object accepted, String sourceId, Object claimed) {
}
