package org.activationexplorer.train;

import java.util.List;

/**
 * One finished epoch: mean training loss, test loss and accuracy, training throughput, and each activation layer's
 * health at the epoch's last batch (empty when not measured, as in run files written before it was).
 */
public record EpochResult(int epoch, double trainLoss, double testLoss, double testAccuracy, double samplesPerSecond,
                          double trainSeconds, double evalSeconds, List<LayerHealth> layers) {

    public EpochResult {
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    /** Without health figures. */
    public EpochResult(int epoch, double trainLoss, double testLoss, double testAccuracy, double samplesPerSecond,
                       double trainSeconds, double evalSeconds) {
        this(epoch, trainLoss, testLoss, testAccuracy, samplesPerSecond, trainSeconds, evalSeconds, List.of());
    }
}
