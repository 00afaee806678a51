package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.session.DigitAnswer;
import org.activationexplorer.session.Snapshot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A drawn digit is answered by the live network and by a replayed run's, with every layer's inputs for the markers. */
@ExtendWith(ApplicationExtension.class)
class DigitPadTest {
    private ExplorerWindow window;

    @Start
    void start(Stage stage) {
        window = new ExplorerWindow(WindowSettings.fromSystemProperties());
        stage.setScene(new Scene(window));
        WindowPlacement.place(stage, null);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::shutdown);
    }

    /** A "1": a thick vertical stroke, dark on light, on the pad's 280×280. */
    private static double[] one() {
        double[] gray = new double[DigitPad.SIZE * DigitPad.SIZE];
        Arrays.fill(gray, 1);
        for (int y = 50; y < 230; y++) {
            for (int x = 130; x < 152; x++) {
                gray[y * DigitPad.SIZE + x] = 0;
            }
        }
        return gray;
    }

    private DigitAnswer awaitAnswer(DigitAnswer before) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> window.digits.answerProperty().get() != null
                && window.digits.answerProperty().get() != before);
        return window.digits.answerProperty().get();
    }

    @Test
    void theLiveNetworkAndAReplayedOneAnswerADrawnOne(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.controls.family.setValue("pau");
            window.controls.subset.setText("3000");
            window.controls.epochs.setText("1");
        });
        robot.interact(window::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model.snapshot() != null
                && window.model.snapshot().state() == Snapshot.State.FINISHED);
        DigitPad[] pad = new DigitPad[1];
        robot.interact(() -> {
            pad[0] = new DigitPad(window, window.digits);
            pad[0].show();
        });
        // finished: no live network runs any more, so the answer comes from the saved run once it is replayed
        robot.interact(() -> window.model.openRun(window.model.session.lastSaved()));
        robot.interact(() -> pad[0].classify(one(), DigitPad.SIZE, DigitPad.SIZE));
        DigitAnswer a = awaitAnswer(null);
        assertEquals(1, Arrays.stream(a.probabilities()).sum(), 1e-9);
        assertEquals(1, a.predicted(), "a vertical stroke is a 1: " + Arrays.toString(a.probabilities()));
        assertEquals(2, a.layerInputs().size(), "inputs of both activation layers, for the markers");
        assertEquals(256, a.layerInputs().get(0).length);
        assertEquals(-1, a.step(), "a saved run's final network");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(pad[0].answer.getText().contains("1"), pad[0].answer.getText());
        robot.interact(() -> {
            window.model.closeReplay();
            window.controls.epochs.setText("50");
        });
        robot.interact(window::start);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.model.snapshot() != null
                && window.model.snapshot().state() == Snapshot.State.RUNNING && window.model.snapshot().steps() > 5);
        robot.interact(() -> pad[0].classify(one(), DigitPad.SIZE, DigitPad.SIZE));
        DigitAnswer live = awaitAnswer(a);
        assertTrue(live.step() > 5, "answered by the live network at its step " + live.step());
        robot.interact(pad[0]::close);
    }
}
