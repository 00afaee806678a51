package org.activationexplorer.activation;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivationsTest {

    @Test
    void everyRegisteredFamilyHasAContractTestNamedAfterItsClass() {
        for (Family family : Activations.all()) {
            String className = Activations.create(ActivationConfig.of(family.name()), 1).getClass().getName();
            assertDoesNotThrow(() -> Class.forName(className + "Test"), "no test class for " + family.name());
        }
    }

    @Test
    void namesAreUnique() {
        assertEquals(Activations.names().size(), new HashSet<>(Activations.names()).size());
    }

    @Test
    void anUnknownNameListsTheValidOnes() {
        var e = assertThrows(IllegalArgumentException.class, () -> Activations.family("swish2"));
        assertTrue(e.getMessage().contains("swish2") && e.getMessage().contains("relu"), e.getMessage());
    }

    @Test
    void anUnknownHyperparameterIsNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activations.create(new ActivationConfig("relu", Map.of("slope", 0.1), null, null), 1));
        assertTrue(e.getMessage().contains("slope"), e.getMessage());
    }

    @Test
    void integerHyperparametersRejectFractions() {
        var h = Hyperparameter.integer("degree", 3, 1, 9, "degree");
        var e = assertThrows(IllegalArgumentException.class, () -> h.check(2.5));
        assertEquals("degree must be an integer in [1, 9], got 2.5", e.getMessage());
    }
}
