package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.CheckResult;
import com.stakeline.domain.Conflict;
import com.stakeline.domain.Conflicts;
import com.stakeline.domain.ConsistencyChecks;
import com.stakeline.domain.Event;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.Field;
import com.stakeline.domain.Formats;
import com.stakeline.domain.OwnershipSnapshot;
import com.stakeline.domain.Ownership;
import com.stakeline.domain.Precision;
import com.stakeline.domain.Source;
import com.stakeline.domain.Tenure;
import com.stakeline.domain.Tenures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The story the bundled dataset must tell, as the four articles report it. */
class BundledDatasetTest {

    private final EventStore store = BundledDataset.read(new EventStoreReader()).loaded().orElseThrow();

    @Test
    void theRepositoryCopyIsTheOneTheAppBundles() throws IOException {
        LoadReport fromRepository = new EventStoreReader().read(Path.of("data", "scale-ai-meta.json"));
        assertEquals(List.of(), fromRepository.problems());
        assertEquals(store.events(), fromRepository.loaded().orElseThrow().events());
        assertTrue(Files.size(Path.of("data", "scale-ai-meta.json")) > 0);
    }

    @Test
    void ownershipAsOfDateBeforeDealHasNoMetaSlice() {
        OwnershipSnapshot snapshot = Ownership.asOf(store, "scale-ai", LocalDate.of(2025, 5, 31));
        assertTrue(snapshot.stakeOf("meta").isEmpty());
    }

    @Test
    void ownershipAfterTheDealIsMeta49AndUndisclosed51() {
        OwnershipSnapshot snapshot = Ownership.asOf(store, "scale-ai", LocalDate.of(2025, 6, 30));
        assertEquals("49%", Formats.percent(snapshot.stakeOf("meta").orElseThrow().percent(), false));
        assertEquals("51%", Formats.percent(snapshot.undisclosedPercent(), false));
        assertEquals("$29B", Formats.money(snapshot.latestValuation().orElseThrow()));
    }

    @Test
    void theDealIsRecordedToTheMonthTheArticlesGive() {
        Event deal = store.event("meta-stake").orElseThrow();
        assertEquals(Precision.MONTH, deal.date().precision());
        assertEquals("$14.3B", Formats.money(deal.get(Field.AMOUNT).orElseThrow()));
        assertEquals(4, deal.sources().size());
    }

    @Test
    void theOnlyConflictIsTheDateOfTheRoundBeforeTheDeal() {
        List<Conflict> conflicts = Conflicts.of(store);
        assertEquals(1, conflicts.size());
        assertEquals("funding-2024", conflicts.get(0).eventId());
        assertEquals(Field.DATE, conflicts.get(0).field());
        assertEquals("2023", conflicts.get(0).claimed().toString());
    }

    @Test
    void priceOverValuationIs49Point3PercentWithinTolerance() {
        CheckResult check = ConsistencyChecks.run(store).stream()
                .filter(result -> result.kind() == CheckResult.Kind.STAKE_FROM_PRICE).findFirst().orElseThrow();
        assertTrue(check.passed());
        assertTrue(check.description().startsWith("$14.3B ÷ $29B = 49.3% against the stated 49%"), check.description());
    }

    @Test
    void droegeIsInterimChiefExecutiveAndWangStaysADirectorAfterTheDeal() {
        List<Tenure> held = Tenures.of(store, "scale-ai").heldOn(LocalDate.of(2025, 7, 1));
        assertTrue(held.stream().anyMatch(t -> t.personId().equals("jason-droege") && t.isRole("CEO") && t.interim()));
        assertTrue(held.stream().anyMatch(t -> t.personId().equals("alexandr-wang") && t.isRole("Board director")));
        assertTrue(held.stream().noneMatch(t -> t.personId().equals("alexandr-wang") && t.isRole("CEO")));
    }

    @Test
    void wangKeepsABoardSeatWhoseStartIsNotReportedAndNobodyLedScaleBeforeItExisted() {
        Tenures tenures = Tenures.of(store, "scale-ai");
        Tenure seat = tenures.holdersOf("Board director", LocalDate.of(2025, 7, 1)).get(0);
        assertEquals("alexandr-wang", seat.personId());
        assertTrue(seat.started().isEmpty());
        assertEquals("June 2025", seat.heldBy().display());
        assertEquals(List.of(), tenures.heldOn(LocalDate.of(2015, 12, 31)));
        assertEquals(List.of(), tenures.overlaps());
    }

    @Test
    void theClientsAndAdvisersTheArticlesNameAreLinkedToTheirEvents() {
        assertEquals(List.of("scale-ai", "general-motors", "toyota", "openai", "microsoft", "amazon", "anthropic", "meta"),
                store.event("scale-clients").orElseThrow().entityIds());
        assertEquals(List.of("scale-ai", "centerview-partners", "wilson-sonsini", "joele-frank"),
                store.event("deal-advisers").orElseThrow().entityIds());
    }

    @Test
    void anArticleDatedWithoutAYearSaysSoAndTheUntitledOneIsNotGivenAHeadline() {
        Source dated = store.source("src-allocates").orElseThrow();
        assertEquals("2025-06", dated.published().toString());
        assertTrue(dated.notesText().orElseThrow().contains("no year"));
        assertTrue(store.source("src-key-points").orElseThrow().title().startsWith("Untitled article"));
    }

    @Test
    void everySourceNamesItsArticleFile() {
        assertEquals(4, store.sources().size());
        assertTrue(store.sources().stream().allMatch(source -> source.file() != null && source.file().endsWith(".txt")));
    }
}
