package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Step;

/**
 * f(x) = relu6(x + 3)/6: a piecewise-linear sigmoid, no exp, 0 below −3 and 1 above 3. f′ = 1/6 on −3 < x < 3 and
 * 0 elsewhere (0 at the kinks, as torch.nn.functional.hardsigmoid). BinaryConnect's older hard sigmoid,
 * clip((x + 1)/2, 0, 1), has the same shape with slope 1/2; this is the MobileNetV3 (and PyTorch) form.
 */
public final class HardSigmoid implements Activation {
    public static final Family FAMILY = Family.fixed("hard_sigmoid", "Hard sigmoid", "f(x) = min(max(0, x + 3), 6)/6",
            "Howard et al.: Searching for MobileNetV3, ICCV 2019, arXiv 1905.02244 (this form, h-sigmoid); "
                    + "earlier with slope 1/2, clip((x + 1)/2, 0, 1): Courbariaux, Bengio, David: BinaryConnect: "
                    + "Training Deep Neural Networks with binary weights during propagations, NeurIPS 2015, "
                    + "arXiv 1511.00363",
            (p, i, s, c) -> new HardSigmoid());
    private static final float SIXTH = 1f / 6;

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = Math.min(Math.max(x[i] + 3f, 0f), 6f) * SIXTH;
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // 1/6 on (−3, 3), branch-free
            dx[i] = dy[i] * SIXTH * Step.positive(3f - Math.abs(x[i]));
        }
    }

    @Override
    public double value(double x, int channel) {
        return Math.min(Math.max(x + 3, 0), 6) / 6; // PyTorch's order of operations, so values agree to the bit
    }

    @Override
    public double derivative(double x, int channel) {
        return Math.abs(x) < 3 ? 1.0 / 6 : 0;
    }
}
