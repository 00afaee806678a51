package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.nn.Init;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The compare view of an MLP run and a LeNet-5 run, built from records (no training), headless (Monocle). */
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    private CompareView view;

    /** A run of `arch` with `layers` activation layers, `epochs` epochs of `perEpoch` batches, loss every 2 batches. */
    static RunRecord run(String arch, int layers, int epochs, int perEpoch) {
        RunConfig config = new RunConfig(arch, List.of(32, 16), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0,
                64, epochs, 1, 0, Init.HE, "vector", 1);
        List<LayerCurve> frame = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            float[] y = new float[64], dy = new float[64];
            for (int i = 0; i < y.length; i++) {
                y[i] = Math.max(0, -3 + 6f * i / 63);
                dy[i] = y[i] > 0 ? 1 : 0;
            }
            frame.add(new LayerCurve(-3, 3, y, dy, new int[32], new float[0]));
        }
        List<EpochResult> results = new ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            results.add(new EpochResult(e, 0.5 / e, 0.4 / e, 0.9, 10_000, 1, 0.1));
        }
        float[] losses = new float[epochs * perEpoch / 2];
        java.util.Arrays.fill(losses, 0.5f);
        return new RunRecord(config, (long) epochs * perEpoch, losses, 2, results,
                List.of(new RunRecord.Frame(0, 0, frame), new RunRecord.Frame((long) epochs * perEpoch, epochs, frame)), Map.of());
    }

    @Start
    void start(Stage stage) {
        view = new CompareView(List.of(run("mlp", 2, 2, 20), run("lenet5", 4, 1, 30)),
                List.of(Path.of("mlp.aerun"), Path.of("lenet.aerun")));
        stage.setScene(new Scene(view, 1200, 760));
        stage.show();
    }

    @Test
    void layersAreOverlaidByKindAndTheLossesAgainstEpochs() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, view.rows());
        assertEquals(4, view.layers.getChildren().size(), "conv 1, conv 2 (LeNet only), dense 1, dense 2 (both)");
        assertTrue(view.note.isVisible());
        assertEquals("Not overlaid for every run: conv 1, conv 2: only in the LeNet-5 run", view.note.getText());
        assertTrue(view.losses.axes() != null, "the loss chart was drawn");
        assertEquals(2, view.losses.axes().xHi, 1e-9, "20 and 30 batches an epoch: the x-axis counts epochs (2 and 1)");
    }
}
