package org.activationexplorer.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GradientClipTest {

    private static Parameter parameter(Parameter.Kind kind, float... gradient) {
        return new Parameter("p", new float[gradient.length], gradient, kind);
    }

    private static double exactNorm(List<Parameter> ps) {
        double sum = 0;
        for (Parameter p : ps) {
            for (float g : p.gradient()) {
                sum += (double) g * g;
            }
        }
        return Math.sqrt(sum);
    }

    /** Weights, biases and activation parameters of unequal lengths (tails of the 8-wide loop included). */
    private static List<Parameter> randomGradients(double scale) {
        Random random = new Random(3);
        List<Parameter> ps = List.of(parameter(Parameter.Kind.WEIGHT, new float[20_001]),
                parameter(Parameter.Kind.BIAS, new float[13]), parameter(Parameter.Kind.ACTIVATION, new float[5]));
        for (Parameter p : ps) {
            for (int i = 0; i < p.size(); i++) {
                p.gradient()[i] = (float) (scale * random.nextGaussian());
            }
        }
        return ps;
    }

    @Test
    void theNormIsTheL2NormOfEveryGradientTogether() {
        List<Parameter> ps = List.of(parameter(Parameter.Kind.WEIGHT, 3, 0), parameter(Parameter.Kind.ACTIVATION, 4));
        assertEquals(5, new GradientClip(ps).norm(), 1e-12);
        List<Parameter> many = randomGradients(1);
        assertEquals(exactNorm(many), new GradientClip(many).norm(), 1e-6 * exactNorm(many));
    }

    @Test
    void aNormAboveTheLimitIsScaledToExactlyTheLimitKeepingTheDirection() {
        List<Parameter> ps = randomGradients(2);
        float[] activationBefore = ps.get(2).gradient().clone();
        double before = exactNorm(ps);
        assertEquals(before, new GradientClip(ps).clip(1.5), 1e-6 * before, "returns the norm before clipping");
        assertEquals(1.5, exactNorm(ps), 1.5e-6, "the global norm after clipping");
        float[] expected = activationBefore.clone();
        for (int i = 0; i < expected.length; i++) {
            expected[i] *= (float) (1.5 / before);
        }
        assertArrayEquals(expected, ps.get(2).gradient(), 1e-6f, "activation parameters scaled by the same factor");
    }

    @Test
    void aNormAtOrBelowTheLimitIsLeftAlone() {
        List<Parameter> ps = randomGradients(0.001);
        float[] before = ps.get(0).gradient().clone();
        double norm = exactNorm(ps);
        new GradientClip(ps).clip(norm * 1.01);
        assertArrayEquals(before, ps.get(0).gradient());
        new GradientClip(ps).clip(0);
        assertArrayEquals(before, ps.get(0).gradient(), "0 is off");
    }

    @Test
    void gradientsWhoseSquaresOverflowAFloatStillHaveTheirNorm() {
        List<Parameter> ps = List.of(parameter(Parameter.Kind.WEIGHT, 3e20f, 0, 0, 0, 0, 0, 0, 0, 4e20f));
        GradientClip clip = new GradientClip(ps);
        assertEquals(5e20, clip.norm(), 5e20 * 1e-7, "3e20 and 4e20 as floats");
        clip.clip(1);
        assertEquals(1, exactNorm(ps), 1e-6);
    }
}
