package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;

/** A GIF's frames (and a replay's) keep one set of axes while the layer's range moves under them. */
class EvolutionAxesTest {

    private static LayerCurve curve(double lo, double hi, double scale) {
        int n = 64;
        float[] y = new float[n], dy = new float[n];
        for (int i = 0; i < n; i++) {
            double x = lo + (hi - lo) * i / (n - 1);
            y[i] = (float) (scale * Math.max(0, x));
            dy[i] = x > 0 ? (float) scale : 0;
        }
        return new LayerCurve(lo, hi, y, dy, new int[16], new float[0]);
    }

    private static RunRecord run() {
        List<RunRecord.Frame> frames = new ArrayList<>();
        double[][] ranges = {{-3, 3, 1}, {-7, 6.5, 1.5}, {-5, 5, 2}};
        for (int f = 0; f < ranges.length; f++) {
            frames.add(new RunRecord.Frame(f * 10, 0, List.of(curve(ranges[f][0], ranges[f][1], ranges[f][2]))));
        }
        return new RunRecord(RunConfig.defaults().withActivation(
                org.activationexplorer.activation.ActivationConfig.of("relu")), 20, new float[] {1, 0.5f}, 1, List.of(),
                frames, Map.of());
    }

    private static List<String> texts(Figure figure) {
        RecordingPainter p = new RecordingPainter();
        figure.drawing().accept(p);
        return p.strings().stream().filter(t -> t.matches("−?-?[0-9.]+")).toList(); // the tick labels
    }

    @Test
    void everyFrameOfTheEvolutionHasTheSameAxes() {
        List<Figure> frames = RunFigures.evolution(run());
        assertEquals(3, frames.size());
        List<String> first = texts(frames.get(0));
        for (Figure f : frames) {
            assertEquals(first, texts(f), "the same tick labels in every frame");
        }
        Figure alone = Figure.activations(RunFigures.layers(run(), 0), false, "frame 0 fitted alone");
        assertNotEquals(first, texts(alone), "fitted alone, the first frame's axes differ (−3…3)");
    }

    @Test
    void limitsAreTheUnionOfTheFrames() {
        RunRecord run = run();
        List<List<org.activationexplorer.session.LayerSnapshot>> frames = new ArrayList<>();
        for (int f = 0; f < 3; f++) {
            frames.add(RunFigures.layers(run, f));
        }
        Limits l = Limits.perLayer(frames).get(0);
        assertEquals(-7, l.xLo());
        assertEquals(6.5, l.xHi());
        assertEquals(10, l.yHi(), 1e-5, "2 × max(0, 5)");
    }
}
