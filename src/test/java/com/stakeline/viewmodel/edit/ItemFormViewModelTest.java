package com.stakeline.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.PartialDate;
import com.stakeline.domain.Source;
import com.stakeline.domain.StoreEdits;
import com.stakeline.store.TestStores;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemFormViewModelTest {

    private final EventStore store = TestStores.scale();

    @Test
    void aNewEntityGetsAnIdFromItsNameAndItsParentByNameAndTheReadersWordsForWhatIsWrong() {
        EntityFormViewModel form = new EntityFormViewModel(store, null);
        assertEquals("is empty", form.problem("name").get());
        form.text("name").set("Scale AI");
        assertEquals("scale-ai-2", form.result().orElseThrow().id(), "an id made from a name is a free one");
        form.text("name").set("Meta Superintelligence Labs");
        form.text("kind").set("company");
        form.text("parent").set("Meta");
        form.text("aliases").set("MSL, Superintelligence Labs");
        assertTrue(form.validProperty().get(), () -> form.fields().stream()
                .map(field -> field + ": " + form.problem(field).get()).toList().toString());
        assertEquals(new Entity("meta-superintelligence-labs", "Meta Superintelligence Labs", EntityKind.COMPANY,
                List.of("MSL", "Superintelligence Labs"), "meta", null), form.result().orElseThrow());

        form.text("id").set("meta");
        assertEquals("duplicate entity id 'meta'; another entity has it", form.problem("id").get());
        form.text("id").set("Bad Id");
        assertEquals("'Bad Id' is not a valid id (lower-case letters, digits and hyphens, not starting with a "
                + "hyphen)", form.problem("id").get());
        form.text("id").set("");
        form.text("parent").set("Nobody");
        assertEquals("no entity is named 'Nobody'", form.problem("parent").get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void aSourceIsCheckedAsTheFileWouldBeAndAChangedOneKeepsItsId() {
        Source first = store.sources().get(0);
        SourceFormViewModel form = new SourceFormViewModel(store, first);
        assertTrue(form.validProperty().get());
        assertEquals(first, form.result().orElseThrow());
        form.text("published").set("2025-13");
        assertEquals("'2025-13' has no month 13 (months run 01 to 12)", form.problem("published").get());
        form.text("published").set("2025-06");
        form.text("title").set("Line one\nline two");
        assertEquals("holds a line break at character 9; only a summary or notes may span lines",
                form.problem("title").get());
        form.text("title").set("A new title");
        Source changed = form.result().orElseThrow();
        assertEquals(first.id(), changed.id());
        assertEquals(PartialDate.parse("2025-06"), changed.published());

        EventStore saved = StoreEdits.putSource(store, changed);
        assertEquals(store.sources().size(), saved.sources().size(), "put in place, not added");
        assertEquals("A new title", saved.source(first.id()).orElseThrow().title());
    }
}
