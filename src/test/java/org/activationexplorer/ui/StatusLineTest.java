package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

class StatusLineTest {
    private static Snapshot snapshot(Snapshot.State state, RunEvent event, int epochsDone, int batch, double rate) {
        return snapshot(RunConfig.defaults(), state, event, epochsDone, batch, rate);
    }

    private static Snapshot snapshot(RunConfig config, Snapshot.State state, RunEvent event, int epochsDone, int batch,
                                     double rate) {
        List<EpochResult> epochs = epochsDone == 0 ? List.of() : List.of(new EpochResult(1, 0.3, 0.2, 0.971, 4e4, 2, 1));
        return new Snapshot(state, event, config, epochsDone, batch, 469, 100, rate, 42, new float[0], 1,
                epochs, List.of(), List.of(), -1, List.of());
    }

    @Test
    void aScheduledRunShowsItsLearningRateNowAndItsClipping() {
        RunConfig cosine = RunConfig.defaults().withRoutine("cosine", 1); // 3 epochs of 469 batches
        String s = StatusLine.of(snapshot(cosine, Snapshot.State.RUNNING, null, 1, 0, 4e4));
        assertTrue(s.contains("lr 7.5e-4 (cosine) · clip norm 1"), "a third of the way: 1e-3 × 0.75: " + s);
        String plain = StatusLine.of(snapshot(Snapshot.State.RUNNING, null, 1, 0, 4e4));
        assertFalse(plain.contains("lr ") || plain.contains("clip"), "a constant rate without clipping: " + plain);
    }

    @Test
    void aFinishedRunShowsNoBatchCounterAndSaysFinishedOnce() {
        String s = StatusLine.of(snapshot(Snapshot.State.FINISHED, new RunEvent.Finished(3,
                new RunEvent.Saved(Path.of("runs/a.aerun"), 1407)), 3, 0, Double.NaN));
        assertFalse(s.contains("batch"), s);
        assertEquals(1, s.split("Finished", -1).length - 1, s);
        assertTrue(s.contains("97.10 %") && s.contains("runs/a.aerun"), s);
    }

    @Test
    void pausedSaysPausedOnce() {
        String s = StatusLine.of(snapshot(Snapshot.State.PAUSED, null, 0, 12, Double.NaN));
        assertEquals(1, s.split("Paused", -1).length - 1, s);
        assertTrue(s.contains("batch 12/469"), s);
    }

    @Test
    void slowMotionShowsItsRateAndAnEta() {
        String s = StatusLine.of(snapshot(Snapshot.State.RUNNING, null, 0, 12, 128)); // one batch a second
        assertTrue(s.contains("128 samples/s"), s);
        assertTrue(s.contains("ETA 23:15"), "3 × 469 − 12 batches at one a second: " + s);
    }
}
