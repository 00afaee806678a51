package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingRunTest {
    private static Dataset mnist;

    @BeforeAll
    static void load() throws IOException {
        mnist = Dataset.load(DatasetFolders.bundledMnist());
    }

    private static TrainingRun run(String family, double lr) {
        RunConfig config = new RunConfig("mlp", List.of(32), ActivationConfig.of(family), "adam", lr, lr, 0.9, 0, 64, 1,
                1, 640, RunConfig.defaults().init(), "java", 1);
        return new TrainingRun(new Trainer(config, mnist));
    }

    @Test
    void aDivergedRunDoesNotReplaceAFileButIsSavedUnderANewName(@TempDir Path dir) throws IOException {
        Path existing = Files.write(dir.resolve("good.aerun"), new byte[] {1, 2, 3});
        try (TrainingRun run = run("pau", 5)) {
            RunEvent.Diverged diverged = null;
            for (int i = 0; i < 10 && diverged == null; i++) {
                diverged = run.trainBatch();
            }
            assertNotNull(diverged, "PAU at Adam lr 5 diverges in its first batches");
            assertInstanceOf(RunEvent.SaveFailed.class, run.save(existing));
            assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(existing));
            assertInstanceOf(RunEvent.Saved.class, run.save(dir.resolve("diverged.aerun")), "a new file is fine");
        }
    }

    @Test
    void theWindowsFileNameForARunIsNeverAnExistingFile(@TempDir Path dir) throws IOException {
        try (TrainingRun run = run("relu", 1e-3)) {
            run.trainBatch();
            Path first = run.fileIn(dir);
            assertInstanceOf(RunEvent.Saved.class, run.save(first));
            Path second = run.fileIn(dir); // the same second, family and network
            assertNotEquals(first, second);
            assertTrue(!Files.exists(second), second.toString());
        }
    }
}
