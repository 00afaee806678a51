package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): train, watch, pause, step, stop, diverge, restore, refuse. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow();
        Scene scene = new Scene(window, 1200, 760); // within Monocle's headless screen (1280×800)
        window.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::shutdown);
        assertFalse(window.session.running(), "closing the window leaves no training thread");
    }

    /** A quick run: a small training subset, small batches. */
    private void quickSettings(FxRobot robot, String family, int epochs) {
        robot.interact(() -> {
            window.controls.family.setValue(family);
            window.controls.subset.setText("2000");
            window.controls.batch.setText("64");
            window.controls.epochs.setText(Integer.toString(epochs));
        });
    }

    private Snapshot await(String what, Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Snapshot s = window.current();
            return s != null && condition.test(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.current();
    }

    @Test
    void aTrainableFamilyTrainsAndEveryActivationLayerGetsAPanelWhoseCurveMoves(FxRobot robot) throws Exception {
        quickSettings(robot, "pau", 2);
        robot.clickOn("#start");
        Snapshot s = await("curves moved", x -> x.losses().length > 10 && !x.layers().isEmpty()
                && x.layers().get(0).maxChange() > 1e-3);
        assertEquals(2, s.layers().size(), "one activation layer per hidden layer of the MLP");
        assertEquals(2, window.gallery.getChildren().size(), "one panel per activation layer");
        LayerSnapshot layer = s.layers().get(0);
        assertEquals(layer.xs().length, layer.y().length);
        assertTrue(java.util.Arrays.stream(layer.histogram()).sum() > 0, "the inputs' histogram has data");
        assertTrue(layer.lo() <= -3 && layer.hi() >= 3, "the x-range covers at least [-3, 3]");
        assertTrue(window.loss.axes() != null, "the loss panel was drawn");
        Snapshot done = await("finished", x -> x.state() == Snapshot.State.FINISHED);
        assertEquals(2, done.epochs().size());
        assertTrue(done.epochs().get(1).testAccuracy() > 0.5, "learns something from 2000 images");
        assertEquals(16, done.predictions().size());
        assertEquals(16, window.predictions.size(), "the prediction strip shows the test digits");
    }

    @Test
    void pauseStepResumeAndStopTakeEffect(FxRobot robot) throws Exception {
        quickSettings(robot, "swish_beta", 50);
        robot.clickOn("#start");
        await("running", x -> x.state() == Snapshot.State.RUNNING && x.steps() > 3);
        robot.clickOn("#pause");
        long pausedAt = System.nanoTime();
        Snapshot paused = await("paused", x -> x.state() == Snapshot.State.PAUSED);
        assertTrue(System.nanoTime() - pausedAt < 2_000_000_000L, "pause takes effect promptly");
        Thread.sleep(300);
        long steps = window.current().steps();
        assertEquals(paused.steps(), steps, "nothing trains while paused");
        assertEquals("Resume", window.pause.getText());
        robot.clickOn("#step");
        await("one step", x -> x.steps() == steps + 1);
        robot.clickOn("#pause"); // now "Resume"
        await("resumed", x -> x.state() == Snapshot.State.RUNNING && x.steps() > steps + 3);
        robot.clickOn("#stop");
        await("stopped", x -> x.state() == Snapshot.State.STOPPED);
        assertFalse(window.start.isDisabled(), "a new run can start");
    }

    @Test
    void aDivergingRunShowsTheBannerAndRestoreContinuesWithNewSettings(FxRobot robot) throws Exception {
        quickSettings(robot, "taylor", 5);
        robot.interact(() -> {
            window.controls.learningRate.setText("10");
            window.controls.activationLearningRate.setText("10");
        });
        robot.clickOn("#start");
        Snapshot diverged = await("diverged", x -> x.state() == Snapshot.State.DIVERGED);
        assertTrue(diverged.message().contains("diverged"), diverged.message());
        assertTrue(window.bannerBox.isVisible(), "the banner is shown");
        assertTrue(window.banner.getText().contains("learning rate"), "the banner suggests a remedy");
        robot.interact(() -> {
            window.controls.learningRate.setText("0.001");
            window.controls.activationLearningRate.setText("0.001");
        });
        robot.clickOn("#restore");
        Snapshot restored = await("restored", x -> x.state() == Snapshot.State.PAUSED);
        long steps = restored.steps();
        assertFalse(window.bannerBox.isVisible(), "the banner goes once restored");
        assertEquals(0.001, restored.config().learningRate());
        robot.clickOn("#pause"); // Resume
        await("training again", x -> x.state() == Snapshot.State.RUNNING && x.steps() > steps + 5);
        for (float p : window.current().layers().get(0).parameters()) {
            assertTrue(Float.isFinite(p), "restored parameters are finite");
        }
    }

    @Test
    void anOutOfRangeHyperparameterIsRefusedWithAMessageNamingIt(FxRobot robot) {
        robot.interact(() -> {
            window.controls.family.setValue("leaky_relu");
            window.controls.setHyperparameter("slope", 1e9);
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.controls.error.getText().contains("slope"), window.controls.error.getText());
        assertNull(window.current(), "no run starts");
        assertFalse(window.session.running());
        robot.interact(() -> window.controls.batch.setText("lots"));
        robot.clickOn("#start");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.controls.error.getText().contains("batch size must be a number"));
    }

    @Test
    void aMissingDatasetIsReportedByNameAndTheWindowStaysUsable(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path empty) throws Exception {
        quickSettings(robot, "relu", 1);
        robot.interact(() -> {
            window.controls.dataset.getItems().add(empty);
            window.controls.dataset.setValue(empty);
        });
        robot.clickOn("#start");
        Snapshot failed = await("failed", x -> x.state() == Snapshot.State.FAILED);
        assertTrue(failed.message().startsWith("Cannot load the dataset"), failed.message());
        assertTrue(window.bannerBox.isVisible() && window.banner.getText().contains("train-images"),
                "the banner names the missing file: " + window.banner.getText());
        assertFalse(window.restore.isVisible(), "nothing to restore");
        robot.interact(() -> window.controls.dataset.setValue(window.controls.dataset.getItems().get(0)));
        robot.clickOn("#start");
        await("trains from the bundled MNIST", x -> x.state() == Snapshot.State.FINISHED);
        assertFalse(window.bannerBox.isVisible());
    }

    @Test
    void exportsAreWrittenHeadlessAsSvgPngAndCsv(FxRobot robot, @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        quickSettings(robot, "pau", 1);
        robot.clickOn("#start");
        Snapshot done = await("finished", x -> x.state() == Snapshot.State.FINISHED);
        java.nio.file.Path svg = dir.resolve("acts.svg"), png = dir.resolve("loss.png"), csv = dir.resolve("loss.csv");
        java.nio.file.Path curves = dir.resolve("curves.csv");
        String[] messages = new String[5];
        robot.interact(() -> {
            messages[0] = window.export(ExplorerWindow.ALL_LAYERS, "svg", 1, svg);
            messages[1] = window.export(ExplorerWindow.LOSS, "png", 2, png);
            messages[2] = window.export(ExplorerWindow.LOSS, "csv", 1, csv);
            messages[3] = window.export(ExplorerWindow.ALL_LAYERS, "csv", 1, curves);
            messages[4] = window.export(ExplorerWindow.LOSS, "svg", 1, dir.resolve("no-such-folder").resolve("x.svg"));
        });
        for (int i = 0; i < 4; i++) {
            assertTrue(messages[i].startsWith("Saved"), messages[i]);
        }
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getNodeName());
        assertTrue(xml.getElementsByTagName("path").getLength() > 10, "curves and axes are paths");
        assertTrue(xml.getElementsByTagName("text").getLength() > 10, "labels are text");
        String text = java.nio.file.Files.readString(svg);
        assertTrue(text.contains("Padé") && text.contains("x (pre-activation)"), "caption and axis titles");
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1800, image.getWidth(), "2× of the 900-point figure");
        assertEquals(840, image.getHeight());
        List<String> lossRows = java.nio.file.Files.readAllLines(csv);
        assertEquals("batch,loss,smoothed", lossRows.get(0));
        assertEquals(done.losses().length + 1, lossRows.size());
        List<String> epochRows = java.nio.file.Files.readAllLines(dir.resolve("loss-epochs.csv"));
        assertEquals("epoch,train_loss,test_loss,test_accuracy,samples_per_s", epochRows.get(0));
        assertEquals(2, epochRows.size());
        List<String> curveRows = java.nio.file.Files.readAllLines(curves);
        assertEquals("layer,x,y,dy,initial_y,initial_dy", curveRows.get(0));
        assertEquals(1 + 2 * done.layers().get(0).xs().length, curveRows.size());
        assertTrue(messages[4].startsWith("Export failed: cannot write") && messages[4].contains("does not exist"),
                messages[4]);
        try (var files = java.nio.file.Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void aSavedRunReplaysStepByStepAndThreeRunsCompare(FxRobot robot, @org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) throws Exception {
        List<java.nio.file.Path> files = new java.util.ArrayList<>();
        for (String family : new String[] {"relu", "pau", "ditac"}) {
            quickSettings(robot, family, 1);
            robot.clickOn("#start");
            Snapshot done = await(family + " finished", x -> x.state() == Snapshot.State.FINISHED
                    && x.config().activation().family().equals(family));
            assertTrue(done.message().contains("saved"), done.message());
            files.add(window.session.lastSaved());
        }
        String[] message = new String[1];
        robot.interact(() -> message[0] = window.openRun(files.get(1)));
        assertTrue(message[0].startsWith("Replaying"), message[0]);
        assertTrue(window.timelineBox.isVisible());
        var run = org.activationexplorer.runs.RunFiles.load(files.get(1));
        assertEquals(run.frames().size() - 1, (int) window.timeline.getMax());
        assertEquals(run.steps(), window.current().steps(), "opens at the last recorded step");
        robot.interact(() -> window.timeline.setValue(0));
        assertEquals(0, window.current().steps());
        assertEquals(0, window.current().layers().get(0).maxChange(), 1e-6, "step 0 is the initial curve");
        robot.interact(() -> window.timeline.setValue(window.timeline.getMax()));
        assertTrue(window.current().layers().get(0).maxChange() > 1e-3, "the PAU curve moved by the last step");
        java.nio.file.Path gif = dir.resolve("evolution.gif");
        robot.interact(() -> message[0] = window.export(ExplorerWindow.ALL_LAYERS, "gif", 1, gif));
        assertTrue(message[0].startsWith("Saved"), message[0]);
        try (var in = javax.imageio.ImageIO.createImageInputStream(gif.toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(run.frames().size(), reader.getNumImages(true), "one GIF frame per recorded step");
        }
        robot.interact(() -> {
            window.timeline.setValue(0);
            window.playSpeed.setValue("40 steps/s");
            window.play.fire();
        });
        long until = System.currentTimeMillis() + 5000;
        while (window.timeline.getValue() < window.timeline.getMax() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(window.timeline.getMax(), window.timeline.getValue(), "Play at 40 steps/s reaches the end");
        robot.interact(() -> window.closeReplay());
        assertFalse(window.timelineBox.isVisible(), "Live leaves the replay");
        java.nio.file.Path bad = dir.resolve("bad.aerun");
        java.nio.file.Files.writeString(bad, "garbage");
        robot.interact(() -> message[0] = window.openRun(bad));
        assertTrue(message[0].contains("Cannot open the run") && message[0].contains("bad.aerun"), message[0]);
        robot.interact(() -> message[0] = window.compare(files));
        assertEquals("Comparing 3 runs", message[0]);
        assertEquals(3, window.compareView.rows());
        assertEquals(2, window.compareView.layers.getChildren().size(), "one overlay per activation layer");
    }
}
