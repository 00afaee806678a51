package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.nn.Init;
import org.junit.jupiter.api.Test;

class RunConfigTest {
    private static final ActivationConfig SLAF = ActivationConfig.of("slaf"), RELU = ActivationConfig.of("relu");

    @Test
    void theOldConstructorMeansOneFamilyForAllAConstantRateAndNoClipping() {
        RunConfig c = new RunConfig("mlp", List.of(64), RELU, "adam", 1e-3, 1e-3, 0.9, 0, 64, 1, 1, 0, Init.HE, "auto", 1);
        assertFalse(c.perLayer());
        assertEquals(List.of(), c.layerActivations());
        assertEquals("constant", c.schedule());
        assertEquals(0, c.clipNorm());
        assertEquals(RELU, c.activation(0));
        assertEquals("", c.routineLabel());
        assertEquals(RunConfig.defaults(), RunConfig.defaults().withRoutine("constant", 0));
    }

    @Test
    void aFamilyPerLayerMakesLayerOnesFamilyTheConfigsActivation() {
        RunConfig c = RunConfig.defaults().withLayerActivations(List.of(SLAF, RELU));
        assertTrue(c.perLayer());
        assertEquals(SLAF, c.activation());
        assertEquals(SLAF, c.activation(0));
        assertEquals(RELU, c.activation(1));
        assertEquals(List.of("slaf", "relu"), c.familyNames());
        assertTrue(c.anyTrainableActivation());
        assertEquals(List.of(), c.problems());
        assertEquals(RELU, c.withActivation(RELU).activation(1), "withActivation: one family for all again");
        assertFalse(c.withActivation(RELU).perLayer());
        assertEquals(c.layerActivations(), c.withEpochs(7).withRoutine("cosine", 1).layerActivations());
    }

    @Test
    void theSameFamilyForEveryLayerIsOneFamilyForAll() {
        RunConfig c = RunConfig.defaults().withLayerActivations(List.of(RELU, RELU));
        assertFalse(c.perLayer());
        assertEquals(RunConfig.defaults(), c);
    }

    @Test
    void aWrongNumberOfFamiliesIsAProblemNamingTheNetworksActivationLayers() {
        RunConfig three = RunConfig.defaults().withLayerActivations(List.of(SLAF, RELU, RELU));
        assertEquals(List.of("activation: 3 families given (slaf, relu, relu), but MLP 256-256 has 2 activation layers "
                + "(dense 1, dense 2); name one family for all of them or one per layer, in order"), three.problems());
        RunConfig lenet = new RunConfig("lenet5", List.of(), RELU, "adam", 1e-3, 1e-3, 0.9, 0, 64, 1, 1, 0, Init.HE,
                "auto", 1).withLayerActivations(List.of(SLAF, RELU));
        assertTrue(lenet.problems().get(0).contains("LeNet-5 has 4 activation layers (conv 1, conv 2, dense 1, dense 2)"),
                lenet.problems().toString());
    }

    @Test
    void eachLayersFamilyIsCheckedAndItsProblemsSayTheLayer() {
        RunConfig c = RunConfig.defaults().withLayerActivations(List.of(SLAF,
                new ActivationConfig("relu", Map.of("degree", 3.0), "tanh", null)));
        assertEquals(List.of("layer 2: relu has no parameter 'degree'"), c.problems());
        RunConfig unknown = RunConfig.defaults().withLayerActivations(List.of(ActivationConfig.of("nope"), RELU));
        assertTrue(unknown.problems().get(0).startsWith("layer 1: unknown activation 'nope'"), unknown.problems().toString());
    }

    @Test
    void scheduleAndClipNormAreCheckedAndNamed() {
        assertEquals(List.of("schedule must be one of [constant, cosine, step], got 'linear'",
                "clip norm must be 0 (no clipping) or a positive number, got -1.0"),
                RunConfig.defaults().withRoutine("linear", -1).problems());
        assertTrue(RunConfig.defaults().withRoutine("step", Double.NaN).problems().get(0).startsWith("clip norm"));
        assertEquals(List.of(), RunConfig.defaults().withRoutine("cosine", 0.5).problems());
    }

    @Test
    void anUnknownBlasIsAProblemOfTheSettingsNotOfTheTrainer() {
        RunConfig d = RunConfig.defaults();
        RunConfig bogus = new RunConfig(d.arch(), d.hidden(), d.activation(), d.optimizer(), d.learningRate(),
                d.activationLearningRate(), d.momentum(), d.weightDecay(), d.batchSize(), d.epochs(), d.seed(), d.limit(),
                d.init(), "bogus", d.threads());
        assertEquals(1, bogus.problems().size());
        assertTrue(bogus.problems().get(0).startsWith("blas"), bogus.problems().toString());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void theRoutineReadsAsWordsForCaptions() {
        assertEquals("cosine schedule, clip norm 1", RunConfig.defaults().withRoutine("cosine", 1.0).routineLabel());
        assertEquals("step schedule", RunConfig.defaults().withRoutine("step", 0).routineLabel());
        assertEquals("clip norm 0.25", RunConfig.defaults().withRoutine("constant", 0.25).routineLabel());
    }

    @Test
    void aRecordWithoutTheNewFieldsReadsAsBefore() {
        RunConfig c = new RunConfig("mlp", List.of(64), RELU, "adam", 1e-3, 1e-3, 0.9, 0, 64, 1, 1, 0, Init.HE, "auto",
                1, null, null, 0); // as Gson fills a record from an old run file
        assertEquals(List.of(), c.layerActivations());
        assertEquals("constant", c.schedule());
        assertEquals(List.of(), c.problems());
    }
}
