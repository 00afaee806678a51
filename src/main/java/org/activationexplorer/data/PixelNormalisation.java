package org.activationexplorer.data;

/**
 * The mean and standard deviation of unsigned-byte pixels read as values in [0,1], and the normalisation
 * (p - mean) / std they define.
 */
final class PixelNormalisation {

    private final double mean;
    private final double std;

    private PixelNormalisation(double mean, double std) {
        this.mean = mean;
        this.std = std;
    }

    /**
     * Population statistics of the pixels.
     *
     * @param pixels [read] unsigned bytes, at least one
     */
    static PixelNormalisation of(byte[] pixels) {
        // A histogram of the 256 values gives exact sums in one cheap pass; summing 47 M floats would drift
        long[] counts = new long[256];
        for (byte b : pixels) {
            counts[b & 0xFF]++;
        }
        double n = pixels.length;
        double sum = 0;
        for (int v = 0; v < 256; v++) {
            sum += counts[v] * (v / 255.0);
        }
        double mean = sum / n;
        double squares = 0;
        for (int v = 0; v < 256; v++) {
            double d = v / 255.0 - mean;
            squares += counts[v] * d * d;
        }
        return new PixelNormalisation(mean, Math.sqrt(squares / n));
    }

    double mean() {
        return mean;
    }

    double std() {
        return std;
    }

    /**
     * The normalised pixels as floats.
     *
     * @param pixels [read] unsigned bytes
     */
    float[] normalise(byte[] pixels) {
        // Images of a single constant value have std 0; dividing by 1 instead keeps them finite (all zero)
        double scale = std > 0 ? std : 1;
        float[] table = new float[256];
        for (int v = 0; v < 256; v++) {
            table[v] = (float) ((v / 255.0 - mean) / scale);
        }
        float[] out = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            out[i] = table[pixels[i] & 0xFF];
        }
        return out;
    }
}
