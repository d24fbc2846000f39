package com.stakeline.domain;

import java.util.List;

/**
 * The entity ids an event field names, in the order the store gives them.
 *
 * @param ids the entity ids
 */
public record EntityList(List<String> ids) {

    /** Copies the ids. */
    public EntityList {
        ids = List.copyOf(ids);
    }
}
