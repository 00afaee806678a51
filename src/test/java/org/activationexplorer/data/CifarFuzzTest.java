package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.activationexplorer.io.MessageRules;
import org.activationexplorer.io.OddFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded damage to small CIFAR-10 folders (CifarFiles: five batches of 4 records, a test batch of 10, the class
 * names): cuts, bit flips, bytes added, empty files and things that are not files, one file a case. Each folder must
 * load or be refused with a CifarFormatException naming the damaged file in a line of words, allocate little, never
 * block and leave the files as they were. -Dfuzz.cases=N runs more (a quarter of N here).
 */
class CifarFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 400) / 4;
    private static final long SEED = Long.getLong("fuzz.seed", 14);
    private static final long ALLOCATION_BOUND = 16L << 20;

    @TempDir
    static Path dir;

    @Test
    void everyDamagedFolderLoadsOrIsRefusedNamingTheFile() throws Exception {
        Random r = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            Path folder = CifarFiles.writeFolder(dir.resolve("case-" + i), 4, 10);
            Path file = folder.resolve(CifarLayout.FILE_NAMES.get(r.nextInt(CifarLayout.FILE_NAMES.size())));
            int kind = r.nextInt(5);
            damage(r, file, kind);
            String before = state(folder);
            TimedLoad.Outcome o = TimedLoad.of(folder);
            String problem = judge(o, file);
            if (!state(folder).equals(before)) {
                problem = "a file was changed by reading it";
            }
            if (problem != null) {
                failures.add("case " + i + " (damage " + kind + " to " + file.getFileName() + "): " + problem);
            }
            loaded += o.thrown() == null ? 1 : 0;
            delete(folder);
        }
        System.out.println("CIFAR-10 fuzz, seed " + SEED + ", " + CASES + " cases: " + loaded + " loaded, "
                + (CASES - loaded - failures.size()) + " refused by name, " + failures.size() + " failures");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    private static String judge(TimedLoad.Outcome o, Path file) {
        if (o.allocated() > ALLOCATION_BOUND) {
            return "allocated " + o.allocated() + " bytes";
        }
        if (o.thrown() == null) {
            return o.data().classes() == 10 && o.data().testSize() == 10 ? null : "loaded wrongly: " + o.data();
        }
        if (!(o.thrown() instanceof CifarFormatException e)) {
            return "escaped: " + o.thrown();
        }
        List<String> broken = MessageRules.broken(e.getMessage(), file.toString());
        return !broken.isEmpty() ? e.getMessage() + ": " + broken
                : e.file().equals(file) ? null : "blamed " + e.file() + ": " + e.getMessage();
    }

    /** 0: cut, 1: bit flips, 2: bytes added, 3: emptied, 4: replaced by a folder, pipe or link loop. */
    private static void damage(Random r, Path file, int kind) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        switch (kind) {
            case 0 -> Files.write(file, Arrays.copyOf(bytes, r.nextInt(bytes.length)));
            case 1 -> {
                for (int n = 1 + r.nextInt(3); n > 0; n--) {
                    bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
                }
                Files.write(file, bytes);
            }
            case 2 -> {
                byte[] more = new byte[1 + r.nextInt(CifarFiles.RECORD - 1)];
                r.nextBytes(more);
                Files.write(file, more, java.nio.file.StandardOpenOption.APPEND);
            }
            case 3 -> Files.write(file, new byte[0]);
            default -> {
                Files.delete(file);
                OddFiles.make(file, OddFiles.Kind.values()[r.nextInt(OddFiles.Kind.values().length)]);
            }
        }
    }

    private static String state(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList()) {
                b.append(p).append(Files.getLastModifiedTime(p)).append(Arrays.hashCode(Files.readAllBytes(p)));
            }
        }
        return b.toString();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
