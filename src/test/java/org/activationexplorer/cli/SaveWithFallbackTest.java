package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A save that fails after training (the target was fine when checked) keeps the trained run, and exits 4. */
class SaveWithFallbackTest {
    private static TrainingRun trained() throws IOException {
        RunConfig config = new RunConfig("mlp", List.of(16), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                64, 1, 1, 320, RunConfig.defaults().init(), "java", 1);
        TrainingRun run = new TrainingRun(new Trainer(config, Dataset.load(DatasetFolders.bundledMnist())));
        for (int i = 0; i < 3; i++) {
            run.trainBatch();
        }
        return run;
    }

    @Test
    void aTargetThatFailsAfterTrainingSendsTheRunToTheFallbackFolder(@TempDir Path dir) throws IOException {
        Path fallback = Files.createDirectory(dir.resolve("fallback"));
        Path gone = dir.resolve("removed-while-training/run.aerun");
        StringWriter err = new StringWriter();
        try (TrainingRun run = trained()) {
            assertEquals(SaveWithFallback.NOT_SAVED, SaveWithFallback.save(run, gone, fallback, new PrintWriter(err)));
        }
        try (var files = Files.list(fallback)) {
            List<Path> kept = files.toList();
            assertEquals(1, kept.size(), err.toString());
            assertEquals(3, RunFiles.load(kept.get(0)).steps(), "the trained run, whole");
            assertTrue(kept.get(0).getFileName().toString().startsWith("run-"), kept.toString());
        }
    }

    @Test
    void whenTheFallbackFailsTooTheCodeIsStillFour(@TempDir Path dir) throws IOException {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux: /proc takes no new files");
        try (TrainingRun run = trained()) {
            assertEquals(SaveWithFallback.NOT_SAVED, SaveWithFallback.save(run, dir.resolve("gone/run.aerun"),
                    Path.of("/proc"), new PrintWriter(new StringWriter())));
        }
    }

    @Test
    void aTargetThatWorksIsSavedThereAndNowhereElse(@TempDir Path dir) throws IOException {
        Path fallback = Files.createDirectory(dir.resolve("fallback"));
        try (TrainingRun run = trained()) {
            assertEquals(0, SaveWithFallback.save(run, dir.resolve("run.aerun"), fallback,
                    new PrintWriter(new StringWriter())));
        }
        assertEquals(3, RunFiles.load(dir.resolve("run.aerun")).steps());
        try (var files = Files.list(fallback)) {
            assertEquals(0, files.count());
        }
    }
}
