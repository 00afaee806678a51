package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationexplorer.nn.Architectures;
import org.junit.jupiter.api.Test;

/** Compare: layers overlaid by kind and position, what is not overlaid said, losses against epochs when needed. */
class LayerMatchTest {
    private static final List<Integer> HIDDEN = List.of(256, 256);

    @Test
    void anMlpAndALeNetShareOnlyTheirDenseLayers() {
        List<List<String>> names = List.of(Architectures.activationLayers("mlp", HIDDEN),
                Architectures.activationLayers("lenet5", HIDDEN), Architectures.activationLayers("mlp", HIDDEN));
        List<String> networks = List.of("MLP 256-256", "LeNet-5", "MLP 256-256");
        List<LayerMatch.Group> groups = LayerMatch.groups(names);
        assertEquals(List.of("conv 1", "conv 2", "dense 1", "dense 2"), groups.stream().map(LayerMatch.Group::key).toList());
        assertEquals(new LayerMatch.Group("conv 2", List.of(1), List.of(1)), groups.get(1));
        assertEquals(new LayerMatch.Group("dense 1", List.of(0, 1, 2), List.of(0, 2, 0)), groups.get(2),
                "the LeNet's first dense layer is its third activation layer");
        assertEquals("conv 1, conv 2: only in the LeNet-5 run", LayerMatch.note(groups, networks));
        assertEquals("conv 2: final curves (only the LeNet-5 run, 1 of 3)", LayerMatch.title(groups.get(1), networks));
        assertEquals("dense 2: final curves", LayerMatch.title(groups.get(3), networks));
    }

    @Test
    void deeperMlpsKeepTheirExtraLayersApartAndTheNoteSaysWhichRunsHaveThem() {
        List<List<String>> names = List.of(Architectures.activationLayers("mlp", List.of(64, 32, 16)),
                Architectures.activationLayers("mlp", HIDDEN), Architectures.activationLayers("mlp", List.of(64, 32, 16)),
                Architectures.activationLayers("lenet5", HIDDEN));
        List<String> networks = List.of("MLP 64-32-16", "MLP 256-256", "MLP 64-32-16", "LeNet-5");
        List<LayerMatch.Group> groups = LayerMatch.groups(names);
        assertEquals(List.of("conv 1", "conv 2", "dense 1", "dense 2", "dense 3"),
                groups.stream().map(LayerMatch.Group::key).toList());
        assertEquals("conv 1, conv 2: only in the LeNet-5 run; dense 3: only in the MLP 64-32-16 runs",
                LayerMatch.note(groups, networks));
        assertEquals("dense 3: final curves (only the MLP 64-32-16 runs, 2 of 4)", LayerMatch.title(groups.get(4), networks));
    }

    @Test
    void runsOfOneNetworkOverlayEverythingAndTheNoteIsEmpty() {
        List<LayerMatch.Group> groups = LayerMatch.groups(List.of(Architectures.activationLayers("lenet5", HIDDEN),
                Architectures.activationLayers("lenet5", HIDDEN)));
        assertEquals(4, groups.size());
        groups.forEach(g -> assertEquals(List.of(0, 1), g.runs()));
        assertEquals("", LayerMatch.note(groups, List.of("LeNet-5", "LeNet-5")));
    }

    @Test
    void whenOnlySomeRunsOfANetworkHaveALayerTheyAreNamedByNumber() {
        List<LayerMatch.Group> groups = LayerMatch.groups(List.of(List.of("layer 1", "layer 2"), List.of("layer 1")));
        assertEquals("layer 2: only in run 1", LayerMatch.note(groups, List.of("MLP 8", "MLP 8")));
    }

    @Test
    void lossesAreDrawnAgainstEpochsExactlyWhenTheRunsBatchesPerEpochDiffer() {
        assertFalse(CompareChart.byEpochs(List.of(469, 469, 469)), "same subset and batch size: batches");
        assertTrue(CompareChart.byEpochs(List.of(469, 79)), "a 10,000-image subset against the whole set: epochs");
        assertTrue(CompareChart.byEpochs(List.of(469, 235)), "batch 128 against batch 256: epochs");
        assertFalse(CompareChart.byEpochs(List.of(469)));
        RecordingPainter p = new RecordingPainter();
        Axes a = CompareChart.losses(p, 600, 300, List.of("a", "b"), List.of(new float[100], new float[50]), List.of(2, 1),
                List.of(100, 25), 0.6, 12);
        assertEquals(2, a.xHi, 1e-9, "run a: 200 batches of 100 an epoch; run b: 50 of 25");
        assertTrue(p.strings().contains("epochs"));
        p = new RecordingPainter();
        a = CompareChart.losses(p, 600, 300, List.of("a", "b"), List.of(new float[100], new float[50]), List.of(2, 1),
                List.of(100, 100), 0.6, 12);
        assertEquals(200, a.xHi, 1e-9);
        assertTrue(p.strings().contains("batches"));
    }
}
