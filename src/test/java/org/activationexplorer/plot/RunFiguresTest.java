package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

/** A run with a family per layer is drawn and captioned with each layer's own family. */
class RunFiguresTest {
    private static final RunConfig MIXED = RunConfig.defaults().withLayerActivations(List.of(
            ActivationConfig.of("tanh"), ActivationConfig.of("relu"))).withRoutine("cosine", 1);

    private static LayerCurve curve() {
        float[] y = new float[16], dy = new float[16];
        return new LayerCurve(-3, 3, y, dy, new int[8], new float[0]);
    }

    @Test
    void eachReplayedPanelIsTitledByItsLayersFamily() {
        RunRecord run = new RunRecord(MIXED, 0, new float[0], 1, List.of(),
                List.of(new RunRecord.Frame(0, 0, List.of(curve(), curve()))), Map.of());
        List<LayerSnapshot> layers = RunFigures.layers(run, 0);
        assertEquals("Layer 1 · Tanh", layers.get(0).title());
        assertEquals("Layer 2 · ReLU", layers.get(1).title());
        assertEquals("relu", layers.get(1).family());
    }

    @Test
    void captionsListEachLayersFamilyAndTheRoutine() {
        assertEquals("layer 1 · Tanh, layer 2 · ReLU · mlp, seed 1, cosine schedule, clip norm 1, step 5",
                RunFigures.caption(MIXED, "step 5"));
        assertEquals("Tanh, ReLU", RunFigures.families(MIXED));
        RunConfig relu = RunConfig.defaults();
        assertEquals("ReLU: f(x) = max(0, x) · mlp, seed 1", RunFigures.caption(relu, null));
    }
}
