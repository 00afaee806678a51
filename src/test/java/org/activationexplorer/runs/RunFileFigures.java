package org.activationexplorer.runs;

import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A main, not a test: the README's figures for one real run file. It loads the file three times (time and bytes
 * allocated), then puts a gigabyte of zeros into copies of it (as run.json, as arrays.bin, each also declared 4 KiB,
 * as arrays.bin that run.json describes, and as an extra entry) and loads those. Run it with a small heap:
 * {@code java -Xmx128m -cp target/classes:target/test-classes:CLASSPATH org.activationexplorer.runs.RunFileFigures
 * FILE.aerun}.
 */
public final class RunFileFigures {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private RunFileFigures() {}

    public static void main(String[] args) throws Exception {
        Path real = Path.of(args[0]);
        for (int i = 0; i < 3; i++) {
            load(real.getFileName().toString(), real);
        }
        ZipBytes.Entry gigabyte = ZipBytes.zeros("zeros", 1024);
        Map<String, List<ZipBytes.Entry>> bombs = new LinkedHashMap<>();
        for (String name : List.of(RunFiles.JSON_ENTRY, RunFiles.ARRAYS_ENTRY)) {
            bombs.put("1 GiB as " + name, replaced(real, name, gigabyte.named(name)));
            bombs.put("1 GiB as " + name + ", declared 4 KiB", replaced(real, name, gigabyte.named(name)
                    .declaring(4096)));
        }
        var json = RunFileEdits.json(RunFileEdits.entries(real));
        json.add("frames", new JsonArray());
        json.add("weights", JsonParser.parseString("[{\"name\": \"0.weight\", \"length\": " + (1 << 28) + "}]"));
        bombs.put("1 GiB as arrays.bin, described", List.of(ZipBytes.Entry.of(RunFiles.JSON_ENTRY,
                json.toString().getBytes(StandardCharsets.UTF_8)), gigabyte.named(RunFiles.ARRAYS_ENTRY)));
        List<ZipBytes.Entry> extra = ZipBytes.of(RunFileEdits.entries(real));
        extra.add(gigabyte.named("extra.bin"));
        bombs.put("1 GiB as an extra entry", extra);
        Path bomb = Files.createTempFile("bomb", RunFiles.EXTENSION);
        for (var b : bombs.entrySet()) {
            Files.write(bomb, ZipBytes.bytes(b.getValue()));
            load(b.getKey() + String.format(" (%.1f MB)", Files.size(bomb) / 1e6), bomb);
        }
        Files.delete(bomb);
    }

    private static List<ZipBytes.Entry> replaced(Path real, String name, ZipBytes.Entry with) throws Exception {
        List<ZipBytes.Entry> entries = ZipBytes.of(RunFileEdits.entries(real));
        entries.replaceAll(e -> e.name().equals(name) ? with : e);
        return entries;
    }

    private static void load(String what, Path file) {
        long allocated = THREADS.getCurrentThreadAllocatedBytes(), started = System.nanoTime();
        String outcome;
        try {
            RunRecord run = RunFiles.load(file);
            outcome = "loaded, " + run.steps() + " steps, " + run.frames().size() + " frames";
        } catch (RunFileException e) {
            outcome = "refused: " + e.problem();
        }
        System.out.printf("%s: %s; %.0f ms, %.1f MB allocated, heap %d MiB%n", what, outcome,
                (System.nanoTime() - started) / 1e6, (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
