package com.stakeline.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Turns the columns the JSON parser reports, which count bytes, into columns that count characters (code points), as
 * editors do: after ten emoji, a key stands at column 11, not 41. It reads the file again, up to the last line with a
 * problem, and only when the file holds characters of more than one byte.
 */
final class CharacterColumns {

    private CharacterColumns() {
    }

    /** {@code problems} with their columns counted in characters, reading the file's bytes from {@code again}. */
    static List<Problem> of(List<Problem> problems, InputStream again) throws IOException {
        TreeMap<Integer, TreeSet<Integer>> byteColumns = new TreeMap<>();
        for (Problem problem : problems) {
            if (problem.location() != null) {
                byteColumns.computeIfAbsent(problem.location().line(), line -> new TreeSet<>())
                        .add(problem.location().column());
            }
        }
        if (byteColumns.isEmpty()) {
            return problems;
        }
        Map<Location, Location> counted = new HashMap<>();
        InputStream in = new BufferedInputStream(again, 1 << 16);
        int line = 1;
        int byteColumn = 1;
        int characters = 0;
        TreeSet<Integer> wanted = byteColumns.get(line);
        for (int b = in.read(); b >= 0 && line <= byteColumns.lastKey(); b = in.read()) {
            if (wanted != null && wanted.contains(byteColumn)) {
                counted.put(new Location(line, byteColumn), new Location(line, characters + 1));
            }
            if ((b & 0xc0) != 0x80) {
                characters++;
            }
            byteColumn++;
            if (b == '\n') {
                line++;
                byteColumn = 1;
                characters = 0;
                wanted = byteColumns.get(line);
            }
        }
        List<Problem> placed = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            Location location = problem.location() == null ? null
                    : counted.getOrDefault(problem.location(), problem.location());
            placed.add(new Problem(problem.severity(), problem.file(), location, problem.path(), problem.message()));
        }
        return placed;
    }
}
