package org.activationexplorer.session;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.nn.SoftmaxCrossEntropy;
import org.activationexplorer.runs.RunNetwork;
import org.activationexplorer.train.Trainer;

/**
 * The first test images (grey or colour, their classes named where the dataset names them) with the network's
 * current answers, refreshed every REFRESH_NANOS of wall time and whenever due() was called (pause, step, stop,
 * epoch end), so the strip never shows a first epoch's guesses for minutes. Between refreshes the same immutable
 * list is returned, and the window repaints only when it changes.
 */
final class Predictions {
    static final long REFRESH_NANOS = 2_000_000_000L;
    private final int count;
    private List<Snapshot.Prediction> shown = List.of();
    private long step = -1;
    private long madeAt;
    private boolean due = true;

    Predictions(int count) {
        this.count = count;
    }

    /** Refresh at the next call. */
    void due() {
        due = true;
    }

    /** The step whose network made the list (-1 before the first). */
    long step() {
        return step;
    }

    /** The current list, first made anew if due or old; trainer null: the list as it is. */
    List<Snapshot.Prediction> refresh(Trainer trainer, long atStep) {
        long now = System.nanoTime();
        if (trainer != null && (due || (now - madeAt > REFRESH_NANOS && atStep != step))) {
            shown = predict(trainer);
            step = atStep;
            madeAt = now;
        }
        due = false;
        return shown;
    }

    private List<Snapshot.Prediction> predict(Trainer trainer) {
        Dataset d = trainer.data();
        int n = Math.min(count, Math.min(d.testSize(), trainer.config().batchSize()));
        float[] logits = trainer.predictTest(n);
        int k = d.classes();
        List<Snapshot.Prediction> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] p = SoftmaxCrossEntropy.probabilities(logits, i * k, k);
            int best = RunNetwork.predicted(p);
            int label = d.testLabels()[i] & 0xFF;
            list.add(new Snapshot.Prediction(i, d.testImagePixels(i), d.channels(), d.rows(), d.cols(), label, best,
                    p[best], d.className(label), d.className(best)));
        }
        return List.copyOf(list);
    }
}
