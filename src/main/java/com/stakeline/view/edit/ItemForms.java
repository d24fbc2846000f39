package com.stakeline.view.edit;

import com.stakeline.domain.Entity;
import com.stakeline.domain.Source;
import com.stakeline.viewmodel.edit.EntityFormViewModel;
import com.stakeline.viewmodel.edit.SourceFormViewModel;
import java.util.Map;
import javafx.scene.Parent;
import javafx.stage.Window;

/** The entity and source forms, with their labels and hints: from the Edit menu and from inside the event form. */
public final class ItemForms {

    private static final Map<String, String> ENTITY_LABELS = Map.of("id", "Id", "name", "Name *", "kind", "Kind *",
            "aliases", "Other names", "parent", "Owned by", "notes", "Notes");
    private static final Map<String, String> SOURCE_LABELS = Map.of("id", "Id", "title", "Title *", "publisher",
            "Publisher", "published", "Published", "url", "Address (URL)", "file", "Local copy", "notes", "Notes");

    private ItemForms() {
    }

    /** The dialog of an entity's form, over {@code owner}, styled as {@code styledLike} is. */
    public static ItemFormDialog<Entity> entity(EntityFormViewModel form, Window owner, Parent styledLike) {
        return new ItemFormDialog<>(form, form.isEditing() ? "Edit Entity" : "New Entity", ENTITY_LABELS,
                Map.of("kind", EntityFormViewModel.kinds()),
                Map.of("id", "made from the name when left empty", "aliases", "comma-separated",
                        "parent", "a name, as the store knows it"), owner, styledLike);
    }

    /** The dialog of a source's form, over {@code owner}, styled as {@code styledLike} is. */
    public static ItemFormDialog<Source> source(SourceFormViewModel form, Window owner, Parent styledLike) {
        return new ItemFormDialog<>(form, form.isEditing() ? "Edit Source" : "New Source", SOURCE_LABELS, Map.of(),
                Map.of("id", "made from the title when left empty", "published", "2016, 2024-05 or 2025-06-12"),
                owner, styledLike);
    }
}
