package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.Card;

/**
 * Taylor's starting coefficients a₀…a_K (spec §1.3): the Maclaurin series of a smooth base function, or, for ReLU
 * and leaky ReLU, which have no series at their kink, a uniform least-squares polynomial fit on [−3, 3].
 */
final class TaylorInit {
    private static final double S2PI = 1 / Math.sqrt(2 * Math.PI);
    /** Maclaurin coefficients through x⁹ (degree 9 is the family's maximum). */
    private static final Map<String, double[]> SERIES = Map.of(
            "sigmoid", new double[] {0.5, 0.25, 0, -1 / 48.0, 0, 1 / 480.0, 0, -17 / 80640.0, 0, 31 / 1451520.0},
            "tanh", new double[] {0, 1, 0, -1 / 3.0, 0, 2 / 15.0, 0, -17 / 315.0, 0, 62 / 2835.0},
            "softplus", new double[] {Math.log(2), 0.5, 1 / 8.0, 0, -1 / 192.0, 0, 1 / 2880.0, 0, -17 / 645120.0, 0},
            "silu", new double[] {0, 0.5, 0.25, 0, -1 / 48.0, 0, 1 / 480.0, 0, -17 / 80640.0, 0},
            "gelu", new double[] {0, 0.5, S2PI, 0, -S2PI / 6, 0, S2PI / 40, 0, -S2PI / 336, 0});
    /**
     * Uniform least-squares fits of ReLU on [−3, 3] by degree, from spec §1.3 for degrees 2 and 4; degree 1 is
     * 0.75 + 0.5x (the mean of ReLU there, and ∫x·relu/∫x² = 9/18). ReLU = x/2 + |x|/2 with |x| even, so a fit of
     * odd degree 2m + 1 equals the one of degree 2m: degree 3 uses degree 2's, and 5 to 9 use degree 4's.
     */
    private static final double[] RELU1 = {0.75, 0.5}, RELU2 = {0.281255, 0.5, 0.156247},
            RELU4 = {0.175784, 0.5, 0.273433, 0, -0.015190};
    static final List<String> BASES = List.of("silu", "tanh", "sigmoid", "softplus", "gelu", "relu", "leaky_relu");
    /** Why the ReLU starts have another form than the family's (the card's initForms). */
    static final Map<String, Card.Note> FIT_NOTES = Map.of(
            "relu", new Card.Note(Card.Form.FIT, "a least-squares fit, not a series: ReLU has none at its kink; "
                    + "the uniform fit on [−3, 3] of degree min(K, 4)"),
            "leaky_relu", new Card.Note(Card.Form.FIT, "a least-squares fit, not a series: leaky ReLU has none at "
                    + "its kink; 0.01·x + 0.99 × ReLU's uniform fit on [−3, 3] of degree min(K, 4)"));

    private TaylorInit() {}

    /** The first degree+1 coefficients of the base's series or fit (zeros past its end). */
    static double[] coefficients(String init, int degree) {
        double[] source = switch (init) {
            case "relu" -> reluFit(degree);
            case "leaky_relu" -> leaky(reluFit(degree));
            default -> SERIES.get(init);
        };
        if (source == null) {
            throw new IllegalArgumentException("taylor has no initialisation '" + init + "'; valid: " + BASES);
        }
        double[] a = new double[degree + 1];
        System.arraycopy(source, 0, a, 0, Math.min(source.length, a.length));
        return a;
    }

    private static double[] reluFit(int degree) {
        return degree >= 4 ? RELU4 : degree >= 2 ? RELU2 : RELU1;
    }

    /** leaky(x) = 0.01·x + 0.99·relu(x), so its fit is the same combination of the ReLU fit and x. */
    private static double[] leaky(double[] relu) {
        double[] a = new double[relu.length];
        for (int k = 0; k < a.length; k++) {
            a[k] = 0.99 * relu[k] + (k == 1 ? 0.01 : 0);
        }
        return a;
    }
}
