package org.activationexplorer.activation.trainable;

import java.util.Random;

/** SLAF's initial parameters as the official code draws them: att and K ~ N(0, 1), bias 0.1. */
final class SlafInitial {
    private SlafInitial() {}

    /** att_1..att_k, then `sets` times K_1..K_k, bias; the draws in that order from Random(seed). */
    static float[] parameters(int k, int sets, long seed) {
        float[] theta = new float[k + sets * (k + 1)];
        Random random = new Random(seed);
        for (int i = 0; i < theta.length; i++) {
            theta[i] = (float) random.nextGaussian();
        }
        for (int bias = 2 * k; bias < theta.length; bias += k + 1) {
            theta[bias] = 0.1f;
        }
        return theta;
    }
}
