package org.activationexplorer.activation.trainable;

import java.util.Arrays;
import org.activationexplorer.activation.Shape;
import org.activationexplorer.activation.special.VectorApi;

/**
 * SLAF's loops over the elements: one path, which sees the array as rows of up to L positions, with a term per
 * position. The per-channel terms Slaf computes (power i of channel c at [i·C + c], double) are spread over the
 * positions (at [i·L + j], float), and sums over the rows come back per channel in double. Two layouts:
 * <ul>
 * <li>after a dense layer, (batch, C, 1): the rows are the batch's, L = C, one position per channel;</li>
 * <li>after a convolution, channel-major (ActivationLayer passes it as (1, C, batch·spatial)), or any spatial &gt; 1:
 *     channel by channel, its runs of `spatial` elements cut into rows of L = min(BLOCK, spatial) positions, all with
 *     the channel's terms. (Spread over all C·batch·spatial positions instead, as one row, LeNet-5's terms filled
 *     megabytes a call: gathering the sums back alone took 0.7 ms a call, more than all the rest.)</li>
 * </ul>
 * Sums are float per position over the rows, double across positions, taken about a centre (channel's first
 * element's powers for the moments, the mean for Σ g·(x^i − μ)) so that the variance and the gradient sums do not
 * cancel in float. Each row goes to SlafVectorKernel first when the Vector API is present; the loops here, element by
 * element as its twin, take the rest of the row (or all of it without the Vector API).
 */
final class SlafLoops {
    private static final boolean VECTOR = VectorApi.PRESENT;
    private static final int BLOCK = 256; // positions of a row cut from a channel's runs: lanes of 1 kB per term, in L1
    private final int k, channels;
    /** Per channel, from and to Slaf: forward's c_i (k·C) and offsets (C); backward's A = Σ g (C) and
     *  Σ g·(x^i − μ_i) (k·C); dx's coefficients of P (k·C) and Q (2k·C), and A/M (C). */
    final double[] coef, offset, a, b, p, q, am;
    private final double[] centres, sums, squares; // the moments', per channel
    private boolean dense;
    private int spatial, L, rowsPerRun, rows, groups; // groups: channels served one at a time (1 when dense)
    private float[] centreLanes, sumLanes, squareLanes, coefLanes, offsetLanes, muLanes, aLanes, bLanes, pLanes,
            qLanes, amLanes;

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
        int width = s.spatial() == 1 ? channels : Math.min(BLOCK, s.spatial());
        if (width != L) {
            L = width;
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
        }
        dense = s.spatial() == 1;
        spatial = s.spatial();
        rowsPerRun = (spatial + L - 1) / L;
        rows = dense ? s.batch() : s.batch() * rowsPerRun;
        groups = dense ? 1 : channels;
    }

    /** Where row r of group g starts in the array. */
    private int start(int g, int r) {
        return dense ? r * L : ((r / rowsPerRun) * channels + g) * spatial + (r % rowsPerRun) * L;
    }

    /** Positions in row r: L, or the rest of a run. */
    private int length(int r) {
        return dense ? L : Math.min(L, spatial - (r % rowsPerRun) * L);
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
                centres[i * channels + c] = pw; // the channel's first element's powers
            }
        }
        for (int g = 0; g < groups; g++) {
            spread(centres, k, centreLanes, g);
            Arrays.fill(sumLanes, 0);
            Arrays.fill(squareLanes, 0);
            for (int r = 0; r < rows; r++) {
                int row = start(g, r), n = length(r);
                int j = VECTOR ? SlafVectorKernel.moments(x, row, n, L, k, centreLanes, sumLanes, squareLanes) : 0;
                for (int e = j; e < n; e++) {
                    float v = x[row + e], pw = v;
                    for (int at = e; at < k * L; at += L, pw *= v) {
                        float d = pw - centreLanes[at];
                        sumLanes[at] += d;
                        squareLanes[at] += d * d;
                    }
                }
            }
            gather(sumLanes, k, sums, g);
            gather(squareLanes, k, squares, g);
        }
        for (int at = 0; at < k * channels; at++) {
            stats.setBatch(at, centres[at], sums[at], squares[at], (long) s.batch() * spatial);
        }
        stats.endBatch();
    }

    /** y = offset_c + Σ_i coef_{i,c}·x^{i+1} for the element's channel c. */
    void polynomial(float[] x, float[] y, Shape s) {
        layout(s);
        for (int g = 0; g < groups; g++) {
            spread(coef, k, coefLanes, g);
            spread(offset, 1, offsetLanes, g);
            for (int r = 0; r < rows; r++) {
                int row = start(g, r), n = length(r);
                int j = VECTOR ? SlafVectorKernel.polynomial(x, y, row, n, L, k, coefLanes, offsetLanes) : 0;
                for (int e = j; e < n; e++) {
                    float v = x[row + e], h = coefLanes[(k - 1) * L + e];
                    for (int at = (k - 2) * L + e; at >= 0; at -= L) {
                        h = h * v + coefLanes[at];
                    }
                    y[row + e] = h * v + offsetLanes[e];
                }
            }
        }
    }

    /** a_c = Σ dy and b_{i,c} = Σ dy·(x^{i+1} − mu_{i,c}) over each channel's elements. */
    void gradientSums(float[] x, float[] dy, Shape s, double[] mu) {
        layout(s);
        for (int g = 0; g < groups; g++) {
            spread(mu, k, muLanes, g);
            Arrays.fill(aLanes, 0);
            Arrays.fill(bLanes, 0);
            for (int r = 0; r < rows; r++) {
                int row = start(g, r), n = length(r);
                int j = VECTOR ? SlafVectorKernel.gradientSums(x, dy, row, n, L, k, muLanes, aLanes, bLanes) : 0;
                for (int e = j; e < n; e++) {
                    float v = x[row + e], gr = dy[row + e], pw = v;
                    aLanes[e] += gr;
                    for (int at = e; at < k * L; at += L, pw *= v) {
                        bLanes[at] += gr * (pw - muLanes[at]);
                    }
                }
            }
            gather(aLanes, 1, a, g);
            gather(bLanes, k, b, g);
        }
    }

    /** dx = (dy − am_c)·P_c(x) − Q_c(x), P with the k coefficients p[d·C + c] of x^d, Q with the 2k of q. */
    void dx(float[] x, float[] dy, float[] dx, Shape s) {
        layout(s);
        for (int g = 0; g < groups; g++) {
            spread(p, k, pLanes, g);
            spread(q, 2 * k, qLanes, g);
            spread(am, 1, amLanes, g);
            for (int r = 0; r < rows; r++) {
                int row = start(g, r), n = length(r);
                int j = VECTOR ? SlafVectorKernel.dx(x, dy, dx, row, n, L, k, pLanes, qLanes, amLanes) : 0;
                for (int e = j; e < n; e++) {
                    float v = x[row + e], pv = pLanes[(k - 1) * L + e], qv = qLanes[(2 * k - 1) * L + e];
                    for (int at = (k - 2) * L + e; at >= 0; at -= L) {
                        pv = pv * v + pLanes[at];
                    }
                    for (int at = (2 * k - 2) * L + e; at >= 0; at -= L) {
                        qv = qv * v + qLanes[at];
                    }
                    dx[row + e] = (dy[row + e] - amLanes[e]) * pv - qv;
                }
            }
        }
    }

    /** Group g's terms t < count over the positions: dense, each channel's at its position; else channel g's at all. */
    private void spread(double[] perChannel, int count, float[] lanes, int g) {
        for (int t = 0; t < count; t++) {
            if (dense) {
                for (int c = 0; c < channels; c++) {
                    lanes[t * L + c] = (float) perChannel[t * channels + c];
                }
            } else {
                Arrays.fill(lanes, t * L, t * L + L, (float) perChannel[t * channels + g]);
            }
        }
    }

    /** The sums per position back into group g's channels, in double. */
    private void gather(float[] lanes, int count, double[] perChannel, int g) {
        for (int t = 0; t < count; t++) {
            if (dense) {
                for (int c = 0; c < channels; c++) {
                    perChannel[t * channels + c] = lanes[t * L + c];
                }
            } else {
                double sum = 0;
                for (int j = 0; j < L; j++) {
                    sum += lanes[t * L + j];
                }
                perChannel[t * channels + g] = sum;
            }
        }
    }
}
