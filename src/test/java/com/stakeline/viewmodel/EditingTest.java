package com.stakeline.viewmodel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.stakeline.domain.Entity;
import com.stakeline.domain.EntityKind;
import com.stakeline.domain.Event;
import com.stakeline.domain.Source;
import com.stakeline.domain.EventStore;
import com.stakeline.domain.StoreEdits;
import com.stakeline.store.AtomicFile;
import com.stakeline.store.BadStores;
import com.stakeline.store.EventStoreReader;
import com.stakeline.store.EventStoreWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made in the app: checked as a file would be, undone and redone exactly, and saved. */
class EditingTest {

    private static final Path BUNDLED = Path.of("data", "scale-ai-meta.json");

    private final MainViewModel viewModel = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
            TestPreferences.fresh());

    /** For the tests of a watched file, whose news the test runs on its own thread, as the FX thread would. */
    private final QueuedPublishExecutor published = new QueuedPublishExecutor();
    private final MainViewModel watching = new MainViewModel(new EventStoreReader(), published,
            TestPreferences.fresh());

    @TempDir
    Path folder;

    @Test
    void undoAndRedoOfRandomEditsReturnToExactlyTheEarlierStores() throws IOException {
        viewModel.open(Files.copy(BUNDLED, folder.resolve("store.json")));
        Random random = new Random(42);
        List<byte[]> states = new ArrayList<>(List.of(canonical()));
        List<byte[]> undone = new ArrayList<>();
        for (int step = 0; step < 80; step++) {
            int action = random.nextInt(6);
            if (action == 0 && viewModel.history().canUndoProperty().get()) {
                viewModel.undo();
                undone.add(states.remove(states.size() - 1));
            } else if (action == 1 && viewModel.history().canRedoProperty().get()) {
                viewModel.redo();
                states.add(undone.remove(undone.size() - 1));
            } else {
                List<Event> events = viewModel.getStore().events();
                Event event = events.get(random.nextInt(events.size()));
                if (action % 2 == 0 || events.size() < 5) {
                    viewModel.edit("Duplicate Event",
                            store -> StoreEdits.addEvent(store, StoreEdits.copyOf(store, event)));
                } else {
                    viewModel.edit("Delete Event", store -> StoreEdits.removeEvent(store, event.id()));
                }
                states.add(canonical());
                undone.clear();
                assertFalse(viewModel.history().canRedoProperty().get(), "a new change ends what could be redone");
            }
            assertArrayEquals(states.get(states.size() - 1), canonical(), "after step " + step);
        }
        while (viewModel.history().canUndoProperty().get()) {
            viewModel.undo();
            states.remove(states.size() - 1);
            assertArrayEquals(states.get(states.size() - 1), canonical());
        }
        assertEquals(1, states.size());
        assertFalse(viewModel.history().unsavedProperty().get(), "undone back to the file: nothing unsaved");
    }

    @Test
    void aDeletionIsUndoneRedoneSavedWithABackupAndFoundOnReopening() throws IOException {
        Path file = Files.copy(BUNDLED, folder.resolve("store.json"));
        viewModel.open(file);
        int before = viewModel.getStore().events().size();
        List<String> idsLeft = new ArrayList<>(viewModel.getStore().events().stream().map(Event::id).toList());
        idsLeft.remove("meta-stake");
        viewModel.edit("Delete Event", store -> StoreEdits.removeEvent(store, "meta-stake"));

        assertEquals(idsLeft, viewModel.getStore().events().stream().map(Event::id).toList(),
                "the events left keep their order, same-day ones too, until the file is saved and read again");
        assertEquals("Undo Delete Event", viewModel.history().undoTextProperty().get());
        assertTrue(viewModel.windowTitleProperty().get().startsWith("*"), viewModel.windowTitleProperty().get());
        viewModel.undo();
        assertTrue(viewModel.getStore().event("meta-stake").isPresent());
        assertFalse(viewModel.windowTitleProperty().get().startsWith("*"));
        viewModel.redo();
        assertTrue(viewModel.getStore().event("meta-stake").isEmpty());

        viewModel.save(null);
        assertFalse(viewModel.history().unsavedProperty().get());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(AtomicFile.backupOf(file)));
        viewModel.open(file);
        assertEquals(before - 1, viewModel.getStore().events().size());
        assertTrue(viewModel.getStore().event("meta-stake").isEmpty());
    }

    @Test
    void aChangeTheReaderRefusesIsReportedAndLeavesTheStoreAsItWas() {
        viewModel.openBundled();
        EventStore before = viewModel.getStore();
        Event stake = before.event("meta-stake").orElseThrow();
        // Two events with one id: the reader refuses the file this would make.
        viewModel.edit("Duplicate Event", store -> StoreEdits.addEvent(store, stake));

        assertNotNull(viewModel.refusedChangeProperty().get());
        assertTrue(viewModel.refusedChangeProperty().get().problems().stream()
                .anyMatch(problem -> problem.message().contains("duplicate event id 'meta-stake'")));
        assertTrue(before == viewModel.getStore());
        assertFalse(viewModel.history().canUndoProperty().get());
    }

    @Test
    void aStoreFromNoFileOrAReadOnlyFileIsSavedOnlyToAFileChosen() throws IOException {
        viewModel.openBundled();
        assertFalse(viewModel.canSaveInPlace());
        Path chosen = folder.resolve("mine.json");
        viewModel.save(chosen);
        assertEquals(chosen, viewModel.fileProperty().get());
        assertTrue(viewModel.canSaveInPlace());
        assertTrue(new EventStoreReader().read(chosen).loaded().isPresent());

        assertTrue(chosen.toFile().setWritable(false));
        viewModel.open(chosen);
        // Whoever may write anyway (root) is not stopped; anyone else is sent to Save As.
        boolean readOnly = !Files.isWritable(chosen);
        assertEquals(readOnly, viewModel.readOnlyProperty().get());
        assertEquals(!readOnly, viewModel.canSaveInPlace());
        assertEquals(readOnly, viewModel.windowTitleProperty().get().contains("(read-only)"));
    }

    @Test
    void aFileChangedByAnotherProgramIsReadAgainOrWhenChangesHereAreUnsavedTheChoiceIsAsked() throws Exception {
        MainViewModel viewModel = watching;
        Path file = Files.copy(BUNDLED, folder.resolve("store.json"));
        viewModel.open(file);
        EventStore original = viewModel.getStore();
        byte[] withoutStake = EventStoreWriter.toBytes(StoreEdits.removeEvent(original, "meta-stake"));

        Files.write(file, withoutStake);
        waitUntil(() -> viewModel.getStore().event("meta-stake").isEmpty());
        assertFalse(viewModel.outsideChangeProperty().get(), "nothing unsaved: read again without asking");

        viewModel.edit("Delete Event", store -> StoreEdits.removeEvent(store, "wang-ceo"));
        Files.write(file, EventStoreWriter.toBytes(original));
        waitUntil(() -> viewModel.outsideChangeProperty().get());
        assertTrue(viewModel.getStore().event("wang-ceo").isEmpty(), "the changes here stay until the choice");
        viewModel.loadTheirs();
        assertTrue(viewModel.getStore().event("meta-stake").isPresent());
        assertFalse(viewModel.history().unsavedProperty().get());

        String broken = "{\"format\": \"stakeline-events/1\"";
        Files.writeString(file, broken);
        waitUntil(() -> viewModel.failedLoadProperty().get() != null);
        assertTrue(viewModel.getStore().event("meta-stake").isPresent(), "a broken file keeps what was shown");
        assertFalse(viewModel.canSaveInPlace());
        viewModel.save(null);
        assertTrue(viewModel.saveFailureProperty().get().contains("Save As"), viewModel.saveFailureProperty().get());
        assertEquals(broken, Files.readString(file), "a file that does not load is not written over");

        Files.write(file, withoutStake);
        waitUntil(() -> viewModel.getStore().event("meta-stake").isEmpty());
        assertTrue(viewModel.canSaveInPlace());

        viewModel.edit("Delete Event", store -> StoreEdits.removeEvent(store, "wang-ceo"));
        viewModel.save(null);
        Thread.sleep(1_000);
        published.runPublished();
        assertTrue(viewModel.history().canUndoProperty().get(), "a save of our own is not read again as another's");
        assertFalse(viewModel.outsideChangeProperty().get());
    }

    @Test
    void aFileDeletedByAnotherProgramLeavesTheStoreShownAndSaveWritesItAgain() throws Exception {
        MainViewModel viewModel = watching;
        Path file = Files.copy(BUNDLED, folder.resolve("store.json"));
        viewModel.open(file);
        Files.delete(file);
        waitUntil(() -> viewModel.statusProperty().get().contains("was moved or deleted"));
        assertEquals(null, viewModel.failedLoadProperty().get());
        viewModel.save(null);
        assertTrue(new EventStoreReader().read(file).loaded().isPresent());
    }

    @Test
    void unsavedWorkIsCopiedSecondsBehindAndOfferedBackToTheNextRunUntilSavedOrDiscarded() throws Exception {
        Path file = Files.copy(BUNDLED, folder.resolve("store.json"));
        Recovery recovery = new Recovery(folder.resolve("recovery"), Duration.ofMillis(100));
        MainViewModel crashing = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
                TestPreferences.fresh(), Clock.systemDefaultZone(), recovery);
        crashing.open(file);
        crashing.edit("Delete Event", store -> StoreEdits.removeEvent(store, "meta-stake"));
        waitUntil(() -> recovery.found().isPresent());

        // The next run, after a crash: the work comes back as unsaved changes to the file, which is as it was.
        MainViewModel next = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
                TestPreferences.fresh(), Clock.systemDefaultZone(), new Recovery(folder.resolve("recovery"),
                Duration.ofMillis(100)));
        Recovery.Found found = next.unsavedWorkFound().orElseThrow();
        assertEquals(file.toAbsolutePath(), found.original());
        assertEquals(file.toString(), found.name());
        next.restore(found);
        assertTrue(next.getStore().event("meta-stake").isEmpty());
        assertEquals(file, next.fileProperty().get());
        assertTrue(next.history().unsavedProperty().get());
        assertArrayEquals(Files.readAllBytes(BUNDLED), Files.readAllBytes(file), "the file waits for Save");

        next.save(null);
        waitUntil(() -> next.unsavedWorkFound().isEmpty());
        assertTrue(new EventStoreReader().read(file).loaded().orElseThrow().event("meta-stake").isEmpty());
    }

    @Test
    void anEntityStillNamedCannotBeDeletedAndTheReaderSaysWhereItIsNamedButAnUnusedOneCan() {
        viewModel.openBundled();
        viewModel.edit("Delete Entity", store -> StoreEdits.removeEntity(store, "meta"));
        assertTrue(viewModel.getStore().entity("meta").isPresent());
        assertTrue(viewModel.refusedChangeProperty().get().problems().stream()
                .anyMatch(problem -> problem.message().equals("no entity has the id 'meta'")));

        viewModel.edit("Add Entity", store -> StoreEdits.putEntity(store, new Entity("unused", "Unused Co",
                EntityKind.COMPANY, List.of(), null, null)));
        viewModel.edit("Delete Entity", store -> StoreEdits.removeEntity(store, "unused"));
        assertTrue(viewModel.getStore().entity("unused").isEmpty());
        assertEquals("Undo Delete Entity", viewModel.history().undoTextProperty().get());

        Source first = viewModel.getStore().sources().get(0);
        viewModel.edit("Duplicate Source", store -> StoreEdits.putSource(store, StoreEdits.copyOf(store, first)));
        viewModel.edit("Duplicate Source", store -> StoreEdits.putSource(store, StoreEdits.copyOf(store, first)));
        assertEquals(first.title() + " (copy)", viewModel.getStore().source(first.id() + "-copy-2").orElseThrow()
                .title());
    }

    @Test
    void aNewStoreLostInACrashComesBackAsTheNewStoreNotAsTheSample() throws Exception {
        Recovery recovery = new Recovery(folder.resolve("recovery"), Duration.ofMillis(50));
        MainViewModel crashing = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
                TestPreferences.fresh(), Clock.systemDefaultZone(), recovery);
        crashing.newStore("Acme Robotics");
        waitUntil(() -> recovery.found().isPresent());

        MainViewModel next = new MainViewModel(new EventStoreReader(), new CurrentThreadTaskExecutor(),
                TestPreferences.fresh(), Clock.systemDefaultZone(), recovery);
        Recovery.Found found = next.unsavedWorkFound().orElseThrow();
        assertEquals("untitled.json", found.name());
        next.restore(found);
        assertEquals("acme-robotics", next.getStore().subjectId());
        assertEquals(null, next.fileProperty().get());
        assertFalse(next.canSaveInPlace(), "Save asks for a file");
    }

    @Test
    void aNewStoreIsOfOneCompanyUnsavedUntilSavedAsAFileThatLoads() {
        viewModel.newStore("Acme Robotics");
        EventStore store = viewModel.getStore();
        assertEquals("acme-robotics", store.declaredSubjectId().orElseThrow());
        assertEquals(List.of(), store.events());
        assertTrue(viewModel.history().unsavedProperty().get());
        assertFalse(viewModel.canSaveInPlace(), "no file yet: Save asks for one");
        Path chosen = folder.resolve("acme.json");
        viewModel.save(chosen);
        assertEquals("Acme Robotics", new EventStoreReader().read(chosen).loaded().orElseThrow().subject()
                .orElseThrow().name());
        assertFalse(viewModel.history().unsavedProperty().get());
    }

    @Test
    void everyBadFileOfTheReadersTestsIsLeftAsItWasByOpeningItAndTheStoreShownStays() throws IOException {
        viewModel.openBundled();
        EventStore shown = viewModel.getStore();
        int index = 0;
        for (Map.Entry<String, byte[]> bad : BadStores.all().entrySet()) {
            Path file = Files.write(folder.resolve("bad-" + index++ + ".json"), bad.getValue());
            viewModel.open(file);
            assertArrayEquals(bad.getValue(), Files.readAllBytes(file), bad.getKey());
            assertTrue(shown == viewModel.getStore(), bad.getKey());
            viewModel.save(null);
            assertArrayEquals(bad.getValue(), Files.readAllBytes(file), "Save after a failed open: " + bad.getKey());
        }
    }

    /** Waits up to 5 s for {@code condition}, running what the watcher publishes meanwhile. */
    private void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            published.runPublished();
        }
        assertTrue(condition.getAsBoolean(), "waited 5 s");
    }

    private byte[] canonical() {
        return EventStoreWriter.toBytes(viewModel.getStore());
    }
}
