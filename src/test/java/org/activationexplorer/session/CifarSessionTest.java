package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.CifarFiles;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's session on a CIFAR-10 folder: colour test images with class names, and no drawn digits. */
class CifarSessionTest {
    private static final List<String> NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    @Test
    void theStripShowsColourImagesByClassNameAndADrawnDigitIsDeclined(@TempDir Path dir) throws Exception {
        Path cifar = CifarFiles.writeFolder(dir.resolve("cifar"), 20, 20);
        RunConfig d = RunConfig.defaults();
        RunConfig config = new RunConfig("lenet5", List.of(), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                16, 100, 1, 0, d.init(), "java", 1);
        try (TrainingSession session = new TrainingSession()) {
            session.start(config, cifar, false);
            Snapshot s = await(session);

            Snapshot.Prediction p = s.predictions().get(0);
            assertEquals(3, p.channels());
            assertEquals(32, p.rows());
            assertEquals(3072, p.pixels().length);
            assertEquals("airplane", p.labelName(), "test image 0 is of class 0");
            assertEquals(NAMES.get(p.predicted()), p.predictedName());

            assertFalse(session.classify(new byte[28 * 28]), "a 28×28 digit means nothing to this network");
            assertTrue(session.classify(new byte[3072]), "an image of its own shape is answered");
            long deadline = System.nanoTime() + 30_000_000_000L;
            DigitAnswer answer = null;
            while (answer == null && System.nanoTime() < deadline) {
                answer = session.digits().take();
                Thread.sleep(5);
            }
            assertEquals(10, answer.probabilities().length);
            session.stop();
        }
    }

    private static Snapshot await(TrainingSession session) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot s = session.snapshots().take();
            if (s != null && s.state() == Snapshot.State.RUNNING && !s.predictions().isEmpty()) {
                return s;
            }
            Thread.sleep(2);
        }
        throw new AssertionError("no running snapshot with predictions within 60 s");
    }
}
