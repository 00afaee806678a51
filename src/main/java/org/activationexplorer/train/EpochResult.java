package org.activationexplorer.train;

/** One finished epoch: mean training loss, test loss and accuracy, and training throughput. */
public record EpochResult(int epoch, double trainLoss, double testLoss, double testAccuracy, double samplesPerSecond,
                          double trainSeconds, double evalSeconds) {}
