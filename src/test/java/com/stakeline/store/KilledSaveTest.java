package com.stakeline.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save killed at any moment leaves the old version or the new one, whole, never a mix or nothing. */
class KilledSaveTest {

    private static final int KILLS = 50;

    @Test
    void aProcessKilledWhileItSavesLeavesAFileThatLoadsAsTheOldOrTheNewVersion(@TempDir Path folder)
            throws Exception {
        byte[] first = EventStoreWriter.toBytes(TestStores.northwind());
        byte[] second = EventStoreWriter.toBytes(TestStores.scale());
        Path firstFile = Files.write(folder.resolve("first.json"), first);
        Path secondFile = Files.write(folder.resolve("second.json"), second);
        Path target = Files.write(folder.resolve("store.json"), first);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Random random = new Random(20261123);
        int[] seen = new int[2];
        for (int kill = 0; kill < KILLS; kill++) {
            Process saving = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp",
                    System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString(),
                    firstFile.toString(), secondFile.toString()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(saving.getInputStream(),
                    StandardCharsets.UTF_8))) {
                assertEquals("saving", out.readLine());
                Thread.sleep(random.nextInt(60));
                saving.destroyForcibly();
                assertTrue(saving.waitFor(30, TimeUnit.SECONDS));
            }
            byte[] left = Files.readAllBytes(target);
            boolean isFirst = Arrays.equals(first, left);
            assertTrue(isFirst || Arrays.equals(second, left), "kill " + kill + " left " + left.length + " bytes");
            assertTrue(new EventStoreReader().read(target).loaded().isPresent());
            seen[isFirst ? 0 : 1]++;
        }
        assertTrue(seen[0] > 0 && seen[1] > 0, "the kills left both versions: " + Arrays.toString(seen));
    }
}
