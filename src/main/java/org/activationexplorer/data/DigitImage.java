package org.activationexplorer.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Any picture of one digit made into a 28×28 image the way MNIST's were made (LeCun et al.): light ink on a dark
 * field, the ink's bounding box scaled to fit 20×20 with its aspect ratio kept and anti-aliased (area averaging),
 * then placed in the 28×28 field with its centre of mass at pixel (14, 14). On MNIST's own test digits the centre
 * of mass (the mean of the pixel indices weighted by value) lies in [13.5, 14.5) and is spread evenly over it, so
 * MNIST was shifted by whole pixels, as here; a fractional shift would resample, and blur, a second time.
 * <p>
 * Made again from themselves, 8942 of MNIST's 10000 test digits come back byte for byte, 1015 more within 5/255
 * (the strongest pixel stretched to 255), and 43 differ by more (a box found one pixel short, or a centre of mass
 * rounded the other way).
 */
public final class DigitImage {
    /** Side of the image made, in pixels. */
    public static final int SIZE = 28;
    /** The longer side of the ink's bounding box after scaling. */
    public static final int BOX = 20;
    /**
     * Share of the ink's contrast a pixel needs to count when finding the box: JPEG noise and the grain of paper
     * stay below it. On MNIST's test digits a threshold of 51/255 still finds the 20-pixel box in 9991 of 10000.
     */
    static final double INK_THRESHOLD = 0.2;
    /** Less contrast than this between the darkest and the lightest shade (of 1) is taken for a blank image. */
    static final double MIN_CONTRAST = 0.1;

    private DigitImage() {}

    /** The image holds no ink to classify: it is one shade, or only noise. */
    public static final class NoInkException extends IllegalArgumentException {
        NoInkException(String message) {
            super(message);
        }
    }

    /**
     * The 28×28 digit (row-major unsigned bytes, 0 background, 255 full ink) from an image as ImageIO reads it.
     * Transparency: where the border is mostly transparent (a drawing exported without a background), opacity is
     * the ink whatever its colour; otherwise the image is seen over white.
     *
     * @throws NoInkException when the image has no ink
     */
    public static byte[] fromImage(BufferedImage image) {
        return fromGray(gray(image), image.getWidth(), image.getHeight());
    }

    /**
     * The 28×28 digit from grey levels in [0,1] (0 black), row-major, dark-on-light or light-on-dark: the shade
     * of the border (its median) is taken for the background.
     *
     * @param gray [read] width × height values, not NaN; outside [0,1] they are clamped
     * @throws NoInkException when the image has no ink
     */
    public static byte[] fromGray(double[] gray, int width, int height) {
        if (width < 1 || height < 1 || gray.length != (long) width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs " + (long) width * height
                    + " grey levels, got " + gray.length);
        }
        double[] ink = ink(gray, width, height);
        int[] box = inkBox(ink, width, height);
        int boxWidth = box[2] - box[0], boxHeight = box[3] - box[1];
        double factor = (double) BOX / Math.max(boxWidth, boxHeight);
        // One new pixel of margin around the box keeps the faint edge the threshold left out (MNIST's digits have
        // one; without it 1 in 100 came back shifted by a pixel), and only that edge: noise further out is dropped
        double margin = 1 / factor;
        int[] crop = {Math.max(0, (int) Math.floor(box[0] - margin)), Math.max(0, (int) Math.floor(box[1] - margin)),
            Math.min(width, (int) Math.ceil(box[2] + margin)), Math.min(height, (int) Math.ceil(box[3] + margin))};
        AreaScaling.Image scaled = AreaScaling.scale(ink, width, box[0] - margin, box[1] - margin, crop, factor,
                scaledSide(boxWidth, factor) + 2, scaledSide(boxHeight, factor) + 2);
        return centred(scaled.values(), scaled.width(), scaled.height());
    }

    /** A side of the box after scaling: the longer one BOX, the other rounded up (a part-covered pixel counts). */
    private static int scaledSide(int side, double factor) {
        return Math.max(1, (int) Math.ceil(side * factor - 1e-9)); // 20.000000001 pixels stay 20
    }

    /**
     * Ink in [0,1] per pixel, light on dark, whichever way round the image was: the background (the border's
     * median shade) and its grain at 0, the strongest ink at 1.
     */
    static double[] ink(double[] gray, int width, int height) {
        double[] g = new double[gray.length];
        for (int i = 0; i < g.length; i++) {
            if (Double.isNaN(gray[i])) {
                throw new IllegalArgumentException("grey level " + i + " is NaN");
            }
            g[i] = Math.min(1, Math.max(0, gray[i]));
        }
        double[] ring = border(g, width, height);
        double background = median(ring);
        double[] deviations = new double[ring.length];
        for (int i = 0; i < ring.length; i++) {
            deviations[i] = Math.abs(ring[i] - background);
        }
        if (background > 0.5) { // dark ink on light paper: turn it round
            for (int i = 0; i < g.length; i++) {
                g[i] = 1 - g[i];
            }
            background = 1 - background;
        }
        // The background's own variation is no ink (paper grain, JPEG noise): three standard deviations of it,
        // estimated from the border's median deviation (which ink touching the border does not sway), are taken
        // off. MNIST's borders are all 0, so nothing is taken off its digits.
        double floor = background + 3 * 1.4826 * median(deviations);
        double peak = Arrays.stream(g).max().orElse(0);
        if (peak - floor < MIN_CONTRAST) {
            throw new NoInkException(peak <= background ? "no ink: the image is one shade"
                    : "no ink: the strongest pixel differs from the background by only "
                    + Math.round((peak - background) * 255) + "/255" + (floor > background ? " (its grain alone by "
                    + Math.round((floor - background) * 255) + "/255)" : ""));
        }
        for (int i = 0; i < g.length; i++) {
            g[i] = Math.max(0, (g[i] - floor) / (peak - floor));
        }
        return g;
    }

    /** [x0, y0, x1, y1) around the pixels whose ink reaches INK_THRESHOLD (there is one: the peak has 1). */
    static int[] inkBox(double[] ink, int width, int height) {
        int x0 = width, y0 = height, x1 = 0, y1 = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ink[y * width + x] >= INK_THRESHOLD) {
                    x0 = Math.min(x0, x);
                    y0 = Math.min(y0, y);
                    x1 = Math.max(x1, x + 1);
                    y1 = Math.max(y1, y + 1);
                }
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    /**
     * The scaled ink in the 28×28 field, shifted by whole pixels so its centre of mass is within half a pixel of
     * (14, 14), stretched so its strongest pixel is 255 (every MNIST test digit reaches at least 250).
     */
    static byte[] centred(double[] scaled, int w, int h) {
        double mass = 0, mx = 0, my = 0, max = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double v = scaled[y * w + x];
                mass += v;
                mx += v * x;
                my += v * y;
                max = Math.max(max, v);
            }
        }
        int dx = (int) Math.round(SIZE / 2.0 - mx / mass);
        int dy = (int) Math.round(SIZE / 2.0 - my / mass);
        byte[] out = new byte[SIZE * SIZE];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int tx = x + dx, ty = y + dy;
                if (tx >= 0 && tx < SIZE && ty >= 0 && ty < SIZE) { // a mass far off-centre may push an edge out
                    out[ty * SIZE + tx] = (byte) Math.round(Math.min(1, scaled[y * w + x] / max) * 255);
                }
            }
        }
        return out;
    }

    /** Grey in [0,1] per pixel, row-major, with transparency resolved as fromImage says. */
    static double[] gray(BufferedImage image) {
        int width = image.getWidth(), height = image.getHeight();
        ColorModel model = image.getColorModel();
        double[] gray = new double[width * height];
        double[] alpha = model.hasAlpha() ? new double[width * height] : null;
        Raster raster = image.getRaster();
        // getRGB would pass a grey image through a gamma curve (linear grey to sRGB) and lighten it; read its samples
        boolean grayScale = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        double grayMax = grayScale ? (1L << model.getComponentSize(0)) - 1 : 255;
        double alphaMax = model.hasAlpha() ? (1L << model.getComponentSize(model.getNumComponents() - 1)) - 1 : 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (grayScale) {
                    gray[i] = raster.getSample(x, y, 0) / grayMax;
                    if (alpha != null) {
                        alpha[i] = raster.getSample(x, y, model.getNumComponents() - 1) / alphaMax;
                    }
                } else {
                    int argb = image.getRGB(x, y);
                    gray[i] = (0.299 * (argb >> 16 & 0xFF) + 0.587 * (argb >> 8 & 0xFF) + 0.114 * (argb & 0xFF)) / 255;
                    if (alpha != null) {
                        alpha[i] = (argb >>> 24) / 255.0;
                    }
                }
            }
        }
        if (alpha == null) {
            return gray;
        }
        boolean transparentBackground = median(border(alpha, width, height)) < 0.5;
        for (int i = 0; i < gray.length; i++) {
            gray[i] = transparentBackground ? alpha[i] : alpha[i] * gray[i] + (1 - alpha[i]);
        }
        return gray;
    }

    /** The outermost ring of pixels (every pixel once, also in an image one pixel wide or high). */
    private static double[] border(double[] values, int width, int height) {
        double[] ring = new double[2 * width + 2 * height];
        int n = 0;
        for (int y = 0; y < height; y++) {
            boolean edgeRow = y == 0 || y == height - 1;
            for (int x = 0; x < width; x += edgeRow || width == 1 ? 1 : width - 1) {
                ring[n++] = values[y * width + x];
            }
        }
        return Arrays.copyOf(ring, n);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
