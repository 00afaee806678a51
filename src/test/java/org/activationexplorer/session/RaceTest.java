package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.optim.Parameter;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RaceTest {
    private static Dataset mnist;

    @BeforeAll
    static void load() throws IOException {
        mnist = Dataset.load(DatasetFolders.bundledMnist());
    }

    /** MLP 784-32-10, batch 64, on the first 2000 training images: an epoch is 32 batches. */
    private static RunConfig quick(String arch, int epochs) {
        RunConfig d = RunConfig.defaults();
        return new RunConfig(arch, List.of(32), d.activation(), "adam", 1e-3, 1e-3, 0.9, 0, 64, epochs, 7, 2000,
                d.init(), d.blas(), d.threads());
    }

    private static Race race(RunConfig base, String... families) {
        return new Race(base, Race.families(base, List.of(families)), mnist, null);
    }

    private static List<Parameter> weightsAndBiases(TrainingRun run) {
        return run.trainer().network().parameters().stream().filter(p -> p.kind() != Parameter.Kind.ACTIVATION)
                .toList();
    }

    @Test
    void everyLaneStartsFromTheSameWeightsAndBiases() {
        // Architectures draws weights from new Random(seed) in layer order and activations take none of its draws,
        // so the family cannot shift them: LeNet-5's four activation layers included
        for (String arch : List.of("mlp", "lenet5")) {
            try (Race race = race(quick(arch, 1), "relu", "pau", "ditac")) {
                List<Parameter> first = weightsAndBiases(race.run(0));
                for (int lane = 1; lane < race.lanes(); lane++) {
                    List<Parameter> other = weightsAndBiases(race.run(lane));
                    assertEquals(first.size(), other.size(), arch);
                    for (int i = 0; i < first.size(); i++) {
                        assertArrayEquals(first.get(i).value(), other.get(i).value(),
                                arch + " " + race.family(lane) + " " + first.get(i).name());
                    }
                }
            }
        }
    }

    @Test
    void stepTrainsOneBatchOfEachLaneInTurn() {
        try (Race race = race(quick("mlp", 1), "relu", "pau")) {
            for (int k = 1; k <= 10; k++) {
                assertTrue(race.step());
                assertEquals((k + 1) / 2, race.run(0).steps(), "after " + k + " steps");
                assertEquals(k / 2, race.run(1).steps(), "after " + k + " steps");
            }
            assertTrue(race.samplesPerSecond(0) > 0 && race.samplesPerSecond(1) > 0);
        }
    }

    @Test
    void eachLaneHasExactlyTheNumbersOfItsSoloRun() {
        RunConfig base = quick("mlp", 2);
        List<List<EpochResult>> heard = List.of(new ArrayList<>(), new ArrayList<>());
        Race.Listener listener = new Race.Listener() {
            @Override
            public void epochFinished(int lane, EpochResult result) {
                heard.get(lane).add(result);
            }
        };
        List<ActivationConfig> families = Race.families(base, List.of("relu", "pau"));
        try (Race race = new Race(base, families, mnist, listener)) {
            while (race.step()) {
                // train to the end
            }
            assertTrue(race.finished());
            for (int lane = 0; lane < 2; lane++) {
                try (TrainingRun solo = new TrainingRun(new Trainer(base.withActivation(families.get(lane)), mnist))) {
                    while (!solo.finished()) {
                        assertNull(solo.trainBatch());
                        if (solo.epochComplete()) {
                            solo.finishEpoch();
                        }
                    }
                    List<EpochResult> raced = race.run(lane).epochs();
                    assertEquals(2, raced.size());
                    assertEquals(raced, heard.get(lane), "the listener heard every epoch");
                    for (int e = 0; e < 2; e++) {
                        EpochResult a = raced.get(e), b = solo.epochs().get(e);
                        assertEquals(b.trainLoss(), a.trainLoss(), race.family(lane) + " epoch " + (e + 1));
                        assertEquals(b.testLoss(), a.testLoss(), race.family(lane) + " epoch " + (e + 1));
                        assertEquals(b.testAccuracy(), a.testAccuracy(), race.family(lane) + " epoch " + (e + 1));
                    }
                    List<Parameter> racedParameters = race.run(lane).trainer().network().parameters();
                    List<Parameter> soloParameters = solo.trainer().network().parameters();
                    for (int i = 0; i < soloParameters.size(); i++) {
                        assertArrayEquals(soloParameters.get(i).value(), racedParameters.get(i).value(),
                                race.family(lane) + " " + soloParameters.get(i).name());
                    }
                    assertArrayEquals(solo.history().points(), race.run(lane).history().points(), "per-batch losses");
                }
            }
        }
    }

    @Test
    void aDivergingLaneStopsWhileTheOthersFinish() {
        // An activation learning rate of 10 drives only the trainable family's coefficients: through two Taylor
        // layers the loss reaches 2e8 at batch 2 (the limit is 1e6); ReLU has no activation parameters and trains
        // as at lr 1e-3 (one Taylor layer, hidden 32 or 64, only reaches a loss of 35-45 and finishes)
        RunConfig d = quick("mlp", 1);
        RunConfig base = new RunConfig("mlp", List.of(32, 32), d.activation(), "adam", 1e-3, 10, 0.9, 0, 64, 1, 1, 2000,
                d.init(), d.blas(), d.threads());
        List<Integer> divergedLanes = new ArrayList<>();
        Race.Listener listener = new Race.Listener() {
            @Override
            public void diverged(int lane, RunEvent.Diverged event) {
                divergedLanes.add(lane);
            }
        };
        try (Race race = new Race(base, Race.families(base, List.of("relu", "taylor")), mnist, listener)) {
            while (race.step()) {
                // train to the end
            }
            assertEquals(List.of(1), divergedLanes, "only taylor, once");
            assertNotNull(race.run(1).diverged());
            assertTrue(race.run(1).diverged().divergence().batch() <= 5, "within a few batches");
            assertTrue(race.run(1).epochs().isEmpty());
            assertNull(race.run(0).diverged());
            assertTrue(race.run(0).finished());
            assertEquals(1, race.run(0).epochs().size());
            assertEquals(race.run(0).trainer().batchesPerEpoch(), race.run(0).steps());
            assertTrue(race.done(1) && race.finished());
            assertFalse(race.step(), "nothing left to train");
        }
    }

    @Test
    void aRaceNeedsTwoToFourDifferentActivations() {
        RunConfig base = quick("mlp", 1);
        for (List<String> families : List.of(List.of("relu"), List.of("relu", "relu"),
                List.of("relu", "pau", "gelu", "tanh", "elu"))) {
            assertThrows(IllegalArgumentException.class,
                    () -> new Race(base, Race.families(base, families), mnist, null), families.toString());
        }
        assertThrows(IllegalArgumentException.class,
                () -> new Race(base, List.of(ActivationConfig.of("relu"), ActivationConfig.of("nope")), mnist, null));
    }
}
