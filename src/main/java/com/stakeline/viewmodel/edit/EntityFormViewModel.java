package com.stakeline.viewmodel.edit;

import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.StoreEdits;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The form of one entity: a company, person, investor, fund, government or other party. */
public final class EntityFormViewModel extends ItemFormViewModel<Entity> {

    /** A form for a new entity, or for changing {@code editing} (null for a new one). */
    public EntityFormViewModel(EventStore store, Entity editing) {
        super(store, editing, "entities", "entity", List.of("id", "name", "kind", "aliases", "parent", "notes"));
        text("kind").set(EntityKind.COMPANY.jsonName());
        start();
    }

    /** The kinds an entity may be, as the file writes them. */
    public static List<String> kinds() {
        return Arrays.stream(EntityKind.values()).map(EntityKind::jsonName).toList();
    }

    @Override
    protected void fill(Entity entity) {
        text("id").set(entity.id());
        text("name").set(entity.name());
        text("kind").set(entity.kind().jsonName());
        text("aliases").set(String.join(", ", entity.aliases()));
        text("parent").set(entity.parent() == null ? "" : store().entityName(entity.parent()));
        text("notes").set(entity.notes() == null ? "" : entity.notes());
    }

    @Override
    protected Entity build() {
        String name = typed("name");
        Optional<EntityKind> kind = EntityKind.fromJson(text("kind").get().strip());
        if (kind.isEmpty()) {
            problem("kind", "unknown entity kind '" + text("kind").get().strip() + "' (expected one of: "
                    + String.join(", ", kinds()) + ")");
            return null;
        }
        String parent = null;
        if (typed("parent") != null) {
            parent = store().entityIdOf(typed("parent")).orElse(null);
            if (parent == null) {
                problem("parent", "no entity is named '" + typed("parent") + "'");
                return null;
            }
        }
        List<String> aliases = typed("aliases") == null ? List.of()
                : Arrays.stream(typed("aliases").split(",")).map(String::strip).filter(alias -> !alias.isEmpty())
                .distinct().toList();
        String id = id(name, taken -> store().entity(taken).isPresent());
        return new Entity(id, name == null ? "" : name, kind.get(), aliases, parent, typed("notes"));
    }

    @Override
    protected List<Entity> named(Entity entity) {
        return entity.parent() == null ? List.of() : store().entity(entity.parent()).map(StoreEdits::withoutOwner)
                .stream().toList();
    }

    @Override
    protected String idOf(Entity entity) {
        return entity.id();
    }

    @Override
    protected List<Entity> itemsOf(EventStore store) {
        return store.entities();
    }

    @Override
    protected EventStore with(EventStore store, Entity entity) {
        return StoreEdits.putEntity(store, entity);
    }
}
