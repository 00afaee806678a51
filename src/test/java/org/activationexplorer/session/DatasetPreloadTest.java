package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetPreloadTest {

    private static void awaitThreadsEnd(String name) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + " still running after 60 s");
            }
            Thread.sleep(5);
        }
    }

    @Test
    void aPreloadedDatasetIsCachedForStart() throws Exception {
        Path mnist = DatasetFolders.bundledMnist();
        try (TrainingSession session = new TrainingSession()) {
            assertFalse(session.loaded(mnist));
            session.preload(mnist);
            awaitThreadsEnd("dataset preload");
            assertTrue(session.loaded(mnist));
        }
    }

    @Test
    void aFolderThatCannotBeReadIsLeftForStartToReport(@TempDir Path empty) throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.preload(empty);
            awaitThreadsEnd("dataset preload");
            assertFalse(session.loaded(empty));
            RunConfig d = RunConfig.defaults();
            RunConfig config = new RunConfig("mlp", List.of(8), new ActivationConfig("relu", java.util.Map.of(), null,
                    Sharing.LAYER), "adam", 1e-3, 1e-3, 0.9, 0, 32, 1, 1, 100, d.init(), "java", 1);
            session.start(config, empty, false);
            long deadline = System.nanoTime() + 30_000_000_000L;
            Snapshot s = null;
            while (System.nanoTime() < deadline && (s == null || s.state() != Snapshot.State.FAILED)) {
                Snapshot next = session.snapshots().take();
                s = next != null ? next : s;
                Thread.sleep(5);
            }
            assertEquals(Snapshot.State.FAILED, s == null ? null : s.state());
        }
    }
}
