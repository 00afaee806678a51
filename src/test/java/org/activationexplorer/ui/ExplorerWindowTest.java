package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.train.Divergence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): train, watch, pause, step, stop, diverge, restore, refuse, replay. */
@ExtendWith(ApplicationExtension.class)
class ExplorerWindowTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(WindowSettings.fromSystemProperties());
        Scene scene = new Scene(window);
        window.installShortcuts(scene);
        stage.setScene(scene);
        WindowPlacement.place(stage, null); // as the app does, on Monocle's 1280×800 screen, nothing remembered
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(window::shutdown);
        assertFalse(window.model.session.running(), "closing the window leaves no training thread");
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

    private Snapshot await(Predicate<Snapshot> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            Snapshot s = window.model.snapshot();
            return s != null && condition.test(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.model.snapshot();
    }

    @Test
    void aTrainableFamilyTrainsAndEveryActivationLayerGetsAPanelWhoseCurveMoves(FxRobot robot) throws Exception {
        quickSettings(robot, "pau", 2);
        robot.clickOn("#start");
        Snapshot s = await(x -> x.losses().length > 10 && !x.layers().isEmpty() && x.layers().get(0).maxChange() > 1e-3);
        assertEquals(2, s.layers().size(), "one activation layer per hidden layer of the MLP");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.gallery.panelCount(), "one panel per activation layer");
        LayerSnapshot layer = s.layers().get(0);
        assertTrue(java.util.Arrays.stream(layer.histogram()).sum() > 0, "the inputs' histogram has data");
        assertTrue(layer.lo() <= -3 && layer.hi() >= 3, "the x-range covers at least [-3, 3]");
        assertNotNull(window.loss.chart.axes(), "the loss panel was drawn");
        Snapshot done = await(x -> x.state() == Snapshot.State.FINISHED);
        assertEquals(2, done.epochs().size());
        assertTrue(done.epochs().get(1).testAccuracy() > 0.5, "learns something from 2000 images");
        assertTrue(done.event() instanceof RunEvent.Finished f && f.save() instanceof RunEvent.Saved);
        assertEquals(done.steps(), done.predictionsStep(), "the strip shows the finished network");
        assertEquals(16, window.predictions.size(), "the prediction strip shows the test digits");
        assertFalse(window.status.status.getText().contains("batch 0/"), "no batch counter after finishing");
    }

    @Test
    void pauseStepResumeAndStopTakeEffect(FxRobot robot) throws Exception {
        quickSettings(robot, "swish_beta", 50);
        robot.clickOn("#start");
        await(x -> x.state() == Snapshot.State.RUNNING && x.steps() > 3);
        robot.clickOn("#pause");
        long pausedAt = System.nanoTime();
        Snapshot paused = await(x -> x.state() == Snapshot.State.PAUSED);
        assertTrue(System.nanoTime() - pausedAt < 2_000_000_000L, "pause takes effect promptly");
        Thread.sleep(300);
        long steps = window.model.snapshot().steps();
        assertEquals(paused.steps(), steps, "nothing trains while paused");
        assertEquals("Resume", window.run.pause.getText());
        robot.clickOn("#step");
        await(x -> x.steps() == steps + 1);
        robot.clickOn("#pause"); // now "Resume"
        await(x -> x.state() == Snapshot.State.RUNNING && x.steps() > steps + 3);
        robot.clickOn("#stop");
        await(x -> x.state() == Snapshot.State.STOPPED);
        assertFalse(window.run.start.isDisabled(), "a new run can start");
    }

    @Test
    void aDivergingRunShowsOneSentenceAndRestoreContinuesWithNewSettingsAndFreshRanges(FxRobot robot) throws Exception {
        quickSettings(robot, "taylor", 5);
        robot.interact(() -> {
            window.controls.learningRate.setText("10");
            window.controls.activationLearningRate.setText("10");
        });
        robot.clickOn("#start");
        Snapshot diverged = await(x -> x.state() == Snapshot.State.DIVERGED);
        WaitForAsyncUtils.waitForFxEvents();
        RunEvent.Diverged event = (RunEvent.Diverged) window.model.bannerProperty().get();
        assertEquals(diverged.event(), event, "the banner shows the run's divergence");
        assertTrue(window.banner.isVisible());
        String text = window.banner.text.getText();
        assertTrue(text.contains("epoch " + event.divergence().epoch() + ", batch " + event.divergence().batch()),
                "one place, stated once: " + text);
        assertEquals(1, text.split("Lower the learning rate", -1).length - 1, "the advice once: " + text);
        assertTrue(Labels.shownWhole(window.banner.restore), "the Restore button's label is readable");
        robot.interact(() -> {
            window.controls.learningRate.setText("0.001");
            window.controls.activationLearningRate.setText("0.001");
        });
        robot.clickOn("#restore");
        Snapshot restored = await(x -> x.state() == Snapshot.State.PAUSED);
        assertTrue(restored.event() instanceof RunEvent.Restored);
        assertFalse(window.banner.isVisible(), "the banner goes once restored");
        assertEquals(0.001, restored.config().learningRate());
        for (LayerSnapshot layer : restored.layers()) {
            assertTrue(layer.hi() - layer.lo() < 100, "x-range refitted, not the diverged one: " + layer.lo());
        }
        robot.clickOn("#pause"); // Resume
        await(x -> x.state() == Snapshot.State.RUNNING && x.steps() > restored.steps() + 5);
    }

    @Test
    void aFiniteLossExplosionPausesTheRunWithTheBanner(FxRobot robot) throws Exception {
        quickSettings(robot, "taylor", 1);
        robot.interact(() -> {
            window.controls.sharing.setValue(org.activationexplorer.activation.Sharing.CHANNEL);
            window.controls.learningRate.setText("1");
            window.controls.activationLearningRate.setText("1");
        });
        robot.clickOn("#start");
        Snapshot s = await(x -> x.state() == Snapshot.State.DIVERGED || x.state() == Snapshot.State.FINISHED);
        assertEquals(Snapshot.State.DIVERGED, s.state(), "it must not finish at chance level");
        Divergence d = ((RunEvent.Diverged) s.event()).divergence();
        assertTrue(d.reason() != Divergence.Reason.LOSS_NOT_FINITE, "caught while finite: " + d);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.banner.isVisible());
    }

    @Test
    void everySettingProblemIsListedAtOnceAndItsFieldMarked(FxRobot robot) {
        robot.interact(() -> {
            window.controls.family.setValue("leaky_relu");
            window.controls.setHyperparameter("slope", 1e9);
            window.controls.batch.setText("lots");
            window.controls.learningRate.setText("-1");
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitForFxEvents();
        String[] problems = window.controls.error.getText().split("\n");
        assertEquals(3, problems.length, window.controls.error.getText());
        PseudoClass invalid = PseudoClass.getPseudoClass("invalid");
        assertTrue(window.controls.batch.getPseudoClassStates().contains(invalid));
        assertTrue(window.controls.learningRate.getPseudoClassStates().contains(invalid));
        assertTrue(window.controls.sheet.getPseudoClassStates().contains(invalid));
        assertFalse(window.controls.epochs.getPseudoClassStates().contains(invalid));
        assertNull(window.model.snapshot(), "no run starts");
        assertFalse(window.model.session.running());
    }

    @Test
    void aMissingDatasetIsReportedByNameAndTheWindowStaysUsable(FxRobot robot, @TempDir Path empty) throws Exception {
        quickSettings(robot, "relu", 1);
        robot.interact(() -> {
            window.controls.dataset.getItems().add(empty);
            window.controls.dataset.setValue(empty);
        });
        robot.clickOn("#start");
        Snapshot failed = await(x -> x.state() == Snapshot.State.FAILED);
        assertTrue(failed.event() instanceof RunEvent.LoadFailed f && f.folder().equals(empty));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.banner.isVisible() && window.banner.text.getText().contains("train-images"),
                "the banner names the missing file: " + window.banner.text.getText());
        assertFalse(window.banner.restore.isVisible(), "nothing to restore");
        robot.interact(() -> window.controls.dataset.setValue(window.controls.dataset.getItems().get(0)));
        robot.clickOn("#start");
        await(x -> x.state() == Snapshot.State.FINISHED);
        assertFalse(window.banner.isVisible());
    }

    @Test
    void exportsAreWrittenHeadlessAsSvgPngAndCsv(FxRobot robot, @TempDir Path dir) throws Exception {
        quickSettings(robot, "pau", 1);
        robot.clickOn("#start");
        Snapshot done = await(x -> x.state() == Snapshot.State.FINISHED);
        WaitForAsyncUtils.waitForFxEvents();
        Path svg = dir.resolve("acts.svg"), png = dir.resolve("loss.png"), csv = dir.resolve("loss.csv");
        Path curves = dir.resolve("curves.csv");
        ExportActions.Result[] results = new ExportActions.Result[5];
        robot.interact(() -> {
            results[0] = window.exports.export(ExportActions.ALL_LAYERS, "svg", 1, svg);
            results[1] = window.exports.export(ExportActions.LOSS, "png", 2, png);
            results[2] = window.exports.export(ExportActions.LOSS, "csv", 1, csv);
            results[3] = window.exports.export(ExportActions.ALL_LAYERS, "csv", 1, curves);
            results[4] = window.exports.export(ExportActions.LOSS, "svg", 1, dir.resolve("no-such-folder").resolve("x.svg"));
        });
        for (int i = 0; i < 4; i++) {
            assertNull(results[i].problem(), results[i].problem());
        }
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("svg", xml.getDocumentElement().getNodeName());
        assertTrue(xml.getElementsByTagName("path").getLength() > 10, "curves and axes are paths");
        String text = Files.readString(svg);
        assertTrue(text.contains("Padé") && text.contains("x (pre-activation)"), "caption and axis titles");
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(1800, image.getWidth(), "2× of the 900-point figure");
        List<String> lossRows = Files.readAllLines(csv);
        assertEquals("batch,loss,smoothed", lossRows.get(0));
        assertEquals(done.losses().length + 1, lossRows.size());
        List<String> curveRows = Files.readAllLines(curves);
        assertEquals(1 + 2 * done.layers().get(0).xs().length, curveRows.size());
        assertNotNull(results[4].problem(), "a missing folder is reported");
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().matches(".*(\\.tmp|\\.aetmp-.*)")), "no temporary files left");
        }
    }

    @Test
    void aReplayShowsItsOwnSettingsReadOnlyAndThreeRunsCompare(FxRobot robot, @TempDir Path dir) throws Exception {
        List<Path> files = new java.util.ArrayList<>();
        for (String family : new String[] {"relu", "pau", "ditac"}) {
            quickSettings(robot, family, 1);
            robot.clickOn("#start");
            await(x -> x.state() == Snapshot.State.FINISHED && x.config().activation().family().equals(family));
            files.add(window.model.session.lastSaved());
        }
        robot.interact(() -> {
            window.controls.family.setValue("taylor"); // the panel says taylor; the replay must show pau
            window.controls.epochs.setText("7");
        });
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.model.openRun(files.get(1)));
        assertTrue(opened[0]);
        WaitForAsyncUtils.waitForFxEvents();
        var run = org.activationexplorer.runs.RunFiles.load(files.get(1));
        assertEquals(WindowModel.Mode.REPLAY, window.model.modeProperty().get());
        assertEquals("pau", window.controls.family.getValue(), "the control panel shows the replayed run's family");
        assertEquals("1", window.controls.epochs.getText());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> window.gallery.panelCount() == 2);
        assertTrue(window.controls.family.isDisabled(), "read-only while replaying");
        assertTrue(window.run.start.isDisabled(), "Start does not pretend to replay");
        assertTrue(window.replay.isVisible());
        assertEquals(run.frames().size() - 1, (int) window.replay.timeline.getMax());
        assertEquals(run.steps(), window.model.frame().step(), "opens at the last recorded step");
        robot.interact(() -> window.replay.timeline.setValue(0));
        assertEquals(0, window.model.frame().step());
        assertEquals(0, window.model.frame().layers().get(0).maxChange(), 1e-6, "step 0 is the initial curve");
        Path gif = dir.resolve("evolution.gif");
        ExportActions.Result[] result = new ExportActions.Result[1];
        robot.interact(() -> result[0] = window.exports.export(ExportActions.ALL_LAYERS, "gif", 1, gif));
        assertEquals(run.frames().size(), result[0].frames(), "one GIF frame per recorded step");
        Path view = dir.resolve("evolution.svg");
        robot.interact(() -> result[0] = window.exports.export(0, "evolution", 1, view));
        assertTrue(result[0].problem() == null && Files.readString(view).contains("f(x, t)"), "the evolution view");
        robot.interact(() -> {
            window.replay.playSpeed.setValue("40 steps/s");
            window.replay.play.fire();
        });
        long until = System.currentTimeMillis() + 5000;
        while (window.replay.timeline.getValue() < window.replay.timeline.getMax() && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertEquals(window.replay.timeline.getMax(), window.replay.timeline.getValue(), "Play reaches the end");
        robot.interact(() -> window.replay.newRun.fire());
        assertFalse(window.controls.family.isDisabled(), "New run from these settings: editable again");
        assertEquals("pau", window.controls.family.getValue());
        assertTrue(window.controls.config().isPresent(), "and valid, ready for Start");
        Path bad = dir.resolve("bad.aerun");
        Files.writeString(bad, "garbage");
        robot.interact(() -> opened[0] = window.model.openRun(bad));
        assertFalse(opened[0]);
        assertTrue(window.status.status.getText().contains("bad.aerun"), window.status.status.getText());
        robot.interact(() -> opened[0] = window.menus.compare(files));
        assertTrue(opened[0]);
        assertEquals(3, window.menus.compareView.rows());
        robot.interact(() -> ((Stage) window.menus.compareView.getScene().getWindow()).close());
        assertFalse(window.status.status.getText().contains("Comparing"), "the status clears when compare closes");
    }

    @Test
    void theWindowFitsA1280By800ScreenWithEveryControlOnItAndNoLabelCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Stage stage = (Stage) window.getScene().getWindow();
        assertTrue(screen.getWidth() <= 1280 && screen.getHeight() <= 800, "Monocle's screen: " + screen);
        assertTrue(stage.getX() >= screen.getMinX() && stage.getY() >= screen.getMinY()
                && stage.getX() + stage.getWidth() <= screen.getMaxX()
                && stage.getY() + stage.getHeight() <= screen.getMaxY(), "inside the screen");
        assertTrue(stage.getWidth() <= 0.9 * screen.getWidth() + 1, "at most 90 % of it");
        List<String> outside = Labels.controlsOutside(window, window.left);
        assertTrue(outside.isEmpty(), "controls off the window: " + outside);
        List<String> cut = Labels.truncated(window);
        assertTrue(cut.isEmpty(), "labels cut short: " + cut);
        assertEquals(2, window.gallery.panelCount());
        double half = window.gallery.panel(0).getWidth();
        assertTrue(half > 0.4 * window.gallery.getWidth(), "two MLP panels share the width: " + half);
    }

    @Test
    void presentationModeHidesTheSettingsAndDrawsTicksAtEighteenPixels(FxRobot robot) {
        robot.interact(() -> window.model.display.presentation.set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.left.isVisible(), "the control panel is hidden");
        var texts = new org.activationexplorer.plot.RecordingPainter();
        LayerSnapshot layer = window.model.frame().layers().get(0);
        org.activationexplorer.plot.ActivationChart.draw(texts, 560, 330, layer,
                new org.activationexplorer.plot.ActivationChart.Options(false, false, Double.NaN, -1),
                window.model.display.plotFont.get());
        var ticks = texts.texts.stream().filter(t -> t.s().matches("−?-?[0-9.]+")).toList();
        assertTrue(ticks.size() >= 4 && ticks.stream().allMatch(t -> t.size() >= 18), "tick labels at 18 px or more");
        assertTrue(texts.texts.stream().anyMatch(t -> t.bold() && t.size() > 18), "a larger title");
        var loss = new org.activationexplorer.plot.RecordingPainter();
        org.activationexplorer.plot.LossChart.draw(loss, 1200, 300, ViewFrame.NO_LOSS, 0.9, false, Double.NaN,
                window.model.display.plotFont.get() * 12 / 11);
        var lossTicks = loss.texts.stream().filter(t -> t.s().matches("[0-9.]+")).toList();
        assertTrue(lossTicks.size() >= 4 && lossTicks.stream().allMatch(t -> t.size() >= 18), "loss ticks ≥ 18 px");
        robot.interact(() -> window.model.display.presentation.set(false));
        assertTrue(window.left.isVisible());
    }

    @Test
    void aFamilyPerLayerIsPreviewedTrainedAndReplayedWithEachLayersOwnFamilyAndSchedule(FxRobot robot) throws Exception {
        quickSettings(robot, "slaf", 1);
        robot.interact(() -> {
            window.controls.layerFamilies.toggle.setSelected(true);
            window.controls.layerFamilies.picker(2).setValue("relu");
            window.controls.schedule.setValue("cosine");
            window.controls.clipNorm.setText("1");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model.frame() != null
                && window.model.frame().config().perLayer());
        List<LayerSnapshot> preview = window.model.frame().layers();
        assertTrue(preview.get(0).title().startsWith("Layer 1 · SLAF"), preview.get(0).title());
        assertTrue(preview.get(1).title().startsWith("Layer 2 · ReLU"), "before Start: " + preview.get(1).title());
        robot.clickOn("#start");
        Snapshot done = await(x -> x.state() == Snapshot.State.FINISHED);
        assertEquals(List.of("slaf", "relu"), done.config().familyNames());
        assertEquals("cosine", done.config().schedule());
        assertEquals(1, done.config().clipNorm());
        robot.interact(() -> {
            window.controls.layerFamilies.toggle.setSelected(false);
            window.controls.schedule.setValue("step");
        });
        boolean[] opened = new boolean[1];
        robot.interact(() -> opened[0] = window.model.openRun(window.model.session.lastSaved()));
        assertTrue(opened[0]);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.controls.layerFamilies.toggle.isSelected(), "the replayed run's families, per layer");
        assertEquals("slaf", window.controls.family.getValue());
        assertEquals("relu", window.controls.layerFamilies.picker(2).getValue());
        assertEquals("cosine", window.controls.schedule.getValue());
        assertEquals("1.0", window.controls.clipNorm.getText());
        assertTrue(window.status.status.getText().contains("cosine schedule, clip norm 1"), window.status.status.getText());
        List<LayerSnapshot> replayed = window.model.frame().layers();
        assertEquals("Layer 1 · SLAF (normalised monomials)", replayed.get(0).title());
        assertEquals("Layer 2 · ReLU", replayed.get(1).title());
        robot.interact(() -> {
            window.replay.newRun.fire();
            window.controls.arch.setValue("lenet5");
        });
        assertEquals("slaf", window.controls.layerFamilies.picker(4).getValue(), "LeNet-5: a picker per layer");
        assertEquals("relu", window.controls.layerFamilies.picker(2).getValue(), "layer 2 keeps its family");
        assertEquals(List.of("slaf", "relu", "slaf", "slaf"), window.controls.config().orElseThrow().familyNames());
        robot.interact(() -> {
            window.controls.family.setValue("relu");
            window.controls.layerFamilies.picker(3).setValue("pau");
        });
        assertFalse(window.controls.sharing.isDisabled(), "per-channel parameters for layer 3's PAU");
        robot.interact(() -> window.controls.layerFamilies.toggle.setSelected(false));
        assertTrue(window.controls.sharing.isDisabled(), "ReLU in every layer has none");
    }

    @Test
    void theChosenFamilyIsDrawnBeforeStartAndAfterReset(FxRobot robot) throws Exception {
        robot.interact(() -> window.controls.family.setValue("tanh"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model.frame() != null
                && window.model.frame().config().activation().family().equals("tanh"));
        WaitForAsyncUtils.waitForFxEvents();
        LayerSnapshot layer = window.model.frame().layers().get(0);
        int i = layer.xs().length - 1;
        assertEquals(Math.tanh(layer.xs()[i]), layer.y()[i], 1e-5, "the panel shows tanh before training");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.controls.card.properties.getText()
                .contains("saturates both sides"));
        assertTrue(window.controls.card.properties.getText().contains("zero-centred")
                && window.controls.card.citation.getText().contains("form: paper"), "tanh's card beside the picker");
        assertEquals(2, window.gallery.panelCount());
        robot.interact(() -> {
            window.controls.family.setValue("relu");
            window.controls.arch.setValue("lenet5");
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model.frame().layers().size() == 4
                && window.model.frame().config().activation().family().equals("relu"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, window.gallery.panelCount(), "LeNet-5's four activation layers");
        quickSettings(robot, "swish_beta", 50);
        robot.clickOn("#start");
        await(x -> x.state() == Snapshot.State.RUNNING && x.steps() > 2);
        robot.clickOn("#reset");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model.modeProperty().get()
                == WindowModel.Mode.PREVIEW && window.model.frame() != null && window.model.frame().step() == 0
                && window.model.frame().config().activation().family().equals("swish_beta"));
        assertFalse(window.model.session.running(), "Reset stopped the run");
    }

    @Test
    void keysZoomEveryTextOpenHelpAndCloseWindowsWithEscapeOrCtrlW(FxRobot robot) throws Exception {
        double plot = window.model.display.plotFont.get(), text = window.model.display.textSize.get();
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.EQUALS)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model.display.plotFont.get() > plot && window.model.display.textSize.get() > text, "Ctrl+= enlarges both");
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.DIGIT0)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(plot, window.model.display.plotFont.get(), 1e-9, "Ctrl+0 back to normal");
        robot.type(javafx.scene.input.KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Stage help = robot.listTargetWindows().stream().filter(w -> w instanceof Stage st && st.getTitle() != null
                && st.getTitle().contains("overview")).map(w -> (Stage) w).findFirst().orElseThrow();
        assertTrue(help.isShowing(), "F1 opens the overview");
        robot.interact(help::requestFocus);
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(help.isShowing(), "Esc closes it");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.gallery.panelCount() == 2);
        LayerWindow[] big = new LayerWindow[1];
        robot.interact(() -> big[0] = window.gallery.enlarge(0));
        assertTrue(big[0].isShowing());
        assertNotNull(big[0].health.axes(), "the enlarged layer has its health chart");
        robot.interact(big[0]::requestFocus);
        robot.press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.W)
                .release(javafx.scene.input.KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(big[0].isShowing(), "Ctrl+W closes the enlarged layer");
        robot.interact(() -> window.getScene().getWindow().requestFocus());
        robot.type(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.model.display.presentation.get(), "F5 enters presentation mode");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.model.display.presentation.get(), "Esc leaves it");
    }

    @Test
    void theEnlargedLayerFitsItsCurveWithTheLibraryAndListsTheBest(FxRobot robot) throws Exception {
        robot.interact(() -> window.controls.family.setValue("gelu"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model.frame() != null
                && window.model.frame().config().activation().family().equals("gelu"));
        LayerWindow[] big = new LayerWindow[1];
        robot.interact(() -> big[0] = window.gallery.enlarge(0));
        robot.interact(() -> big[0].fit(window.gallery, 0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !big[0].fit.candidates().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        var best = big[0].fit.candidates().get(0);
        assertTrue(best.r2() > 0.9999, "GELU is in the library: " + best.name() + " " + best.r2());
        assertTrue(big[0].fitTable.getText().startsWith("1. "), big[0].fitTable.getText());
        robot.interact(big[0]::close);
    }
}
