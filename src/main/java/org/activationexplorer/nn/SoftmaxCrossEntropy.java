package org.activationexplorer.nn;

/** Mean softmax cross-entropy over a batch of logits, with its gradient (p − onehot)/batch. */
public final class SoftmaxCrossEntropy {
    private final int classes;
    private final float[] probabilities; // (maxBatch, classes)
    private final float[] dlogits;       // (maxBatch, classes)

    public SoftmaxCrossEntropy(int classes, int maxBatch) {
        this.classes = classes;
        this.probabilities = new float[maxBatch * classes];
        this.dlogits = new float[maxBatch * classes];
    }

    /** logits [read] (batch, classes), labels [read]; returns the mean loss; keeps the probabilities for backward. */
    public double forward(float[] logits, int[] labels, int batch) {
        double loss = 0;
        for (int i = 0; i < batch; i++) {
            int row = i * classes;
            float max = Float.NEGATIVE_INFINITY;
            for (int j = 0; j < classes; j++) {
                max = Math.max(max, logits[row + j]);
            }
            double sum = 0; // shifting by the max keeps exp finite (log-sum-exp trick)
            for (int j = 0; j < classes; j++) {
                float e = (float) Math.exp(logits[row + j] - max);
                probabilities[row + j] = e;
                sum += e;
            }
            float inv = (float) (1 / sum);
            for (int j = 0; j < classes; j++) {
                probabilities[row + j] *= inv;
            }
            loss += Math.log(sum) - (logits[row + labels[i]] - max);
        }
        return loss / batch;
    }

    /** Returns dL/dlogits (batch, classes), owned by this object. */
    public float[] backward(int[] labels, int batch) {
        float scale = 1f / batch;
        for (int i = 0; i < batch; i++) {
            int row = i * classes;
            for (int j = 0; j < classes; j++) {
                dlogits[row + j] = probabilities[row + j] * scale;
            }
            dlogits[row + labels[i]] -= scale;
        }
        return dlogits;
    }

    /** Probabilities of the last forward, (batch, classes). */
    public float[] probabilities() {
        return probabilities;
    }

    /** Softmax probabilities of one row of logits (offset, classes), shifted by the largest so exp never overflows. */
    public static double[] probabilities(float[] logits, int offset, int classes) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < classes; j++) {
            max = Math.max(max, logits[offset + j]);
        }
        double[] p = new double[classes];
        double sum = 0;
        for (int j = 0; j < classes; j++) {
            p[j] = Math.exp(logits[offset + j] - max);
            sum += p[j];
        }
        for (int j = 0; j < classes; j++) {
            p[j] /= sum;
        }
        return p;
    }
}
