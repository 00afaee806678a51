package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {
    private static RunConfig quick(String family, Sharing sharing, double lr, int epochs) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig("mlp", List.of(32, 32), new ActivationConfig(family, java.util.Map.of(), null, sharing),
                "adam", lr, lr, 0.9, 0, 64, epochs, 1, 3000, d.init(), "java", 1);
    }

    /** Polls the session's snapshots until one satisfies the condition; returns it and when it arrived. */
    private static Snapshot await(TrainingSession session, Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot s = session.snapshots().take();
            if (s != null && condition.test(s)) {
                return s;
            }
            Thread.sleep(1);
        }
        throw new AssertionError("no such snapshot within 60 s");
    }

    @Test
    void pauseAndStopTakeEffectWithinAFewBatchesAndTheThreadEnds() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.start(quick("relu", Sharing.LAYER, 1e-3, 100), DatasetFolders.bundledMnist(), false);
            await(session, s -> s.state() == Snapshot.State.RUNNING && s.steps() > 5);
            long t = System.nanoTime();
            session.pause();
            Snapshot paused = await(session, s -> s.state() == Snapshot.State.PAUSED);
            long pauseMillis = (System.nanoTime() - t) / 1_000_000;
            assertTrue(pauseMillis < 500, "pause took " + pauseMillis + " ms");
            session.step();
            Snapshot stepped = await(session, s -> s.steps() == paused.steps() + 1);
            assertEquals(Snapshot.State.PAUSED, stepped.state(), "a single step leaves the run paused");
            session.resume();
            await(session, s -> s.state() == Snapshot.State.RUNNING);
            t = System.nanoTime();
            session.stop();
            await(session, s -> s.state() == Snapshot.State.STOPPED);
            long stopMillis = (System.nanoTime() - t) / 1_000_000;
            assertTrue(stopMillis < 500, "stop took " + stopMillis + " ms");
            session.close();
            assertFalse(session.running());
        }
    }

    @Test
    void aFinishedRunIsSavedAndReadsBackWithItsConfigFramesAndWeights(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path runs) throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.setRunsFolder(runs);
            RunConfig config = quick("taylor", Sharing.LAYER, 1e-3, 2);
            session.start(config, DatasetFolders.bundledMnist(), false);
            Snapshot done = await(session, s -> s.state() == Snapshot.State.FINISHED);
            assertTrue(done.event() instanceof RunEvent.Finished f && f.epochs() == 2
                    && f.save() instanceof RunEvent.Saved saved && saved.file().equals(session.lastSaved()),
                    String.valueOf(done.event()));
            var record = org.activationexplorer.runs.RunFiles.load(session.lastSaved());
            assertEquals(config, record.config());
            assertEquals(done.steps(), record.steps());
            assertEquals(2, record.epochs().size());
            assertEquals(0, record.frames().get(0).step());
            assertEquals(done.steps(), record.frames().get(record.frames().size() - 1).step());
            assertEquals(2, record.frames().get(0).layers().size());
            float[] initial = record.frames().get(0).layers().get(0).parameters();
            float[] trained = record.frames().get(record.frames().size() - 1).layers().get(0).parameters();
            assertFalse(java.util.Arrays.equals(initial, trained), "the recorded coefficients moved");
            assertEquals(record.frames().get(record.frames().size() - 1).layers().get(0).parameters().length,
                    record.weights().get("1.taylor").length);
        }
    }

    @Test
    void aLiveRunCanBeSavedMidwayAndKeepsTraining(@org.junit.jupiter.api.io.TempDir java.nio.file.Path runs)
            throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.setRunsFolder(runs);
            session.start(quick("pau", Sharing.LAYER, 1e-3, 100), DatasetFolders.bundledMnist(), false);
            await(session, s -> s.state() == Snapshot.State.RUNNING && s.steps() > 10);
            session.pause();
            Snapshot paused = await(session, s -> s.state() == Snapshot.State.PAUSED);
            session.saveNow();
            Snapshot saved = await(session, s -> s.event() instanceof RunEvent.SavedNow now
                    && now.save() instanceof RunEvent.Saved);
            var record = org.activationexplorer.runs.RunFiles.load(session.lastSaved());
            assertEquals(paused.steps(), record.steps(), "the run as it stood");
            assertEquals(Snapshot.State.PAUSED, saved.state(), "saving does not resume");
            session.resume();
            await(session, s -> s.state() == Snapshot.State.RUNNING && s.steps() > paused.steps() + 5);
        }
    }

    @Test
    void perNeuronParametersGiveABundleAndTheCurveLeavesItsStartingShape() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.start(quick("prelu", Sharing.CHANNEL, 1e-2, 1), DatasetFolders.bundledMnist(), false);
            Snapshot done = await(session, s -> s.state() == Snapshot.State.FINISHED);
            LayerSnapshot layer = done.layers().get(0);
            assertEquals(8, layer.channelY().length, "eight of the 32 neurons' curves");
            assertEquals(32, layer.parameters().length, "one slope per neuron");
            assertTrue(layer.maxChange() > 1e-3, "trained slopes differ from the initial ones");
            assertEquals(1, done.epochs().size());
        }
    }

    @Test
    void aDivergedRunRestoresTheLastGoodWeightsButNotIntoAnotherShape() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.start(quick("taylor", Sharing.LAYER, 10, 3), DatasetFolders.bundledMnist(), false);
            Snapshot diverged = await(session, s -> s.state() == Snapshot.State.DIVERGED);
            RunEvent.Diverged why = (RunEvent.Diverged) diverged.event();
            assertEquals(1, why.divergence().epoch());
            assertTrue(why.trainableActivation(), "Taylor's coefficients train: the advice names the activation lr");
            assertEquals(why.restoreStep() % TrainingRun.CHECKPOINT_EVERY, 0, "restores to a checkpoint");
            RunConfig wider = new RunConfig("mlp", List.of(64, 32), quick("taylor", Sharing.LAYER, 1e-3, 3).activation(),
                    "adam", 1e-3, 1e-3, 0.9, 0, 64, 3, 1, 3000, RunConfig.defaults().init(), "java", 1);
            session.restore(wider);
            Snapshot refused = await(session, s -> s.event() instanceof RunEvent.RestoreRefused r && r.shapeChanged());
            assertEquals(Snapshot.State.DIVERGED, refused.state());
            session.restore(quick("taylor", Sharing.LAYER, 1e-3, 3));
            Snapshot restored = await(session, s -> s.state() == Snapshot.State.PAUSED);
            assertTrue(restored.event() instanceof RunEvent.Restored r && r.step() == why.restoreStep());
            for (LayerSnapshot layer : restored.layers()) {
                for (float p : layer.parameters()) {
                    assertTrue(Float.isFinite(p));
                }
            }
            session.resume();
            Snapshot again = await(session, s -> s.state() == Snapshot.State.RUNNING && s.steps() > restored.steps() + 20);
            assertTrue(Float.isFinite(again.losses()[again.losses().length - 1]));
        }
    }

    @Test
    void aFiniteLossExplosionPausesTheRunAsDivergedBeforeAnyNaN() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            // Taylor per neuron at lr 1 rose to a loss of 3e30 and "finished" at 10 % before the guard
            session.start(quick("taylor", Sharing.CHANNEL, 1, 1), DatasetFolders.bundledMnist(), false);
            Snapshot diverged = await(session, s -> s.state() == Snapshot.State.DIVERGED);
            var d = ((RunEvent.Diverged) diverged.event()).divergence();
            assertTrue(d.reason() != org.activationexplorer.train.Divergence.Reason.LOSS_NOT_FINITE
                    && d.reason() != org.activationexplorer.train.Divergence.Reason.PARAMETER_NOT_FINITE,
                    "caught while finite: " + d);
            for (float loss : diverged.losses()) {
                assertTrue(Float.isFinite(loss) && loss <= org.activationexplorer.train.DivergenceGuard.LOSS_CEILING,
                        "no exploded loss enters the history");
            }
        }
    }

    @Test
    void slowMotionReportsItsRealRateAndAnEta() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.setStepsPerSecond(10);
            session.start(quick("relu", Sharing.LAYER, 1e-3, 1), DatasetFolders.bundledMnist(), false);
            Snapshot s = await(session, x -> x.state() == Snapshot.State.RUNNING && x.steps() >= 8);
            assertEquals(640, s.samplesPerSecond(), 160, "10 batches of 64 a second");
            assertTrue(Double.isFinite(s.etaSeconds()) && s.etaSeconds() > 1, "an ETA: " + s.etaSeconds());
        }
    }

    @Test
    void predictionsAreRefreshedWhilePausedAndSayWhichStepTheyShow() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.start(quick("relu", Sharing.LAYER, 1e-3, 100), DatasetFolders.bundledMnist(), false);
            await(session, s -> s.state() == Snapshot.State.RUNNING && s.steps() > 5);
            session.pause();
            Snapshot paused = await(session, s -> s.state() == Snapshot.State.PAUSED);
            assertEquals(16, paused.predictions().size());
            assertEquals(paused.steps(), paused.predictionsStep(), "the predictions are the paused network's");
            session.step();
            Snapshot stepped = await(session, s -> s.steps() == paused.steps() + 1);
            assertEquals(stepped.steps(), stepped.predictionsStep(), "and refreshed by a single step");
        }
    }

    @Test
    void liveSnapshotsCarryEachLayersHealth() throws Exception {
        try (TrainingSession session = new TrainingSession()) {
            session.start(quick("relu", Sharing.LAYER, 1e-3, 100), DatasetFolders.bundledMnist(), false);
            Snapshot s = await(session, x -> x.layers().size() == 2 && x.layers().get(0).health() != null);
            var h = s.layers().get(0).health();
            assertTrue(h.deadFraction() >= 0 && h.deadFraction() <= 1 && h.saturatedFraction() > 0,
                    "ReLU: the negative inputs count as saturated " + h);
            assertTrue(h.meanAbsSlope() > 0 && h.meanAbsSlope() < 1, "ReLU's slopes are 0 or 1: " + h);
            Snapshot later = await(session, x -> x.health().size() >= 2);
            assertTrue(later.health().get(1).step() > later.health().get(0).step(), "a history over the steps");
        }
    }
}
