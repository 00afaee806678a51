package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A training and a test set of equally sized images (grey, or colour as channel-major planes) with their labels,
 * pixels normalised with the training set's statistics, per channel. The image and label arrays are returned as
 * they are, not copied (the training images alone are 188 MB for MNIST, 614 MB for CIFAR-10): read them, never
 * write to them.
 */
public final class Dataset {

    private final String name;
    private final ImageShape shape;
    private final int classes;
    private final List<String> classNames;
    private final PixelNormalisation normalisation;
    private final float[] trainImages;
    private final byte[] trainLabels;
    private final float[] testImages;
    private final byte[] testLabels;
    private final byte[] testPixels;

    private Dataset(String name, ImageShape shape, int classes, List<String> classNames,
                    PixelNormalisation normalisation, float[] trainImages, byte[] trainLabels, float[] testImages,
                    byte[] testLabels, byte[] testPixels) {
        this.name = name;
        this.shape = shape;
        this.classes = classes;
        this.classNames = List.copyOf(classNames);
        this.normalisation = normalisation;
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
        this.testPixels = testPixels;
    }

    /**
     * Loads a dataset folder of either kind DatasetKind.of recognises: MNIST's layout (four IDX files, see
     * IdxDataset) or CIFAR-10's binary version (see CifarDataset).
     *
     * @throws IdxFormatException   for an MNIST-layout folder with a missing or damaged file, or a folder of neither
     *                              kind (naming the files looked for)
     * @throws CifarFormatException for a CIFAR-10 folder with a missing or damaged file
     */
    public static Dataset load(Path folder) throws IOException {
        return switch (DatasetKind.of(folder)) {
            case IDX -> IdxDataset.load(folder);
            case CIFAR10 -> CifarDataset.load(folder);
        };
    }

    /**
     * A dataset of raw images, normalised with the training images' statistics per channel.
     *
     * @param classNames   [read] one name per class, or empty where the classes are known by number (digits)
     * @param trainPixels  [read] whole images of `shape`, unsigned bytes; not kept
     * @param trainLabels  [kept] one per training image, each below classes
     * @param testPixels   [kept] whole images of `shape`
     * @param testLabels   [kept] one per test image
     */
    static Dataset of(String name, ImageShape shape, int classes, List<String> classNames, byte[] trainPixels,
                      byte[] trainLabels, byte[] testPixels, byte[] testLabels) {
        if (!classNames.isEmpty() && classNames.size() != classes) {
            throw new IllegalArgumentException(classNames.size() + " class names for " + classes + " classes");
        }
        PixelNormalisation normalisation = PixelNormalisation.of(trainPixels, shape);
        return new Dataset(name, shape, classes, classNames, normalisation, normalisation.normalise(trainPixels),
                trainLabels, normalisation.normalise(testPixels), testLabels, testPixels);
    }

    /** The folder's name, e.g. "mnist". */
    static String nameOf(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path last = absolute.getFileName();
        return last == null ? absolute.toString() : last.toString();
    }

    /** The folder's name, e.g. "mnist". */
    public String name() {
        return name;
    }

    /** Channels, rows and columns of every image. */
    public ImageShape shape() {
        return shape;
    }

    /** 1 for grey images, 3 for colour (red, green, blue planes). */
    public int channels() {
        return shape.channels();
    }

    public int rows() {
        return shape.rows();
    }

    public int cols() {
        return shape.cols();
    }

    /** Values per image: channels * rows * cols. */
    public int features() {
        return shape.features();
    }

    /**
     * MNIST layout: the largest training label plus one (every class below it has training images, and the test
     * labels reach the same class: see ClassLabels); CIFAR-10: its 10 classes.
     */
    public int classes() {
        return classes;
    }

    /** The classes' names (CIFAR-10's "airplane", "automobile", …), or empty where they are numbers (digits). */
    public List<String> classNames() {
        return classNames;
    }

    /** Class `label` in words: its name, or its number where the classes have no names. */
    public String className(int label) {
        Objects.checkIndex(label, classes);
        return classNames.isEmpty() ? String.valueOf(label) : classNames.get(label);
    }

    public int trainSize() {
        return trainLabels.length;
    }

    public int testSize() {
        return testLabels.length;
    }

    /**
     * (trainSize, features) row-major: pixels scaled to [0,1], then normalised to (p - mean(c)) / std(c) with c the
     * pixel's channel. Not a copy.
     */
    public float[] trainImages() {
        return trainImages;
    }

    /** (trainSize) labels, unsigned: read them with {@code b & 0xFF}. Not a copy. */
    public byte[] trainLabels() {
        return trainLabels;
    }

    /** (testSize, features), normalised with the training statistics like trainImages(). Not a copy. */
    public float[] testImages() {
        return testImages;
    }

    /** (testSize) labels, unsigned. Not a copy. */
    public byte[] testLabels() {
        return testLabels;
    }

    /** The mean of the first (for grey images, the only) channel's training pixels scaled to [0,1] (MNIST: 0.1307). */
    public float mean() {
        return mean(0);
    }

    /** The standard deviation of the first (grey: the only) channel's training pixels in [0,1] (MNIST: 0.3081). */
    public float std() {
        return std(0);
    }

    /** The mean of channel c's training pixels scaled to [0,1] (CIFAR-10's red: 0.4914). */
    public float mean(int channel) {
        return (float) normalisation.mean(channel);
    }

    /** The standard deviation of channel c's training pixels scaled to [0,1] (CIFAR-10's red: 0.2470). */
    public float std(int channel) {
        return (float) normalisation.std(channel);
    }

    /**
     * Raw unsigned-byte pixels (any number of whole images) normalised exactly as the training and test images were:
     * a network trained on this dataset sees a new image as it saw those (the same doubles, rounded once to float).
     */
    public float[] normalise(byte[] pixels) {
        return normalisation.normalise(pixels);
    }

    /**
     * The first n training images (n <= trainSize), test set unchanged; used for quick runs (--limit). Shares
     * nothing mutable. The normalisation, mean(), std() and classes() stay those of the full dataset, so a
     * limited run sees the same inputs and has the same outputs as a full one.
     */
    public Dataset limitTrain(int n) {
        if (n < 1 || n > trainSize()) {
            throw new IllegalArgumentException("limit " + n + " is outside 1.." + trainSize());
        }
        return new Dataset(name, shape, classes, classNames, normalisation, Arrays.copyOf(trainImages, n * features()),
                Arrays.copyOf(trainLabels, n), testImages.clone(), testLabels.clone(), testPixels.clone());
    }

    /**
     * Raw pixel bytes of test image i (for the UI's prediction strip): a new array of features() bytes, channel
     * after channel.
     */
    public byte[] testImagePixels(int i) {
        Objects.checkIndex(i, testSize());
        return Arrays.copyOfRange(testPixels, i * features(), (i + 1) * features());
    }

    @Override
    public String toString() {
        String size = shape.channels() == 1 ? shape.rows() + "x" + shape.cols() : shape.toString();
        return name + " (" + trainSize() + " train, " + testSize() + " test, " + size + ", " + classes + " classes)";
    }
}
