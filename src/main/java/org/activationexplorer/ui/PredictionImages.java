package org.activationexplorer.ui;

import java.util.Locale;
import org.activationexplorer.session.Snapshot;

/**
 * How the prediction strip shows a test image and its answer, apart from JavaFX so it can be checked without a
 * screen: grey images as ink on paper (MNIST's light ink on black, inverted), colour ones in their own colours.
 */
final class PredictionImages {
    private PredictionImages() {}

    /** The image as opaque ARGB pixels, row-major, rows × cols. */
    static int[] argb(Snapshot.Prediction p) {
        int plane = p.rows() * p.cols();
        byte[] v = p.pixels();
        int[] out = new int[plane];
        for (int i = 0; i < plane; i++) {
            if (p.channels() >= 3) { // red, green, blue planes one after the other
                out[i] = 0xFF000000 | (v[i] & 0xFF) << 16 | (v[plane + i] & 0xFF) << 8 | (v[2 * plane + i] & 0xFF);
            } else {
                int grey = 255 - (v[i] & 0xFF);
                out[i] = 0xFF000000 | grey << 16 | grey << 8 | grey;
            }
        }
        return out;
    }

    /** Under the image: the answer and its probability, "7 98%", "airplane 63%". */
    static String answer(Snapshot.Prediction p) {
        return String.format(Locale.ROOT, "%s %.0f%%", p.predictedName(), 100 * p.confidence());
    }

    /** On pointing at it: the true class as well, "test image 4: cat; answered dog (63 %)". */
    static String detail(Snapshot.Prediction p) {
        return String.format(Locale.ROOT, "test image %d: %s; answered %s (%.0f %%)", p.index() + 1, p.labelName(),
                p.predictedName(), 100 * p.confidence());
    }

    /** The strip's caption: what the images are. */
    static String caption(Snapshot.Prediction p, long step) {
        return (p.channels() == 1 ? "Test digits" : "Test images") + ",\nstep " + step;
    }
}
