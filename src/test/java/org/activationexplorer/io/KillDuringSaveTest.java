package org.activationexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.activationexplorer.cli.Cli;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during saves: a SaveLoop process writes run files in turn at one path and is killed (destroyForcibly:
 * SIGKILL) at a random moment; each time the file there must be byte for byte the one it held before or one the
 * loop wrote, and load; and the next save into the folder must leave no temporary file. 20 trials in the normal
 * run (about 10 s here); -Dexplorer.killTrials=N for more.
 */
class KillDuringSaveTest {
    private static final int TRIALS = Integer.getInteger("explorer.killTrials", 20);
    private static final int VARIANTS = 4;

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrANewWholeFileAndTheNextSaveCleansUp(@TempDir Path dir) throws Exception {
        List<Path> variants = runFiles(dir.resolve("variants"));
        List<byte[]> whole = new ArrayList<>();
        for (Path v : variants) {
            whole.add(Files.readAllBytes(v));
        }
        Path folder = Files.createDirectory(dir.resolve("saves"));
        Path target = folder.resolve("run.aerun");
        Files.write(target, whole.get(0));
        Random random = new Random(14);
        int killedWriting = 0, replaced = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            byte[] before = Files.readAllBytes(target);
            Process loop = new ProcessBuilder(javaCommand(target, variants)).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(loop.getInputStream(),
                    StandardCharsets.UTF_8))) {
                StringBuilder said = new StringBuilder();
                for (String line = out.readLine(); !"saving".equals(line); line = out.readLine()) {
                    assertTrue(line != null, "the save loop ended before saving: " + said);
                    said.append(line).append('\n');
                }
                Thread.sleep(random.nextInt(40)); // one save of this 1 MB file takes 2-15 ms with its flushes
                loop.destroyForcibly().waitFor();
            }
            byte[] after = Files.readAllBytes(target);
            assertTrue(Arrays.equals(after, before) || whole.stream().anyMatch(w -> Arrays.equals(w, after)),
                    "trial " + trial + ": the old file or one of the loop's, whole");
            RunFiles.load(target);
            replaced += Arrays.equals(after, before) ? 0 : 1;
            killedWriting += temporaries(folder).isEmpty() ? 0 : 1;
            AtomicFiles.write(folder.resolve("next.aerun"), whole.get(0)); // the next save into the folder
            assertEquals(List.of(), temporaries(folder), "trial " + trial);
        }
        System.out.printf("KillDuringSaveTest: %d kills, %d of them while writing (a temporary file left, removed by "
                + "the next save), %d after the loop had replaced the file; each time the file was whole%n", TRIALS,
                killedWriting, replaced);
    }

    /** VARIANTS different run files of a typical size (the default MLP: 1 MB), differing in their steps. */
    private static List<Path> runFiles(Path folder) throws IOException {
        Files.createDirectory(folder);
        Path first = folder.resolve("0.aerun");
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"train", "--limit", "500", "--epochs", "1", "--save", first.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        RunRecord t = RunFiles.load(first);
        List<Path> files = new ArrayList<>(List.of(first));
        for (int i = 1; i < VARIANTS; i++) {
            Path file = folder.resolve(i + RunFiles.EXTENSION);
            java.util.Map<String, float[]> weights = new java.util.LinkedHashMap<>();
            int variant = i;
            t.weights().forEach((name, w) -> weights.put(name, w.clone()));
            weights.values().iterator().next()[0] += variant; // another file that is still consistent with itself
            RunFiles.save(new RunRecord(t.config(), t.steps(), t.losses(), t.lossStride(), t.epochs(), t.frames(),
                    weights, t.input()), file);
            files.add(file);
        }
        return files;
    }

    private static List<String> javaCommand(Path target, List<Path> files) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), SaveLoop.class.getName(), target.toString()));
        files.forEach(f -> command.add(f.toString()));
        return command;
    }

    private static List<Path> temporaries(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
