package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Init;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every registered family, at its defaults, in both networks and both sharing modes: training stays finite. */
class EveryFamilyTrainsTest {
    private static Dataset mnist;

    @BeforeAll
    static void loadMnist() throws IOException {
        mnist = Dataset.load(DatasetFolders.bundledMnist()).limitTrain(640);
    }

    static List<String> families() {
        return Activations.names();
    }

    @ParameterizedTest
    @MethodSource("families")
    void trainsBothNetworksInBothSharingModesWithoutNaN(String family) {
        for (String arch : List.of("mlp", "lenet5")) {
            for (Sharing sharing : Sharing.values()) {
                RunConfig config = new RunConfig(arch, List.of(64, 32), new ActivationConfig(family, Map.of(), null,
                        sharing), "adam", 1e-3, 1e-3, 0.9, 0, 32, 1, 1, 0, Init.HE, "auto", 1);
                try (Trainer trainer = new Trainer(config, mnist)) {
                    double loss = trainer.trainSteps(6);
                    assertTrue(Double.isFinite(loss), family + " " + arch + " " + sharing + ": loss " + loss);
                    for (var p : trainer.network().parameters()) {
                        for (float v : p.value()) {
                            assertTrue(Float.isFinite(v), family + " " + arch + " " + sharing + ": " + p.name());
                        }
                    }
                }
            }
        }
    }
}
