package org.activationexplorer.data;

import java.util.SplittableRandom;

/**
 * Seeded minibatches over (images, labels) without per-batch allocation: x() and labels() are buffers reused by
 * every batch. One instance serves one thread.
 */
public final class Batches {

    // The 64-bit golden ratio spreads consecutive seeds apart before the epoch is added
    private static final long SEED_MIX = 0x9E3779B97F4A7C15L;

    private final float[] images;
    private final byte[] labelSource;
    private final int count;
    private final int features;
    private final int batchSize;
    private final long seed;
    private final boolean shuffle;
    private final int[] order;
    private final float[] x;
    private final int[] labels;
    private int cursor;
    private int size;
    private int batchIndex;

    /**
     * Starts at epoch 0, so a single pass needs no startEpoch call.
     *
     * @param images  [kept, read] (count, features) row-major
     * @param labels  [kept, read] (count), unsigned bytes
     * @param shuffle false walks in order (used for evaluation)
     */
    public Batches(float[] images, byte[] labels, int count, int features, int batchSize, long seed,
                   boolean shuffle) {
        if (count < 1 || features < 1 || batchSize < 1) {
            throw new IllegalArgumentException(
                    "count, features and batchSize must be positive: " + count + ", " + features + ", " + batchSize);
        }
        if ((long) count * features > images.length || count > labels.length) {
            throw new IllegalArgumentException(count + " samples of " + features + " features need "
                    + (long) count * features + " pixels and " + count + " labels, have " + images.length + " and "
                    + labels.length);
        }
        this.images = images;
        this.labelSource = labels;
        this.count = count;
        this.features = features;
        this.batchSize = batchSize;
        this.seed = seed;
        this.shuffle = shuffle;
        this.order = new int[count];
        this.x = new float[Math.multiplyExact(batchSize, features)];
        this.labels = new int[batchSize];
        startEpoch(0);
    }

    /**
     * Starts epoch {@code epoch} (0-based). The order is a pure function of (seed, epoch), so a run is reproducible
     * and resuming at an epoch gives the same order.
     */
    public void startEpoch(int epoch) {
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        if (shuffle) {
            SplittableRandom random = new SplittableRandom(seed * SEED_MIX + epoch);
            for (int i = count - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        cursor = 0;
        size = 0;
        batchIndex = -1;
    }

    /**
     * Fills x() and labels() with the next batch; false at the end of the epoch, leaving them as they were. The
     * last batch may be smaller (size()).
     */
    public boolean next() {
        if (cursor >= count) {
            return false;
        }
        size = Math.min(batchSize, count - cursor);
        for (int i = 0; i < size; i++) {
            int sample = order[cursor + i];
            System.arraycopy(images, sample * features, x, i * features, features);
            labels[i] = labelSource[sample] & 0xFF;
        }
        cursor += size;
        batchIndex++;
        return true;
    }

    /** (batchSize, features), the same array for every batch; only the first size() * features are valid. */
    public float[] x() {
        return x;
    }

    /** (batchSize), the same array for every batch; only the first size() are valid. */
    public int[] labels() {
        return labels;
    }

    /** Samples in the current batch. */
    public int size() {
        return size;
    }

    /** The 0-based index of the current batch within the epoch; -1 before the first next(). */
    public int batchIndex() {
        return batchIndex;
    }

    public int batchesPerEpoch() {
        return (count - 1) / batchSize + 1;
    }
}
