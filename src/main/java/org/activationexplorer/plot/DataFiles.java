package org.activationexplorer.plot;

import org.activationexplorer.runs.LayerCurve;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.EpochResult;

/** The data behind the charts as CSV, written atomically. */
public final class DataFiles {
    private DataFiles() {}

    /**
     * {@code batch,loss,smoothed}, and {@code NAME-epochs.csv} beside it. Each row averages `stride` batches; batch is
     * the training step at the end of them (stride, 2·stride, …), a whole number.
     */
    public static void lossCsv(float[] losses, int stride, List<EpochResult> epochs, double smoothing, Path file)
            throws IOException {
        StringBuilder b = new StringBuilder("batch,loss,smoothed\n");
        double[] smooth = LossChart.smooth(losses, smoothing);
        for (int i = 0; i < losses.length; i++) {
            b.append(String.format(Locale.ROOT, "%d,%.6g,%.6g%n", (long) (i + 1) * stride, losses[i], smooth[i]));
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
        StringBuilder e = new StringBuilder("epoch,train_loss,test_loss,test_accuracy,samples_per_s\n");
        for (EpochResult r : epochs) {
            e.append(String.format(Locale.ROOT, "%d,%.6g,%.6g,%.6g,%.0f%n", r.epoch(), r.trainLoss(), r.testLoss(),
                    r.testAccuracy(), r.samplesPerSecond()));
        }
        AtomicFiles.write(sibling(file, "-epochs"), e.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code layer,x,y,dy,initial_y,initial_dy}: every layer's sampled curve. */
    public static void curvesCsv(List<LayerSnapshot> layers, Path file) throws IOException {
        StringBuilder b = new StringBuilder("layer,x,y,dy,initial_y,initial_dy\n");
        for (LayerSnapshot l : layers) {
            for (int i = 0; i < l.xs().length; i++) {
                b.append(String.format(Locale.ROOT, "%d,%.6g,%.8g,%.8g,%.8g,%.8g%n", l.index() + 1, l.xs()[i], l.y()[i],
                        l.dy()[i], l.initialY()[i], l.initialDy()[i]));
            }
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code layer,rank,name,kind,r2,max_residual,p0 … p5}: each layer's ranked symbolic fits; p are (a, b, c, d) for a
     * wrapped family, the coefficients for a polynomial or rational (see fit/Candidate.Kind), empty past their count.
     */
    public static void fitsCsv(List<List<Candidate>> fits, Path file) throws IOException {
        StringBuilder b = new StringBuilder("layer,rank,name,kind,r2,max_residual,p0,p1,p2,p3,p4,p5\n");
        for (int l = 0; l < fits.size(); l++) {
            for (int k = 0; k < fits.get(l).size(); k++) {
                Candidate c = fits.get(l).get(k);
                b.append(String.format(Locale.ROOT, "%d,%d,%s,%s,%.8g,%.6g", l + 1, k + 1, c.name(),
                        c.kind().name().toLowerCase(Locale.ROOT), c.r2(), c.maxResidual()));
                double[] p = c.parameters();
                for (int j = 0; j < 6; j++) {
                    b.append(j < p.length ? String.format(Locale.ROOT, ",%.8g", p[j]) : ",");
                }
                b.append('\n');
            }
        }
        AtomicFiles.write(file, b.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** name.csv → name-suffix.csv beside it. */
    public static Path sibling(Path file, String suffix) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
        return file.resolveSibling(stem + suffix + ext);
    }
}
