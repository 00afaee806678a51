package org.activationexplorer.nn;

import java.util.Random;

/** Weight initialisation schemes; biases start at zero except for PYTORCH, which mimics torch.nn defaults. */
public enum Init {
    /** He et al. 2015: U(±√(6/fan_in)), keeps ReLU activations' variance. */
    HE,
    /** Glorot and Bengio 2010: U(±√(6/(fan_in+fan_out))), for symmetric saturating activations. */
    XAVIER,
    /** torch.nn.Linear/Conv2d defaults: weights and biases U(±1/√fan_in). */
    PYTORCH;

    public void fillWeights(float[] w, int fanIn, int fanOut, Random random) {
        double bound = switch (this) {
            case HE -> Math.sqrt(6.0 / fanIn);
            case XAVIER -> Math.sqrt(6.0 / (fanIn + fanOut));
            case PYTORCH -> 1 / Math.sqrt(fanIn);
        };
        uniform(w, bound, random);
    }

    public void fillBiases(float[] b, int fanIn, Random random) {
        if (this == PYTORCH) {
            uniform(b, 1 / Math.sqrt(fanIn), random);
        }
    }

    private static void uniform(float[] a, double bound, Random random) {
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) ((2 * random.nextDouble() - 1) * bound);
        }
    }
}
