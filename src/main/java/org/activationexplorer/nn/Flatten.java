package org.activationexplorer.nn;

/** Marks the move from (channels, height, width) to features; arrays are already flat, so it copies nothing. */
public final class Flatten implements Layer {
    private final int size;

    public Flatten(int size) {
        this.size = size;
    }

    @Override
    public float[] forward(float[] x, int batch) {
        return x;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        return needInputGradient ? dy : null;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }

    @Override
    public String describe() {
        return "flatten " + size;
    }
}
