package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A training and a test set of equally sized grey-scale images with their labels, pixels normalised with the
 * training set's statistics. The image and label arrays are returned as they are, not copied (the training
 * images alone are 188 MB for MNIST): read them, never write to them.
 */
public final class Dataset {

    private final String name;
    private final int rows;
    private final int cols;
    private final int classes;
    private final PixelNormalisation normalisation;
    private final float[] trainImages;
    private final byte[] trainLabels;
    private final float[] testImages;
    private final byte[] testLabels;
    private final byte[] testPixels;

    private Dataset(String name, int rows, int cols, int classes, PixelNormalisation normalisation, float[] trainImages,
                    byte[] trainLabels, float[] testImages, byte[] testLabels, byte[] testPixels) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.classes = classes;
        this.normalisation = normalisation;
        this.trainImages = trainImages;
        this.trainLabels = trainLabels;
        this.testImages = testImages;
        this.testLabels = testLabels;
        this.testPixels = testPixels;
    }

    /**
     * Loads a folder holding the four standard MNIST-layout files: train-images-idx3-ubyte, train-labels-idx1-ubyte,
     * t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each either raw or with a .gz suffix (the
     * "train-images.idx3-ubyte" dot spelling some mirrors use is accepted too). Checks that images are 3-D (n, rows,
     * cols), labels 1-D, counts of images and labels agree and train and test image sizes agree.
     *
     * @throws IdxFormatException for a missing file (naming the folder and the file names looked for), a corrupt
     *                            one, or files that do not fit together (naming the file at fault)
     */
    public static Dataset load(Path folder) throws IOException {
        DatasetFiles files = DatasetFiles.find(folder);
        IdxArray trainImages = IdxReader.read(files.trainImages());
        IdxArray trainLabels = IdxReader.read(files.trainLabels());
        IdxArray testImages = IdxReader.read(files.testImages());
        IdxArray testLabels = IdxReader.read(files.testLabels());
        requireImages(files.trainImages(), trainImages);
        requireImages(files.testImages(), testImages);
        requireLabels(files.trainLabels(), trainLabels, trainImages, files.trainImages());
        requireLabels(files.testLabels(), testLabels, testImages, files.testImages());
        int rows = trainImages.dims()[1];
        int cols = trainImages.dims()[2];
        if (testImages.dims()[1] != rows || testImages.dims()[2] != cols) {
            throw new IdxFormatException(files.testImages(), "test images are " + testImages.dims()[1] + "x"
                    + testImages.dims()[2] + " but the training images in " + files.trainImages().getFileName()
                    + " are " + rows + "x" + cols);
        }
        // Labels are unsigned bytes (the reader accepts no other type), so every label is below 256
        int classes = Math.max(maxLabel(trainLabels.data()), maxLabel(testLabels.data())) + 1;
        PixelNormalisation normalisation = PixelNormalisation.of(trainImages.data());
        return new Dataset(nameOf(folder), rows, cols, classes, normalisation,
                normalisation.normalise(trainImages.data()), trainLabels.data(),
                normalisation.normalise(testImages.data()), testLabels.data(), testImages.data());
    }

    private static void requireImages(Path file, IdxArray images) throws IdxFormatException {
        if (images.dims().length != 3) {
            throw new IdxFormatException(file, "images must have 3 dimensions (count, rows, cols), found "
                    + Arrays.toString(images.dims()));
        }
    }

    private static void requireLabels(Path file, IdxArray labels, IdxArray images, Path imageFile)
            throws IdxFormatException {
        if (labels.dims().length != 1) {
            throw new IdxFormatException(file, "labels must have 1 dimension (count), found "
                    + Arrays.toString(labels.dims()));
        }
        if (labels.count() != images.count()) {
            throw new IdxFormatException(file, labels.count() + " labels for " + images.count() + " images in "
                    + imageFile.getFileName());
        }
    }

    private static int maxLabel(byte[] labels) {
        int max = 0;
        for (byte b : labels) {
            max = Math.max(max, b & 0xFF);
        }
        return max;
    }

    private static String nameOf(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path last = absolute.getFileName();
        return last == null ? absolute.toString() : last.toString();
    }

    /** The folder's name, e.g. "mnist". */
    public String name() {
        return name;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image: rows * cols. */
    public int features() {
        return rows * cols;
    }

    /** The largest label over the training and test sets, plus one. */
    public int classes() {
        return classes;
    }

    public int trainSize() {
        return trainLabels.length;
    }

    public int testSize() {
        return testLabels.length;
    }

    /**
     * (trainSize, features) row-major: pixels scaled to [0,1], then normalised to (p - mean()) / std(). Not a copy.
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

    /** The mean of the training pixels scaled to [0,1] (MNIST: 0.1307). */
    public float mean() {
        return (float) normalisation.mean();
    }

    /** The standard deviation of the training pixels scaled to [0,1] (MNIST: 0.3081). */
    public float std() {
        return (float) normalisation.std();
    }

    /**
     * Raw unsigned-byte pixels (any number of images) normalised exactly as the training and test images were:
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
        return new Dataset(name, rows, cols, classes, normalisation, Arrays.copyOf(trainImages, n * features()),
                Arrays.copyOf(trainLabels, n), testImages.clone(), testLabels.clone(), testPixels.clone());
    }

    /** Raw pixel bytes of test image i (for the UI's prediction strip): a new array of features() bytes. */
    public byte[] testImagePixels(int i) {
        Objects.checkIndex(i, testSize());
        return Arrays.copyOfRange(testPixels, i * features(), (i + 1) * features());
    }

    @Override
    public String toString() {
        return name + " (" + trainSize() + " train, " + testSize() + " test, " + rows + "x" + cols + ", "
                + classes + " classes)";
    }
}
