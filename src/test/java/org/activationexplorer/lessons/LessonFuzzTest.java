package org.activationexplorer.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.activationexplorer.io.MessageRules;
import org.activationexplorer.io.OddFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded damage to the bundled lessons written as a teacher's files: cuts, bit flips, inserted and deleted bytes,
 * long or multi-line values, huge numbers, deep nesting, bytes that are not UTF-8, an oversized file and things that
 * are not files. Each must load as a valid lesson or be refused with a LessonFormatException in a line of words
 * naming the file, without blocking, and the file must be left as it was. -Dfuzz.cases=N runs more.
 */
class LessonFuzzTest {
    private static final int CASES = Integer.getInteger("fuzz.cases", 400) / 2;
    private static final long SEED = Long.getLong("fuzz.seed", 14);
    private static final String JSONISH = "{}[]\",:.-+eE0123456789 \\\n\tnulltrueaz";

    @TempDir
    static Path dir;
    private static List<byte[]> lessons;
    private static final ExecutorService READER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "lesson-fuzz");
        t.setDaemon(true);
        return t;
    });

    @BeforeAll
    static void readBundled() throws IOException {
        lessons = new ArrayList<>();
        for (String id : Lessons.index()) {
            try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + id + ".json")) {
                lessons.add(in.readAllBytes());
            }
        }
    }

    @AfterAll
    static void stop() {
        READER.shutdownNow();
    }

    @Test
    void everyDamagedLessonFileLoadsValidOrIsRefusedNamingTheFile() throws Exception {
        Random r = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] lesson = lessons.get(r.nextInt(lessons.size()));
            int kind = r.nextInt(12);
            Path file = dir.resolve("case-" + i + ".json");
            if (kind == 11) {
                OddFiles.make(file, OddFiles.Kind.values()[r.nextInt(OddFiles.Kind.values().length)]);
            } else {
                Files.write(file, damaged(r, lesson, kind));
            }
            String before = state(file);
            Future<Object> f = READER.submit(() -> {
                try {
                    return Lessons.load(file);
                } catch (Throwable t) {
                    return t;
                }
            });
            Object outcome = f.get(30, TimeUnit.SECONDS);
            String problem = judge(outcome, file);
            loaded += outcome instanceof Lesson ? 1 : 0;
            if (!state(file).equals(before)) {
                problem = "the file was changed by reading it";
            }
            if (problem != null) {
                failures.add("case " + i + " (damage " + kind + "): " + problem);
            }
        }
        System.out.println("lesson fuzz, seed " + SEED + ", " + CASES + " cases: " + loaded + " loaded valid, "
                + (CASES - loaded - failures.size()) + " refused by name, " + failures.size() + " failures");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())), failures.size() + " failures");
    }

    private static String judge(Object outcome, Path file) {
        if (outcome instanceof Lesson l) {
            return l.settings().problems().isEmpty() ? null : "loaded with problems " + l.settings().problems();
        }
        if (!(outcome instanceof LessonFormatException e)) {
            return "escaped: " + outcome;
        }
        List<String> broken = MessageRules.broken(e.getMessage(), file.toString());
        return broken.isEmpty() ? null : e.getMessage() + ": " + broken;
    }

    private static String state(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "not a file";
        }
        return Files.size(file) + " " + Files.getLastModifiedTime(file) + " "
                + Arrays.hashCode(Files.readAllBytes(file));
    }

    private static byte[] damaged(Random r, byte[] lesson, int kind) {
        String text = new String(lesson, StandardCharsets.UTF_8);
        int at = r.nextInt(lesson.length);
        return switch (kind) {
            case 0 -> Arrays.copyOf(lesson, at);
            case 1 -> flip(r, lesson, 1 + r.nextInt(4));
            case 2 -> bytes(text.substring(0, at) + randomJsonish(r, 1 + r.nextInt(8)) + text.substring(at));
            case 3 -> bytes(text.substring(0, at) + text.substring(Math.min(text.length(), at + 1 + r.nextInt(40))));
            case 4 -> bytes(text.replaceFirst("\"[a-z][a-z-]*\"(?=[,}\\]])", "\"" + "x\\n-".repeat(500) + "\""));
            case 5 -> bytes(text.replaceFirst("(?<=[:\\[ ])[0-9.e-]+(?=[,}\\]])", List.of("1e400", "-0",
                    "99999999999999999999", "1e-400", "-1", "0.5", "2147483648").get(r.nextInt(7))));
            case 6 -> bytes(text.replaceFirst("\\[", "[".repeat(5000)));
            case 7 -> bytes(text.replaceFirst("\\{", "{\"" + "k".repeat(2000) + "\": 1, "));
            case 8 -> withInvalidUtf8(r, lesson);
            case 9 -> bytes(text + " ".repeat(Lessons.MAX_BYTES));
            default -> new byte[0];
        };
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomJsonish(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(JSONISH.charAt(r.nextInt(JSONISH.length())));
        }
        return b.toString();
    }

    private static byte[] flip(Random r, byte[] bytes, int flips) {
        byte[] b = bytes.clone();
        for (int i = 0; i < flips; i++) {
            b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
        return b;
    }

    private static byte[] withInvalidUtf8(Random r, byte[] bytes) {
        byte[] b = bytes.clone();
        b[r.nextInt(b.length)] = (byte) (0x80 + r.nextInt(0x40)); // a continuation byte with nothing to continue
        return b;
    }
}
