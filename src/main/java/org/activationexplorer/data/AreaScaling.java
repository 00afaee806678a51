package org.activationexplorer.data;

/**
 * Resizing by area averaging: each new pixel is the mean of the old image over the area it covers, old pixels cut
 * by its edges counting in part. It is the anti-aliasing MNIST's makers describe, it keeps the ink's total in
 * proportion, and at a factor of 1 on whole-pixel edges it changes nothing (an MNIST digit comes back as it was).
 */
final class AreaScaling {
    private AreaScaling() {}

    /** Values row-major, width × height. */
    record Image(double[] values, int width, int height) {}

    /**
     * A width × height image whose pixel (i, j) is the mean of `source` over [x + i / factor, x + (i + 1) / factor)
     * × [y + j / factor, y + (j + 1) / factor): source scaled by factor from the point (x, y) on, which may lie
     * between pixels. Only source pixels inside crop count; the rest is taken as 0.
     *
     * @param source [read] sourceWidth values a row
     * @param crop   {x0, y0, x1, y1}: the source pixels that count, x1 and y1 excluded
     */
    static Image scale(double[] source, int sourceWidth, double x, double y, int[] crop, double factor, int width,
                       int height) {
        // rows first: each source row of the crop averaged into `width` columns
        int rowsHigh = crop[3] - crop[1];
        double[] rows = new double[rowsHigh * width];
        for (int r = 0; r < rowsHigh; r++) {
            int offset = (crop[1] + r) * sourceWidth;
            for (int i = 0; i < width; i++) {
                rows[r * width + i] = average(source, offset, 1, crop[0], crop[2], x, i, factor);
            }
        }
        double[] out = new double[width * height];
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < height; j++) {
                out[j * width + i] = average(rows, i - crop[1] * width, width, crop[1], crop[3], y, j, factor);
            }
        }
        return new Image(out, width, height);
    }

    /**
     * The mean, over the span [start + target / factor, start + (target + 1) / factor) that new pixel `target`
     * covers, of the values at offset + k * stride for the old pixels k in [from, to), each weighted by how much of
     * it lies in the span.
     */
    private static double average(double[] values, int offset, int stride, int from, int to, double start,
                                  int target, double factor) {
        double lo = start + target / factor, hi = start + (target + 1) / factor;
        double sum = 0;
        int last = Math.min(to, (int) Math.ceil(hi));
        for (int k = Math.max(from, (int) Math.floor(lo)); k < last; k++) {
            double overlap = Math.min(hi, k + 1) - Math.max(lo, k);
            if (overlap > 0) {
                sum += overlap * values[offset + k * stride];
            }
        }
        return sum * factor; // the span is 1 / factor old pixels long
    }
}
