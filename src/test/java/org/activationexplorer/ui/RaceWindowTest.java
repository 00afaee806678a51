package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.session.RaceSession;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A race of two families in its own window: a loss line each, a row of panels each, a table row each. */
@ExtendWith(ApplicationExtension.class)
class RaceWindowTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label("race test"), 200, 100)); // Monocle
        stage.show(); // waits for every shown stage to render: a stage without a scene never does
    }

    @Test
    void twoFamiliesRaceToTheEndWithAPanelRowAndATableRowEach(FxRobot robot) throws Exception {
        RunConfig base = new RunConfig("mlp", List.of(32), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0, 64, 1,
                1, 2000, RunConfig.defaults().init(), "java", 1);
        RaceWindow[] race = new RaceWindow[1];
        robot.interact(() -> {
            race[0] = new RaceWindow(new WindowModel(WindowSettings.fromSystemProperties()), base, List.of("relu", "pau"),
                    DatasetFolders.bundledMnist(), List.of(), false);
            race[0].show();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> race[0].current() != null && race[0].current().finished());
        WaitForAsyncUtils.waitForFxEvents();
        RaceSession.RaceSnapshot s = race[0].current();
        assertEquals(2, s.lanes().size());
        for (RaceSession.Lane lane : s.lanes()) {
            assertEquals(32, lane.steps(), lane.family() + ": 2000 images in batches of 64");
            assertEquals(1, lane.epochs().size());
        }
        assertEquals(2, race[0].rows(), "a table row per family");
        assertEquals(2, race[0].panels.getChildren().size(), "two families × one activation layer");
        assertNotNull(race[0].losses.axes(), "the loss chart was drawn");
        robot.interact(race[0]::close);
        assertFalse(race[0].session.running(), "closing stops the race");
        assertTrue(s.lanes().get(1).parameters() > 0 && s.lanes().get(0).parameters() == 0, "PAU has parameters");
    }
}
