package com.stakeline.viewmodel.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Citation;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.EventType;
import com.stakeline.domain.Field;
import com.stakeline.domain.Money;
import com.stakeline.domain.StoreEdits;
import com.stakeline.store.TestStores;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventFormViewModelTest {

    private final EventStore store = TestStores.scale();

    @Test
    void aStakeTypedAsAnAnalystWouldIsUnderstoodAndAWrongPercentageGetsTheValidatorsWords() {
        EventFormViewModel form = new EventFormViewModel(store, null, EventType.STAKE_ACQUISITION);
        form.text("date").set("2025-06");
        form.text("title").set("Meta buys more of Scale");
        form.text("acquirer").set("meta");
        form.text("amount").set("~14B");
        form.text("stakePercent").set("149");
        form.citedSources().add(store.sources().get(0).id());

        assertEquals("June 2025 (month)", form.understood("date").get());
        assertEquals("~$14B (USD 14,000,000,000)", form.understood("amount").get());
        assertEquals("149 is not a percentage (0 to 100)", form.problem("stakePercent").get());
        assertFalse(form.validProperty().get());

        form.text("stakePercent").set("49%");
        assertEquals("", form.problem("stakePercent").get());
        assertTrue(form.validProperty().get(), form.toString());
        Event event = form.result().orElseThrow();
        assertEquals("meta-buys-more-of-scale", event.id());
        assertEquals("scale-ai", event.company(), "a new event is about the store's subject");
        assertEquals(new BigDecimal("49"), event.get(Field.STAKE_PERCENT).orElseThrow());
        assertEquals(new Money(new BigDecimal("14000000000"), "USD", true), event.get(Field.AMOUNT).orElseThrow());
        assertEquals("meta", event.get(Field.ACQUIRER).orElseThrow());
    }

    @Test
    void whatTheReaderWouldRefuseIsSaidBesideItsField() {
        EventFormViewModel form = new EventFormViewModel(store, null, EventType.FUNDING_ROUND);
        form.text("date").set("2025-13");
        assertEquals("'2025-13' has no month 13 (months run 01 to 12)", form.problem("date").get());
        form.text("date").set("2025");
        form.text("title").set("A round");
        assertEquals("an event needs at least one source", form.problem("sources").get());
        assertEquals("missing required field", form.problem("round").get());
        form.text("investors").set("Nobody Capital");
        assertEquals("no entity is named 'Nobody Capital'", form.problem("investors").get());
        form.text("id").set("meta-stake");
        assertEquals("duplicate event id 'meta-stake'; another event has it", form.problem("id").get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldAsTheReaderWould() {
        EventFormViewModel form = new EventFormViewModel(store, null, EventType.LEADERSHIP_CHANGE);
        for (String field : List.of("date", "title", "person", "role", "change")) {
            assertEquals("missing required field", form.problem(field).get(), field);
        }
        assertEquals("", form.problem("company").get(), "a new event is about the subject");
        assertEquals("an event needs at least one source", form.problem("sources").get());
        assertEquals("", form.problem("summary").get());
    }

    @Test
    void anEntityAndASourceMadeFromInsideTheFormCanBeNamedAndCitedAndComeWithTheEvent() {
        EventStore empty = StoreEdits.newStore("Acme Robotics");
        EventFormViewModel form = new EventFormViewModel(empty, null, EventType.FUNDING_ROUND);
        form.text("date").set("2024");
        form.text("title").set("Acme raises a seed round");
        form.text("round").set("Seed");
        form.text("amount").set("2M");
        form.text("investors").set("Big Fund");
        assertEquals("no entity is named 'Big Fund'", form.problem("investors").get());

        EntityFormViewModel fund = new EntityFormViewModel(form.parties(), null);
        fund.text("name").set("Big Fund");
        fund.text("kind").set("fund");
        form.addEntity(fund.result().orElseThrow());
        assertEquals("", form.problem("investors").get());
        assertEquals("an event needs at least one source", form.problem("sources").get());

        SourceFormViewModel press = new SourceFormViewModel(form.parties(), null);
        press.text("title").set("Acme's press release");
        form.addSource(press.result().orElseThrow());
        assertTrue(form.validProperty().get());

        EventStore saved = StoreEdits.addEvent(form.withAdded(empty), form.result().orElseThrow());
        assertEquals("big-fund", saved.entityIdOf("Big Fund").orElseThrow());
        assertEquals("acme-s-press-release", saved.events().get(0).sources().get(0).sourceId());
    }

    @Test
    void whatASourceSaysIsEditedInPlaceAsTypedAndCheckedAsTheRest() {
        Event round = store.event("funding-2024").orElseThrow();
        EventFormViewModel form = new EventFormViewModel(store, round, round.type());
        String disputing = round.sources().stream().filter(citation -> !citation.says().isEmpty()).findFirst()
                .orElseThrow().sourceId();
        assertEquals("date = 2023; postMoney = $13.8B", form.says(disputing).get());
        assertEquals(round, form.result().orElseThrow(), "read back as it was");

        form.says(disputing).set("postMoney = ~$14.5B");
        Event changed = form.result().orElseThrow();
        Citation citation = changed.sources().stream().filter(c -> c.sourceId().equals(disputing)).findFirst()
                .orElseThrow();
        assertEquals(new Money(new BigDecimal("14500000000"), "USD", true),
                citation.says().get(Field.POST_MONEY).orElseThrow());
        assertTrue(citation.says().get(Field.DATE).isEmpty());

        form.says(disputing).set("stakePercent = 10");
        assertTrue(form.problem("sources").get().endsWith("says 'stakePercent = 10': expected field = value, with "
                + "a field of this event such as date or round"), form.problem("sources").get());
        form.says(disputing).set("postMoney = lots");
        assertTrue(form.problem("sources").get().endsWith("says postMoney: 'lots' is not an amount (such as 14.3B, "
                + "$14,300,000,000, 950M or ~14B)"), form.problem("sources").get());
        assertFalse(form.validProperty().get());
    }

    @Test
    void changingAnEventKeepsWhatItsSourcesDisagreeOn() {
        Event stake = store.event("meta-stake").orElseThrow();
        EventFormViewModel form = new EventFormViewModel(store, stake, EventType.MILESTONE);
        assertEquals(EventType.STAKE_ACQUISITION, form.typeProperty().get());
        assertTrue(form.validProperty().get(), "an event of the store is valid as it stands");
        assertEquals(stake, form.result().orElseThrow());

        form.text("stakePercent").set("50");
        Event changed = form.result().orElseThrow();
        assertEquals(new BigDecimal("50"), changed.get(Field.STAKE_PERCENT).orElseThrow());
        assertEquals(stake.sources(), changed.sources());
    }
}
