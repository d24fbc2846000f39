package com.stakeline.domain;

import java.util.List;

/**
 * A company, person, investor or other party that events refer to by id.
 *
 * @param id the id events use to refer to it
 * @param name the name shown to people
 * @param kind what sort of party it is
 * @param aliases other names it goes by, which text search also matches
 * @param parent the id of the entity that owns it, if stated (a subsidiary's owner)
 * @param notes free text, if any
 */
public record Entity(String id, String name, EntityKind kind, List<String> aliases, String parent, String notes) {

    /** Copies the list of aliases. */
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
