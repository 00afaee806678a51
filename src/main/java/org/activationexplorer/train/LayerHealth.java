package org.activationexplorer.train;

/**
 * How well one activation layer passes gradients, measured on one training batch (the per-layer figures the DL4J UI
 * and TF Playground teach with).
 *
 * @param deadFraction      share of the layer's units (neurons, or conv channels) with f′ = 0 for every input of
 *                          the batch: they pass no gradient and do not learn
 * @param saturatedFraction share of the inputs where |f′(x)| is below SATURATED
 * @param meanAbsSlope      mean |f′(x)| over the inputs: the layer's gain on the gradient flowing back
 * @param gradNorm          L2 norm of the loss's gradient with respect to the weights feeding this layer
 * @param updateRatio       log10(‖Δw‖ / ‖w‖) of that step's update to those weights (−∞ if they did not move)
 */
public record LayerHealth(double deadFraction, double saturatedFraction, double meanAbsSlope, double gradNorm,
                          double updateRatio) {
    /** Below this |f′| an input counts as saturated: less than a twentieth of the gradient passes. */
    public static final double SATURATED = 0.05;
}
