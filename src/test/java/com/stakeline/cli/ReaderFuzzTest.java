package com.stakeline.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.stakeline.store.EventStoreReader;
import com.stakeline.store.LoadReport;
import com.stakeline.store.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader against thousands of damaged stores: the bundled dataset and a generated one, mutated at random with a
 * fixed seed (flipped bytes, hostile snippets, cut, doubled and deleted runs). Every mutant either loads or is refused
 * with placed, bounded messages, within a second, and nothing escapes the reader but its report.
 */
class ReaderFuzzTest {

    private static final long SEED = 20_261_123L;
    private static final int MUTANTS_PER_STORE = 1_500;
    private static final long MAX_NANOS = 1_000_000_000L;
    /** Snippets that have broken parsers: huge exponents, bad UTF-8, control and direction characters, nesting. */
    private static final List<byte[]> HOSTILE = List.of(
            bytes("1e2147483648"), bytes("-1e999999999"), bytes("0e-999999999"), bytes("\"\\u202eateM\""),
            bytes("\"\\u001b[2J\""), bytes("\\n"), bytes("null"), bytes("[".repeat(80)), bytes("{\"a\":"),
            bytes("\"0000-01-01\""), bytes("\"9".repeat(3) + "\""), bytes(",,"), bytes("}"), bytes("]"),
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {0}, new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xE2, (byte) 0x82});

    private final EventStoreReader reader = new EventStoreReader();

    @TempDir
    Path folder;

    @Test
    void everyMutantLoadsOrIsRefusedWithPlacedBoundedMessagesWithinASecond() throws IOException {
        Path generated = folder.resolve("generated.json");
        GenerateCommand.write(300, 7, generated);
        Random random = new Random(SEED);
        for (byte[] original : List.of(Files.readAllBytes(Path.of("data", "scale-ai-meta.json")),
                Files.readAllBytes(generated))) {
            for (int i = 0; i < MUTANTS_PER_STORE; i++) {
                byte[] mutant = mutate(original, random);
                check(mutant, i);
            }
        }
    }

    private void check(byte[] mutant, int index) {
        long start = System.nanoTime();
        LoadReport report;
        try {
            report = reader.read("mutant.json", new ByteArrayInputStream(mutant));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("mutant " + index + " escaped the reader: " + e + "\n" + preview(mutant), e);
        }
        long took = System.nanoTime() - start;
        assertTrue(took < MAX_NANOS, "mutant " + index + " took " + took / 1_000_000 + " ms");
        if (report.loaded().isEmpty() && report.errors().isEmpty()) {
            fail("mutant " + index + " neither loaded nor said why");
        }
        List<Problem> problems = report.problems();
        assertTrue(problems.size() <= EventStoreReader.MAX_PROBLEMS + 1, "mutant " + index + ": " + problems.size());
        for (int i = 0; i < problems.size(); i++) {
            Problem problem = problems.get(i);
            String line = problem.format();
            boolean countOfTheRest = i == EventStoreReader.MAX_PROBLEMS;
            assertTrue(countOfTheRest || problem.location() != null, "mutant " + index + " unplaced: " + line);
            assertTrue(line.length() < 600, "mutant " + index + " long line: " + line.length());
            assertTrue(line.chars().noneMatch(c -> c < 0x20 || c == 0x202e), "mutant " + index + ": " + line);
        }
    }

    /** One to three random damages to a copy of {@code original}. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original;
        for (int damage = 1 + random.nextInt(3); damage > 0; damage--) {
            int at = random.nextInt(bytes.length + 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 64);
            switch (random.nextInt(5)) {
                case 0 -> {
                    bytes = bytes.clone();
                    if (at < bytes.length) {
                        bytes[at] = (byte) random.nextInt(256);
                    }
                    continue;
                }
                case 1 -> {
                    out.write(bytes, 0, at);
                    out.writeBytes(HOSTILE.get(random.nextInt(HOSTILE.size())));
                    out.write(bytes, at, bytes.length - at);
                }
                case 2 -> out.write(bytes, 0, at);
                case 3 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    out.write(bytes, 0, at + length);
                    out.write(bytes, at, bytes.length - at);
                }
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(200));
                    out.write(bytes, 0, at);
                    out.write(bytes, at + length, bytes.length - at - length);
                }
            }
            bytes = out.toByteArray();
        }
        return bytes;
    }

    private static String preview(byte[] mutant) {
        return new String(mutant, 0, Math.min(400, mutant.length), StandardCharsets.ISO_8859_1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
