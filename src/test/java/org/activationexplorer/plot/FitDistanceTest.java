package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

/** The evolution view's second distance: from the classic the curve ends nearest to, refitted at every frame. */
class FitDistanceTest {

    /** (1 − t)·tanh(x) + t·silu(x) on [−4, 4]: tanh at the start, SiLU at the end. */
    private static LayerCurve blend(double t) {
        int n = 128;
        float[] y = new float[n], dy = new float[n];
        for (int i = 0; i < n; i++) {
            double x = -4 + 8.0 * i / (n - 1), s = 1 / (1 + Math.exp(-x));
            y[i] = (float) ((1 - t) * Math.tanh(x) + t * x * s);
        }
        return new LayerCurve(-4, 4, y, dy, new int[16], new float[0]);
    }

    private static List<LayerSnapshot> frames(double... ts) {
        List<RunRecord.Frame> frames = new ArrayList<>();
        for (int f = 0; f < ts.length; f++) {
            frames.add(new RunRecord.Frame(f * 10L, 0, List.of(blend(ts[f]))));
        }
        RunRecord run = new RunRecord(RunConfig.defaults().withActivation(ActivationConfig.of("pau")), 20,
                new float[] {1, 0.5f}, 1, List.of(), frames, Map.of());
        List<LayerSnapshot> layer = new ArrayList<>();
        for (int f = 0; f < ts.length; f++) {
            layer.add(RunFigures.layers(run, f).get(0));
        }
        return layer;
    }

    @Test
    void a_curve_turning_into_silu_comes_closer_to_silu_frame_by_frame() {
        FitDistance d = FitDistance.of(frames(0, 0.5, 0.9, 1));
        assertEquals("silu", d.name());
        double[] v = d.distance();
        assertTrue(v[0] > v[1] && v[1] > v[2] && v[2] > v[3], java.util.Arrays.toString(v));
        assertEquals(0, v[3], 1e-4, "the last frame is SiLU itself");
        assertTrue(v[0] > 0.05, "tanh is not a wrapped SiLU: " + v[0]);
    }

    @Test
    void the_evolution_figure_names_the_classic_and_draws_both_distances() {
        List<LayerSnapshot> f = frames(0, 1);
        RecordingPainter p = new RecordingPainter();
        Figure.evolution(f, new long[] {0, 10}, FitDistance.of(f), "caption").drawing().accept(p);
        assertTrue(p.strings().stream().anyMatch(s -> s.contains("nearest classic, silu")), p.strings().toString());
    }
}
