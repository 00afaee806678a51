package org.activationexplorer.data;

/**
 * Per channel, the mean and standard deviation of unsigned-byte pixels read as values in [0,1], and the
 * normalisation (p - mean) / std they define. A grey dataset has one channel, and its statistics are those of all
 * its pixels (as before colour datasets); a colour one (CIFAR-10) has one mean and deviation for each of red, green
 * and blue, the usual choice for it, since the three planes differ (blue is darker on average).
 */
final class PixelNormalisation {

    private final double[] mean;
    private final double[] std;
    private final int plane;

    private PixelNormalisation(double[] mean, double[] std, int plane) {
        this.mean = mean;
        this.std = std;
        this.plane = plane;
    }

    /**
     * Population statistics of each channel of whole images of `shape`.
     *
     * @param pixels [read] unsigned bytes, image after image, each channel-major; at least one image
     */
    static PixelNormalisation of(byte[] pixels, ImageShape shape) {
        int channels = shape.channels(), plane = shape.channels() == 1 ? 1 : shape.plane();
        if (channels > 1 && pixels.length % shape.features() != 0) {
            throw new IllegalArgumentException(pixels.length + " pixels are not whole images of " + shape);
        }
        // A histogram of the 256 values gives exact sums in one cheap pass; summing 47 M floats would drift
        long[][] counts = new long[channels][256];
        for (int i = 0; i < pixels.length; i++) {
            counts[channels == 1 ? 0 : i / plane % channels][pixels[i] & 0xFF]++;
        }
        double[] mean = new double[channels], std = new double[channels];
        for (int c = 0; c < channels; c++) {
            double n = pixels.length / (double) channels;
            double sum = 0;
            for (int v = 0; v < 256; v++) {
                sum += counts[c][v] * (v / 255.0);
            }
            mean[c] = sum / n;
            double squares = 0;
            for (int v = 0; v < 256; v++) {
                double d = v / 255.0 - mean[c];
                squares += counts[c][v] * d * d;
            }
            std[c] = Math.sqrt(squares / n);
        }
        return new PixelNormalisation(mean, std, plane);
    }

    int channels() {
        return mean.length;
    }

    double mean(int channel) {
        return mean[channel];
    }

    double std(int channel) {
        return std[channel];
    }

    /**
     * The normalised pixels as floats.
     *
     * @param pixels [read] unsigned bytes; with several channels, whole images
     */
    float[] normalise(byte[] pixels) {
        int channels = mean.length;
        if (channels > 1 && pixels.length % (channels * plane) != 0) {
            throw new IllegalArgumentException(pixels.length + " pixels are not whole images of " + channels
                    + " channels of " + plane);
        }
        float[][] tables = new float[channels][256];
        for (int c = 0; c < channels; c++) {
            // Images of a single constant value have std 0; dividing by 1 instead keeps them finite (all zero)
            double scale = std[c] > 0 ? std[c] : 1;
            for (int v = 0; v < 256; v++) {
                tables[c][v] = (float) ((v / 255.0 - mean[c]) / scale);
            }
        }
        float[] out = new float[pixels.length];
        if (channels == 1) {
            float[] table = tables[0];
            for (int i = 0; i < pixels.length; i++) {
                out[i] = table[pixels[i] & 0xFF];
            }
            return out;
        }
        for (int start = 0; start < pixels.length; start += plane) { // one plane at a time: one table for it
            float[] table = tables[start / plane % channels];
            for (int i = start; i < start + plane; i++) {
                out[i] = table[pixels[i] & 0xFF];
            }
        }
        return out;
    }
}
