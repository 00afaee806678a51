package org.activationexplorer.nn;

import java.util.List;
import org.activationexplorer.activation.Activation;
import org.activationexplorer.activation.Family;
import org.activationexplorer.activation.Shape;

/** A test-only trainable family, f(x) = a_c·tanh(x) with one a per channel, to check parameter plumbing. */
final class ScaledTanh implements Activation {
    static final Family FAMILY = new Family("scaled_tanh", "a·tanh", "f(x) = a·tanh(x)", "test", true, List.of(),
            List.of(), (params, init, sharing, channels) -> new ScaledTanh(channels));
    private final float[] a;
    private final float[] da;

    ScaledTanh(int channels) {
        a = new float[channels];
        da = new float[channels];
        for (int c = 0; c < channels; c++) {
            a[c] = 0.8f + 0.1f * c;
        }
    }

    @Override
    public Family family() {
        return FAMILY;
    }

    @Override
    public float[] parameters() {
        return a;
    }

    @Override
    public float[] parameterGradients() {
        return da;
    }

    @Override
    public void forward(float[] x, float[] y, Shape s) {
        for (int n = 0, i = 0; n < s.batch(); n++) {
            for (int c = 0; c < s.channels(); c++) {
                for (int q = 0; q < s.spatial(); q++, i++) {
                    y[i] = a[c] * (float) Math.tanh(x[i]);
                }
            }
        }
    }

    @Override
    public void backward(float[] x, float[] y, float[] dy, float[] dx, Shape s) {
        for (int n = 0, i = 0; n < s.batch(); n++) {
            for (int c = 0; c < s.channels(); c++) {
                for (int q = 0; q < s.spatial(); q++, i++) {
                    float t = (float) Math.tanh(x[i]);
                    dx[i] = dy[i] * a[c] * (1 - t * t);
                    da[c] += dy[i] * t;
                }
            }
        }
    }

    @Override
    public double value(double x, int channel) {
        return a[channel] * Math.tanh(x);
    }

    @Override
    public double derivative(double x, int channel) {
        double t = Math.tanh(x);
        return a[channel] * (1 - t * t);
    }
}
