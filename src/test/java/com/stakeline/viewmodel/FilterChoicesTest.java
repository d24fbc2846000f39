package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.FieldValues;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FilterChoicesTest {

    @Test
    void withMoreEntitiesThanTheFilterCanListItOffersThoseNamedMostOftenByName() {
        int companies = FilterChoices.MAX_ENTITIES + 10;
        List<Entity> entities = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            entities.add(new Entity("c" + i, "Company " + i, EntityKind.COMPANY, List.of(), null, null));
            // The last ten are named once; all the others twice.
            int mentions = i < FilterChoices.MAX_ENTITIES ? 2 : 1;
            for (int mention = 0; mention < mentions; mention++) {
                events.add(new Event("e" + i + "-" + mention, EventType.MILESTONE, PartialDate.parse("2024-05"), null,
                        "c" + i, "Milestone " + i, null, List.of(), List.of(Citation.of("src")), FieldValues.empty()));
            }
        }
        EventStore store = new EventStore("Many", "c0", entities,
                List.of(new Source("src", "Source", null, null, null, null, null)), events);

        List<String> choices = FilterChoices.of(store).entities();

        assertEquals(FilterChoices.MAX_ENTITIES, choices.size());
        assertTrue(choices.stream().noneMatch(id -> Integer.parseInt(id.substring(1)) >= FilterChoices.MAX_ENTITIES),
                "an entity named once is offered before one named twice");
        List<String> names = choices.stream().map(store::entityName).toList();
        assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "offered by name");
    }
}
