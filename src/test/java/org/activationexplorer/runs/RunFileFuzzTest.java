package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeded fuzz of run files (RunFileFuzz). 400 cases by default, in a few seconds; more, another seed, or a JVM
 * of its own with a small heap through system properties, e.g.
 * {@code mvn -o -B test -Dtest=RunFileFuzzTest -Dfuzz.cases=5000 -Dfuzz.seed=7 -Dfuzz.heap=256m}.
 * (Surefire's argLine is set in pom.xml, so -DargLine does not lower the heap; fuzz.heap forks instead.) The
 * summary, with a message for each kind of damage and problem, goes to target/run-file-fuzz.txt (or
 * target/run-file-fuzz-Xmx256m.txt).
 */
class RunFileFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 14);
    private static final int CASES = Integer.getInteger("fuzz.cases", 400);
    private static final String HEAP = System.getProperty("fuzz.heap");

    @TempDir
    Path dir;

    @Test
    void everyDamagedRunFileLoadsConsistentOrIsRefusedWithTheOneNamedException() throws Exception {
        if (HEAP != null && !HEAP.isBlank()) {
            inAJvmOfItsOwn(HEAP);
            return;
        }
        RunFileFuzz.Report report = RunFileFuzz.run(dir, SEED, CASES);
        String heading = "seed " + SEED + ", heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB\n";
        Files.writeString(Path.of("target", "run-file-fuzz.txt"), heading + report.summary(true));
        System.out.print(heading + report.summary(false));
        assertEquals(List.of(), report.failures());
        assertEquals(0, report.count("escaped"));
        assertTrue(report.count("refused") > CASES / 2, "most damage is refused");
        assertTrue(report.maxAllocated() < 256L << 20, "a load allocated " + report.maxAllocated() + " bytes");
    }

    /** Exhaustive where damage testing found the escapes: each bit of the ZIP headers, names and length fields. */
    @Test
    void everySingleBitFlipInTheZipStructuresLoadsTheRunOrIsRefused() throws IOException {
        RunFileFuzz.Report report = RunFileFuzz.everyHeaderBit(dir, "mlp-relu");
        Files.writeString(Path.of("target", "run-file-fuzz-flips.txt"), report.summary(true));
        System.out.print(report.summary(false));
        assertEquals(List.of(), report.failures());
        assertEquals(0, report.count("loaded changed"), "a flip that loads must change nothing the CRCs cover");
        assertTrue(report.cases() > 1500, report.cases() + " flips");
    }

    /** The same fuzz in `java -Xmx<heap>`: an unbounded allocation shows as an OutOfMemoryError escaping. */
    private void inAJvmOfItsOwn(String heap) throws IOException, InterruptedException {
        Path log = Path.of("target", "run-file-fuzz-Xmx" + heap + ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-Djava.awt.headless=true", "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), RunFileFuzz.class.getName(), dir.toString(),
                Long.toString(SEED), Integer.toString(CASES))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = p.waitFor();
        String summary = Files.readString(log, StandardCharsets.UTF_8);
        summary.lines().filter(l -> !l.startsWith("  e.g.")).forEach(System.out::println);
        assertEquals(0, status, "the fuzz in -Xmx" + heap + " failed:\n" + summary);
    }
}
