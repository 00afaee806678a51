package org.activationexplorer.train;

/** Mean loss and accuracy of a network over a labelled set. */
public record Evaluation(double loss, double accuracy, int count) {}
