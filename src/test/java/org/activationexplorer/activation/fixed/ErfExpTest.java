package org.activationexplorer.activation.fixed;

import java.util.Random;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.ActivationContract;

class ErfExpTest extends ActivationContract {
    @Override
    protected Activation create(Random random) {
        return new ErfExp();
    }

    /** Python: -x * math.erf(math.exp(-x)). */
    @Override
    protected double[][] referenceValues() {
        return new double[][] {
            {-20.0, 20.0}, {-5.0, 5.0}, {-1.0, 0.9998790689599072}, {0.0, 0.0}, {0.5, -0.3044885721707569},
            {1.0, -0.3971176949815772}, {2.0, -0.30356458128894787}, {5.0, -0.038014219831968156},
            {20.0, -4.651525615486238e-08}, {100.0, -4.197656231354417e-42}};
    }
}
