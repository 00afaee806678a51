package org.activationexplorer.data;

/**
 * The shape of a dataset's images, as networks take them: channels, then rows, then columns, each channel a
 * row-major plane (channel-major, as CIFAR-10 stores its images and Conv2d reads them).
 */
public record ImageShape(int channels, int rows, int cols) {
    /** MNIST's: one grey channel of 28×28. */
    public static final ImageShape DIGITS = new ImageShape(1, 28, 28);
    /** CIFAR-10's: red, green and blue planes of 32×32. */
    public static final ImageShape CIFAR10 = new ImageShape(3, 32, 32);

    public ImageShape {
        if (channels < 1 || rows < 1 || cols < 1 || (long) channels * rows * cols > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an image shape needs positive sizes that fit in an array, got "
                    + channels + "×" + rows + "×" + cols);
        }
    }

    /** Values per image: channels × rows × cols. */
    public int features() {
        return channels * rows * cols;
    }

    /** Values per channel: rows × cols. */
    public int plane() {
        return rows * cols;
    }

    /** Three channels, read as red, green and blue. */
    public boolean colour() {
        return channels == 3;
    }

    /** "3×32×32". */
    @Override
    public String toString() {
        return channels + "×" + rows + "×" + cols;
    }
}
