package org.activationexplorer.train;

import java.util.Arrays;

/**
 * Per-batch losses in bounded memory: when full, neighbouring pairs are averaged and the stride doubles,
 * so a run of any length keeps at most capacity points spread over the whole run.
 */
public final class LossHistory {
    private final float[] losses;
    private int size;
    private int stride = 1;   // batches per stored point
    private double pending;   // sum of the batches not stored yet
    private int pendingCount;

    public LossHistory(int capacity) {
        if (capacity < 2 || capacity % 2 != 0) {
            throw new IllegalArgumentException("capacity must be even and ≥ 2");
        }
        losses = new float[capacity];
    }

    public void add(double loss) {
        pending += loss;
        if (++pendingCount < stride) {
            return;
        }
        if (size == losses.length) {
            for (int i = 0; i < size / 2; i++) {
                losses[i] = (losses[2 * i] + losses[2 * i + 1]) / 2;
            }
            size /= 2;
            stride *= 2;
            return; // the pending batches now count towards a point of the doubled stride
        }
        losses[size++] = (float) (pending / pendingCount);
        pending = 0;
        pendingCount = 0;
    }

    /** A copy of the stored points. */
    public float[] points() {
        return Arrays.copyOf(losses, size);
    }

    public int stride() {
        return stride;
    }

    /** The trailing mean over up to `window` points at each point, for a smoothed curve. */
    public static float[] movingAverage(float[] v, int window) {
        float[] out = new float[v.length];
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            sum += v[i];
            if (i >= window) {
                sum -= v[i - window];
            }
            out[i] = (float) (sum / Math.min(i + 1, window));
        }
        return out;
    }
}
