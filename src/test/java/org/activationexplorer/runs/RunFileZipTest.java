package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.Inflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ZIP layer: what is not a regular file, entries of lying sizes, and ZIP bombs, in bounded memory. */
class RunFileZipTest {
    /** A gigabyte of zeros deflated (about 1 MB), made once. */
    private static ZipBytes.Entry gigabyte;
    @TempDir
    Path dir;

    @BeforeAll
    static void bomb() {
        gigabyte = ZipBytes.zeros("zeros", 1024);
    }

    /** Bytes the current thread allocated while `load` ran: what a load cost, garbage included. */
    private static long allocatedBy(Path file) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            RunFiles.load(file);
        } catch (RunFileException expected) {
            // counted either way
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    private Path write(String name, List<ZipBytes.Entry> entries) throws IOException {
        return Files.write(dir.resolve(name), ZipBytes.bytes(entries));
    }

    private static List<ZipBytes.Entry> sample() throws IOException {
        return ZipBytes.of(RunFileEdits.entries(RunFileSamples.get("mlp-relu")));
    }

    private static void assertRefused(Path file) {
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.load(file));
        assertEquals(file, e.file());
    }

    /** Checked on 64 MiB made the same way (inflating the gigabyte itself takes seconds). */
    @Test
    void theGigabyteOfZerosIsWhatItClaims() {
        ZipBytes.Entry small = ZipBytes.zeros("zeros", 64);
        Inflater inflater = new Inflater(true);
        inflater.setInput(small.deflated());
        byte[] out = new byte[1 << 20];
        long total = 0;
        try {
            for (int n; (n = inflater.inflate(out)) > 0; ) {
                total += n;
            }
        } catch (java.util.zip.DataFormatException e) {
            throw new AssertionError(e);
        }
        assertTrue(inflater.finished());
        assertEquals(64L << 20, total);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(new byte[64 << 20]);
        assertEquals(crc.getValue(), small.crc());
        assertEquals(1L << 30, gigabyte.declaredSize());
        assertTrue(gigabyte.deflated().length < 2 << 20, gigabyte.deflated().length + " bytes");
    }

    @Test
    void aRunFileRebuiltByteByByteLoads() throws IOException {
        RunFiles.load(write("rebuilt.aerun", sample()));
    }

    @Test
    void anUnknownGigabyteEntryIsSkippedWithoutInflating() throws IOException {
        List<ZipBytes.Entry> entries = sample();
        entries.add(gigabyte.named("notes.bin"));
        Path file = write("extra.aerun", entries);
        long started = System.nanoTime();
        RunRecord run = RunFiles.load(file);
        assertEquals(RunFiles.load(RunFileSamples.get("mlp-relu")).steps(), run.steps());
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "inflating a gigabyte takes seconds");
        assertTrue(allocatedBy(file) < 64L << 20, allocatedBy(file) + " bytes allocated");
    }

    @Test
    void aGigabyteInPlaceOfEitherEntryIsRefusedInBoundedMemory() throws IOException {
        for (String name : List.of(RunFiles.JSON_ENTRY, RunFiles.ARRAYS_ENTRY)) {
            List<ZipBytes.Entry> entries = sample();
            entries.replaceAll(e -> e.name().equals(name) ? gigabyte.named(name) : e);
            Path file = write("bomb-" + name + ".aerun", entries);
            assertRefused(file);
            assertTrue(allocatedBy(file) < 64L << 20, name + ": " + allocatedBy(file) + " bytes allocated");
        }
    }

    @Test
    void aGigabyteDeclaredSmallIsRefusedWhenItOverflowsItsDeclaredSize() throws IOException {
        for (String name : List.of(RunFiles.JSON_ENTRY, RunFiles.ARRAYS_ENTRY)) {
            List<ZipBytes.Entry> entries = sample();
            entries.replaceAll(e -> e.name().equals(name) ? gigabyte.named(name).declaring(1000) : e);
            Path file = write("lying-" + name + ".aerun", entries);
            assertRefused(file);
            assertTrue(allocatedBy(file) < 64L << 20, name + ": " + allocatedBy(file) + " bytes allocated");
        }
    }

    /** run.json describes exactly the gigabyte: only the compression ratio tells it from a real run's arrays. */
    @Test
    void aGigabyteOfArraysThatRunJsonDescribesIsRefusedByItsCompressionRatio() throws IOException {
        Map<String, byte[]> entries = RunFileEdits.entries(RunFileSamples.get("mlp-relu"));
        com.google.gson.JsonObject json = RunFileEdits.json(entries);
        json.add("frames", new com.google.gson.JsonArray());
        json.add("weights", com.google.gson.JsonParser.parseString("[{\"name\": \"0.weight\", \"length\": "
                + (1 << 28) + "}]"));
        List<ZipBytes.Entry> bomb = List.of(ZipBytes.Entry.of(RunFiles.JSON_ENTRY,
                json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                gigabyte.named(RunFiles.ARRAYS_ENTRY));
        Path file = write("described.aerun", bomb);
        assertRefused(file);
        assertTrue(allocatedBy(file) < 64L << 20, allocatedBy(file) + " bytes allocated");
    }

    @Test
    void hugeOrWrongDeclaredSizesAreRefused() throws IOException {
        for (long size : List.of(0xFFFF_FFF0L, 0L, 17L)) {
            for (String name : List.of(RunFiles.JSON_ENTRY, RunFiles.ARRAYS_ENTRY)) {
                List<ZipBytes.Entry> entries = sample();
                entries.replaceAll(e -> e.name().equals(name) ? e.declaring(size) : e);
                assertRefused(write("size-" + size + "-" + name + ".aerun", entries));
            }
        }
    }

    @Test
    void aDirectoryDeclaringThousandsOfEntriesIsRefusedBeforeItIsRead() throws IOException {
        List<ZipBytes.Entry> entries = sample();
        for (int i = 0; i < 100; i++) {
            entries.add(ZipBytes.Entry.of("extra-" + i, new byte[0]));
        }
        assertRefused(write("many.aerun", entries));
    }

    @Test
    void whatIsNotARegularFileIsRefusedByName() throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>(List.of(Files.createDirectory(dir.resolve("folder.aerun")),
                Files.createFile(dir.resolve("empty.aerun")), dir.resolve("absent.aerun"),
                Files.createSymbolicLink(dir.resolve("dangling.aerun"), dir.resolve("nowhere")),
                Files.createSymbolicLink(dir.resolve("loop-a.aerun"), dir.resolve("loop-b.aerun"))));
        Files.createSymbolicLink(dir.resolve("loop-b.aerun"), dir.resolve("loop-a.aerun"));
        Path fifo = dir.resolve("pipe.aerun");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            files.add(fifo); // opening a pipe to read would wait for a writer for ever
        }
        for (Path file : files) {
            assertRefused(file);
        }
    }

    @Test
    void readingNeverChangesTheFile() throws IOException {
        Path file = Files.copy(RunFileSamples.get("lenet-slaf"), dir.resolve("kept.aerun"));
        byte[] before = Files.readAllBytes(file);
        var modified = Files.getLastModifiedTime(file);
        RunFiles.load(file);
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
    }

    @Test
    void everySampleLoadsWithinAFewMegabytes() {
        for (Map.Entry<String, Path> sample : RunFileSamples.all().entrySet()) {
            long bytes = allocatedBy(sample.getValue());
            assertTrue(bytes < 32L << 20, sample.getKey() + ": " + bytes + " bytes allocated");
        }
    }
}
