package org.activationexplorer.activation.fixed;

import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.Step;

/**
 * f(x) = x·relu6(x + 3)/6: SiLU's shape (x times a gate) with the hard sigmoid as the gate, so no exp. 0 below −3,
 * x above 3, x(x + 3)/6 between, with its minimum −3/8 at x = −3/2. f′ = 0 for x &lt; −3, (2x + 3)/6 on
 * [−3, 3] and 1 above; at the kinks ±3 it takes the middle piece's value, as torch.nn.functional.hardswish does.
 */
public final class HardSwish implements Activation {
    public static final Family FAMILY = Family.fixed("hard_swish", "Hard swish", "f(x) = x·min(max(0, x + 3), 6)/6",
            "Howard et al.: Searching for MobileNetV3, ICCV 2019, arXiv 1905.02244 (h-swish)",
            (p, i, s, c) -> new HardSwish());
    private static final float SIXTH = 1f / 6;

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public void forward(float[] x, float[] y, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) {
            y[i] = x[i] * Math.min(Math.max(x[i] + 3f, 0f), 6f) * SIXTH;
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape shape) {
        for (int i = 0, n = shape.size(); i < n; i++) { // (2x + 3)/6 on |x| ≤ 3, plus 1 above 3: sign-bit steps
            float v = x[i], middle = 1 - Step.positive(Math.abs(v) - 3f), above = Step.positive(v - 3f);
            dx[i] = dy[i] * (middle * (v * (1f / 3) + 0.5f) + above);
        }
    }

    @Override
    public double value(double x, int channel) {
        return x * Math.min(Math.max(x + 3, 0), 6) / 6; // PyTorch's order of operations, so values agree to the bit
    }

    @Override
    public double derivative(double x, int channel) {
        return x < -3 ? 0 : x <= 3 ? x / 3 + 0.5 : 1;
    }
}
