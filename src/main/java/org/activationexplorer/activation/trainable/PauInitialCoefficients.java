package org.activationexplorer.activation.trainable;

import java.util.List;
import java.util.Map;

/**
 * PAU's initial coefficients (a_0..a_5, b_1..b_4) for each function it can start as: rational_activations'
 * version-A fits on [−3, 3] (spec §5.3); "identity" is exact.
 */
final class PauInitialCoefficients {
    /** The functions, in the order the family lists them; the first is the default. */
    static final List<String> NAMES = List.of("leaky_relu", "relu", "gelu", "silu", "tanh", "sigmoid", "identity");
    private static final Map<String, double[]> TABLE = Map.of(
            "leaky_relu", new double[] {0.029792778657264946, 0.6183735264987601, 2.323309062531321, 3.051936237265109,
                1.4854203263828845, 0.2510244961111299, -1.1419548357285474, 4.393159974992486, 0.8714712309957245,
                0.34719662339598834},
            "relu", new double[] {0.029963801610813613, 0.6168978366891341, 2.37534759733888, 3.0659900472408443,
                1.5246831881677423, 0.2528070864040542, -1.191550121923625, 4.4080487697236626, 0.9110357113686055,
                0.34884977946384615},
            "gelu", new double[] {-0.0012423594497499122, 0.5080497063245629, 0.41586363182937475, 0.13022718688035761,
                0.024355900098993424, 0.00290283948155535, -0.06675015696494944, 0.17927646217001553,
                0.03746682605496631, 1.6561610853276082e-10},
            "silu", new double[] {3.054879741161051e-07, 0.5000007853744493, 0.24999783422824703, 0.05326628273219478,
                0.005803034571292244, 0.0002751961022402342, -4.111554955950634e-06, 0.10652899335007572,
                -1.2690007399796238e-06, 0.0005502331264140556},
            "tanh", new double[] {-1.0804622559204184e-08, 1.0003008043819048, -2.5878199375289335e-08,
                0.09632129918392647, 3.4775841628196104e-09, 0.0004255709234726337, -0.0013027181209176277,
                0.428349017422072, 1.4524304083061898e-09, 0.010796648111337176},
            "sigmoid", new double[] {0.4999992534599381, 0.25002157564685185, 0.14061924500301096, 0.049420492431596394,
                0.00876714851885483, 0.0006442412789159799, 2.1694506382753683e-09, 0.28122766100417684,
                1.0123620714203357e-05, 0.017531988049946},
            "identity", new double[] {0, 1, 0, 0, 0, 0, 0, 0, 0, 0});

    private PauInitialCoefficients() {}

    /** The ten coefficients for `name`, or an IllegalArgumentException listing the valid names. */
    static double[] of(String name) {
        double[] coefficients = TABLE.get(name);
        if (coefficients == null) {
            throw new IllegalArgumentException("pau has no initialisation '" + name + "'; valid: " + NAMES);
        }
        return coefficients;
    }
}
