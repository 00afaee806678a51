package org.activationexplorer.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SoftmaxCrossEntropyTest {
    private final Random random = new Random(345);

    @Test
    void equalLogitsGiveLogOfTheClassCount() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(10, 2);
        assertEquals(Math.log(10), loss.forward(new float[20], new int[] {3, 7}, 2), 1e-6);
    }

    @Test
    void gradientMatchesCentralDifference() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(5, 4);
        float[] logits = GradientCheck.random(20, random);
        int[] labels = {0, 4, 2, 2};
        loss.forward(logits, labels, 4);
        float[] grad = loss.backward(labels, 4).clone();
        GradientCheck.check("dlogits", logits, grad, () -> loss.forward(logits, labels, 4), 1e-2, 1e-3, 20, random);
    }

    @Test
    void hugeLogitsStayFinite() {
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(3, 1);
        double value = loss.forward(new float[] {1e30f, -1e30f, 0}, new int[] {1}, 1);
        assertTrue(Double.isFinite(value) && value > 1e29, "loss " + value);
    }
}
