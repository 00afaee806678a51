package org.activationexplorer.train;

/** Called on the training thread; implementations must return quickly and copy what they keep. */
public interface TrainingListener {
    default void onBatch(int epoch, int batch, double loss) {}

    default void onEpoch(EpochResult result) {}
}
