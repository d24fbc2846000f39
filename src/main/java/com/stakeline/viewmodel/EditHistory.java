package com.stakeline.viewmodel;

import com.stakeline.domain.EventStore;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The changes made to the open store, to undo and redo, and whether the store differs from the file. A change is
 * kept as the stores before and after it: stores are never changed in place, so going back is showing the store
 * before, and changes undone back to the saved state leave nothing unsaved.
 */
public final class EditHistory {

    /** Enough for a long session; each step keeps a store's lists, not its events, which the stores share. */
    static final int LIMIT = 200;

    private final Deque<Step> undoable = new ArrayDeque<>();
    private final Deque<Step> redoable = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(this, "unsaved");
    /**
     * Numbers each state of the store, since the same content may come back as another store object: a store is
     * shown as the reader reads it back, which checks it as a file would be.
     */
    private int current;
    private int saved;
    private int lastNumber;

    /** One change: what it did, for the menu, and the store before and after with their numbers. */
    private record Step(String description, EventStore before, int beforeNumber, EventStore after, int afterNumber) {
    }

    /** Forgets every change: a store was just opened, and is as its file holds it. */
    public void reset() {
        undoable.clear();
        redoable.clear();
        current = ++lastNumber;
        saved = current;
        update();
    }

    /**
     * Forgets every change, as {@link #reset()} does, but the store shown is not what its file holds: work brought
     * back after a crash, unsaved until saved.
     */
    public void resetUnsaved() {
        reset();
        saved = -1;
        update();
    }

    /** Notes a change, described for the menu ("Delete Event"), made to the current store; redo is no longer offered. */
    public void record(String description, EventStore before, EventStore after) {
        int number = ++lastNumber;
        undoable.push(new Step(description, before, current, after, number));
        if (undoable.size() > LIMIT) {
            undoable.removeLast();
        }
        redoable.clear();
        current = number;
        update();
    }

    /** The store before the last change, which is then redoable, or empty when there is none. */
    public Optional<EventStore> undo() {
        if (undoable.isEmpty()) {
            return Optional.empty();
        }
        Step step = undoable.pop();
        redoable.push(step);
        current = step.beforeNumber();
        update();
        return Optional.of(step.before());
    }

    /** The store after the last change undone, or empty when there is none. */
    public Optional<EventStore> redo() {
        if (redoable.isEmpty()) {
            return Optional.empty();
        }
        Step step = redoable.pop();
        undoable.push(step);
        current = step.afterNumber();
        update();
        return Optional.of(step.after());
    }

    /** The store as it is now is what its file holds. */
    public void markSaved() {
        saved = current;
        update();
    }

    /** Whether there is a change to undo. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** Whether there is an undone change to redo. */
    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo Delete Event", or "Undo" when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo Delete Event", or "Redo". */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Whether the store shown differs from what its file holds. */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    private void update() {
        canUndo.set(!undoable.isEmpty());
        canRedo.set(!redoable.isEmpty());
        undoText.set(undoable.isEmpty() ? "Undo" : "Undo " + undoable.peek().description());
        redoText.set(redoable.isEmpty() ? "Redo" : "Redo " + redoable.peek().description());
        unsaved.set(current != saved);
    }
}
