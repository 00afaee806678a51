package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.activationexplorer.data.DatasetDamage.Case;
import org.activationexplorer.data.DatasetDamage.Expect;
import org.activationexplorer.io.MessageRules;
import org.activationexplorer.io.OddFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded damage to small dataset folders cut from the bundled MNIST (DatasetDamage: truncation, bit flips in headers
 * and bodies, labels out of range, huge counts, gzip trailers, members and garbage, files that are folders, pipes or
 * link loops). Every case must load correctly or be refused with an IdxFormatException that names the damaged file in
 * a line of words, allocate little, never block and leave the files as they were. -Dfuzz.cases=5000 runs more cases,
 * -Dfuzz.seed=N others; -Dtest.heap=256m runs the suite in a small heap (see README, Reliability).
 */
class DatasetFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 400);
    private static final long SEED = Long.getLong("fuzz.seed", 14);
    /** A small folder's load allocates about 2 MB (its bytes, floats and statistics); a trusted claim, gigabytes. */
    private static final long ALLOCATION_BOUND = 32L << 20;

    @TempDir
    static Path dir;
    private static Map<String, byte[]> base;

    @BeforeAll
    static void cut() throws IOException {
        base = SmallMnist.files();
    }

    @Test
    void theUndamagedSmallFoldersLoadRawAndGzipped() throws Exception {
        for (boolean gz : new boolean[]{false, true}) {
            Path folder = Files.createDirectory(dir.resolve("whole-" + gz));
            for (Map.Entry<String, byte[]> e : base.entrySet()) {
                Files.write(folder.resolve(e.getKey() + (gz ? ".gz" : "")), gz ? IdxFiles.gzip(e.getValue()) : e.getValue());
            }
            Dataset d = TimedLoad.of(folder).data();
            assertEquals(SmallMnist.TRAIN, d.trainSize());
            assertEquals(SmallMnist.TEST, d.testSize());
            assertEquals(10, d.classes());
        }
    }

    @Test
    void everyDamagedFolderLoadsCorrectlyOrIsRefusedNamingTheFile() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<DatasetDamage.Kind, int[]> counts = new EnumMap<>(DatasetDamage.Kind.class);
        long largest = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = DatasetDamage.random(random, base);
            Path folder = write(dir.resolve("case-" + i), c);
            Map<Path, String> before = snapshot(folder);
            TimedLoad.Outcome o = TimedLoad.of(folder);
            largest = Math.max(largest, o.allocated());
            String problem = judge(c, folder, o);
            if (!snapshot(folder).equals(before)) {
                problem = "a file was changed by reading it";
            }
            if (problem != null) {
                failures.add("case " + i + " (" + c.what() + "): " + problem);
            }
            counts.computeIfAbsent(c.kind(), k -> new int[3])[o.thrown() == null ? 0 : o.thrown()
                    instanceof IdxFormatException ? 1 : 2]++;
            delete(folder);
        }
        System.out.println(summary(counts, largest));
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    /** null when the outcome is what the case must do, else what went wrong. */
    private static String judge(Case c, Path folder, TimedLoad.Outcome o) {
        if (o.allocated() > ALLOCATION_BOUND) {
            return "allocated " + o.allocated() + " bytes";
        }
        if (o.thrown() == null) {
            if (c.expect() == Expect.REFUSE) {
                return "loaded though damaged: " + o.data();
            }
            boolean whole = o.data().trainSize() == SmallMnist.TRAIN && o.data().testSize() == SmallMnist.TEST
                    && o.data().classes() == 10;
            return whole ? null : "loaded wrongly: " + o.data();
        }
        if (!(o.thrown() instanceof IdxFormatException e)) {
            return "escaped: " + o.thrown();
        }
        if (c.expect() == Expect.LOAD) {
            return "refused a folder that is whole: " + e.getMessage();
        }
        List<String> broken = MessageRules.broken(e.getMessage(), folder.resolve(c.blamed()).toString());
        if (!broken.isEmpty()) {
            return e.getMessage() + ": " + broken;
        }
        return e.file().equals(folder.resolve(c.blamed())) ? null : "blamed " + e.file() + ": " + e.getMessage();
    }

    private static String summary(Map<DatasetDamage.Kind, int[]> counts, long largest) {
        StringBuilder b = new StringBuilder("dataset fuzz, seed " + SEED + ", " + CASES + " cases (loaded / refused "
                + "by name / other):");
        int[] total = new int[3];
        counts.forEach((kind, n) -> {
            b.append(String.format("%n  %-22s %4d %4d %4d", kind, n[0], n[1], n[2]));
            for (int i = 0; i < 3; i++) {
                total[i] += n[i];
            }
        });
        return b.append(String.format("%n  %-22s %4d %4d %4d; largest allocation %.1f MB, heap %d MB", "all", total[0],
                total[1], total[2], largest / 1048576.0, Runtime.getRuntime().maxMemory() >> 20)).toString();
    }

    private static Path write(Path folder, Case c) throws IOException {
        Files.createDirectory(folder);
        for (Map.Entry<String, byte[]> e : c.files().entrySet()) {
            if (e.getKey().equals(c.oddName())) {
                OddFiles.make(folder.resolve(e.getKey()), c.odd());
            } else {
                Files.write(folder.resolve(e.getKey()), e.getValue());
            }
        }
        return folder;
    }

    /** Each regular file's size, modification time and content hash. */
    private static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> state = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                state.put(p, Files.size(p) + " " + Files.getLastModifiedTime(p) + " "
                        + java.util.Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return state;
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Test
    void gzipMembersLoadAsTheWholeFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("members"));
        for (Map.Entry<String, byte[]> e : base.entrySet()) {
            byte[] raw = e.getValue();
            Files.write(folder.resolve(e.getKey() + ".gz"), GzipFiles.members(raw, 3, raw.length / 2, raw.length - 1));
        }
        Dataset d = TimedLoad.of(folder).data();
        assertArrayEquals(java.util.Arrays.copyOfRange(base.get(DatasetFiles.TRAIN_LABELS), 8, 8 + SmallMnist.TRAIN),
                d.trainLabels());
        assertTrue(d.testSize() == SmallMnist.TEST);
    }
}
