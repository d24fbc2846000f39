package com.stakeline.viewmodel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The files opened lately, newest first, kept in the user's preferences between runs. */
public final class RecentFiles {

    /** How many files the list keeps. */
    public static final int LIMIT = 10;

    private static final String KEY_PREFIX = "recent.";

    private final Preferences preferences;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnlyFiles = FXCollections.unmodifiableObservableList(files);

    /** The list stored in {@code preferences}. */
    public RecentFiles(Preferences preferences) {
        this.preferences = preferences;
        for (int i = 0; i < LIMIT; i++) {
            String stored = preferences.get(KEY_PREFIX + i, null);
            if (stored != null) {
                files.add(Path.of(stored));
            }
        }
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return readOnlyFiles;
    }

    /** The files that are still there, newest first: a file moved or deleted since is not offered. */
    public List<Path> existing() {
        return files.stream().filter(Files::isRegularFile).toList();
    }

    /** Puts {@code file} first, dropping the oldest past the limit. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(LIMIT, updated.size())));
        store();
    }

    /** Forgets every file. */
    public void clear() {
        files.clear();
        store();
    }

    private void store() {
        for (int i = 0; i < LIMIT; i++) {
            if (i < files.size()) {
                preferences.put(KEY_PREFIX + i, files.get(i).toString());
            } else {
                preferences.remove(KEY_PREFIX + i);
            }
        }
    }
}
