package org.activationexplorer.activation.trainable;

import java.util.Arrays;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.VectorApi;

/**
 * SLAF's loops over the elements, one path for every layout. A batch is `batch` rows of L = channels·spatial
 * positions. The per-channel terms Slaf computes (power i of channel c at [i·C + c], double) are spread over their
 * channel's positions ("lanes", at [i·L + j], float), so that every loop runs along a row with one term per position:
 * contiguous and vectorised after a convolution as after a dense layer (spatial = 1, where spreading is a copy).
 * Batch sums come back per channel in double: float within a position (over the batch), double across positions.
 *
 * <p>Sums are taken about a centre (row 0's powers for the moments, the mean for Σ g·(x^i − μ)) so that the
 * variance and the gradient sums do not cancel in float. Each row goes to SlafVectorKernel first when the Vector API
 * is present; the loops here, written so that the JIT can vectorise them too, take the rest.
 */
final class SlafLoops {
    private static final boolean VECTOR = VectorApi.PRESENT;
    private final int k, channels;
    /** Per channel, from and to Slaf: forward's c_i (k·C) and offsets (C); backward's A = Σ g (C) and
     *  Σ g·(x^i − μ_i) (k·C); dx's coefficients of P (k·C) and Q (2k·C), and A/M (C). */
    final double[] coef, offset, a, b, p, q, am;
    private final double[] centres, sums, squares; // the moments', per channel
    private int spatial, L;
    private float[] centreLanes, sumLanes, squareLanes, coefLanes, offsetLanes, muLanes, aLanes, bLanes, pLanes,
            qLanes, amLanes;
    private float[] power, tail; // one row's running powers, or Horner sums

    SlafLoops(int k, int channels) {
        this.k = k;
        this.channels = channels;
        coef = new double[k * channels];
        offset = new double[channels];
        a = new double[channels];
        b = new double[k * channels];
        p = new double[k * channels];
        q = new double[2 * k * channels];
        am = new double[channels];
        centres = new double[k * channels];
        sums = new double[k * channels];
        squares = new double[k * channels];
    }

    private void layout(Shape s) {
        if (s.spatial() != spatial) {
            spatial = s.spatial();
            L = channels * spatial;
            centreLanes = new float[k * L];
            sumLanes = new float[k * L];
            squareLanes = new float[k * L];
            coefLanes = new float[k * L];
            offsetLanes = new float[L];
            muLanes = new float[k * L];
            aLanes = new float[L];
            bLanes = new float[k * L];
            pLanes = new float[k * L];
            qLanes = new float[2 * k * L];
            amLanes = new float[L];
            power = new float[L];
            tail = new float[L];
        }
    }

    /** The batch's moments of x^i per (power, channel) into stats (setBatch, then endBatch). */
    void moments(float[] x, Shape s, SlafStatistics stats) {
        if (s.batch() == 0) {
            return;
        }
        layout(s);
        for (int c = 0; c < channels; c++) {
            float v = x[c * spatial], pw = v;
            for (int i = 0; i < k; i++, pw *= v) {
                centres[i * channels + c] = pw; // row 0's powers
            }
        }
        spread(centres, k, centreLanes);
        Arrays.fill(sumLanes, 0);
        Arrays.fill(squareLanes, 0);
        for (int row = 0; row < s.size(); row += L) {
            int j = VECTOR ? SlafVectorKernel.moments(x, row, L, k, centreLanes, sumLanes, squareLanes) : 0;
            System.arraycopy(x, row + j, power, j, L - j);
            for (int i = 0, at = 0; i < k; i++, at += L) {
                for (int e = j; e < L; e++) {
                    float d = power[e] - centreLanes[at + e];
                    sumLanes[at + e] += d;
                    squareLanes[at + e] += d * d;
                    power[e] *= x[row + e];
                }
            }
        }
        gather(sumLanes, k, sums);
        gather(squareLanes, k, squares);
        for (int at = 0; at < k * channels; at++) {
            stats.setBatch(at, centres[at], sums[at], squares[at], (long) s.batch() * spatial);
        }
        stats.endBatch();
    }

    /** y = offset_c + Σ_i coef_{i,c}·x^{i+1} for the element's channel c. */
    void polynomial(float[] x, float[] y, Shape s) {
        layout(s);
        spread(coef, k, coefLanes);
        spread(offset, 1, offsetLanes);
        for (int row = 0; row < s.size(); row += L) {
            int j = VECTOR ? SlafVectorKernel.polynomial(x, y, row, L, k, coefLanes, offsetLanes) : 0;
            System.arraycopy(coefLanes, (k - 1) * L + j, y, row + j, L - j); // Horner in y
            for (int i = k - 2; i >= 0; i--) {
                for (int e = j, at = i * L; e < L; e++) {
                    y[row + e] = y[row + e] * x[row + e] + coefLanes[at + e];
                }
            }
            for (int e = j; e < L; e++) {
                y[row + e] = y[row + e] * x[row + e] + offsetLanes[e];
            }
        }
    }

    /** a_c = Σ dy and b_{i,c} = Σ dy·(x^{i+1} − mu_{i,c}) over each channel's elements. */
    void gradientSums(float[] x, float[] dy, Shape s, double[] mu) {
        layout(s);
        spread(mu, k, muLanes);
        Arrays.fill(aLanes, 0);
        Arrays.fill(bLanes, 0);
        for (int row = 0; row < s.size(); row += L) {
            int j = VECTOR ? SlafVectorKernel.gradientSums(x, dy, row, L, k, muLanes, aLanes, bLanes) : 0;
            for (int e = j; e < L; e++) {
                aLanes[e] += dy[row + e];
                power[e] = x[row + e];
            }
            for (int i = 0, at = 0; i < k; i++, at += L) {
                for (int e = j; e < L; e++) {
                    bLanes[at + e] += dy[row + e] * (power[e] - muLanes[at + e]);
                    power[e] *= x[row + e];
                }
            }
        }
        gather(aLanes, 1, a);
        gather(bLanes, k, b);
    }

    /** dx = (dy − am_c)·P_c(x) − Q_c(x), P with the k coefficients p[d·C + c] of x^d, Q with the 2k of q. */
    void dx(float[] x, float[] dy, float[] dx, Shape s) {
        layout(s);
        spread(p, k, pLanes);
        spread(q, 2 * k, qLanes);
        spread(am, 1, amLanes);
        for (int row = 0; row < s.size(); row += L) {
            int j = VECTOR ? SlafVectorKernel.dx(x, dy, dx, row, L, k, pLanes, qLanes, amLanes) : 0;
            System.arraycopy(pLanes, (k - 1) * L + j, power, j, L - j); // P by Horner in power, Q in tail
            System.arraycopy(qLanes, (2 * k - 1) * L + j, tail, j, L - j);
            for (int d = 2 * k - 2; d >= 0; d--) {
                for (int e = j, at = d * L; e < L; e++) {
                    tail[e] = tail[e] * x[row + e] + qLanes[at + e];
                }
                if (d < k - 1) {
                    for (int e = j, at = d * L; e < L; e++) {
                        power[e] = power[e] * x[row + e] + pLanes[at + e];
                    }
                }
            }
            for (int e = j; e < L; e++) {
                dx[row + e] = (dy[row + e] - amLanes[e]) * power[e] - tail[e];
            }
        }
    }

    /** lanes[t·L + c·spatial + r] = perChannel[t·C + c] for every position r of channel c, t < count. */
    private void spread(double[] perChannel, int count, float[] lanes) {
        for (int t = 0; t < count; t++) {
            for (int c = 0; c < channels; c++) {
                int from = t * L + c * spatial;
                Arrays.fill(lanes, from, from + spatial, (float) perChannel[t * channels + c]);
            }
        }
    }

    /** perChannel[t·C + c] = Σ_r lanes[t·L + c·spatial + r] in double. */
    private void gather(float[] lanes, int count, double[] perChannel) {
        for (int t = 0; t < count; t++) {
            for (int c = 0; c < channels; c++) {
                double sum = 0;
                for (int r = 0, at = t * L + c * spatial; r < spatial; r++) {
                    sum += lanes[at + r];
                }
                perChannel[t * channels + c] = sum;
            }
        }
    }
}
