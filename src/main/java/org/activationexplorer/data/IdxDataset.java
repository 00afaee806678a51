package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Loads a folder in MNIST's layout: four IDX files of grey images and their labels. */
final class IdxDataset {
    private IdxDataset() {}

    /**
     * Loads a folder holding the four standard MNIST-layout files: train-images-idx3-ubyte, train-labels-idx1-ubyte,
     * t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, each either raw or with a .gz suffix (the
     * "train-images.idx3-ubyte" dot spelling some mirrors use is accepted too). Checks that images are 3-D (n, rows,
     * cols), labels 1-D, counts of images and labels agree, train and test image sizes agree, and the labels number
     * the classes from 0 with every class in the training set (see ClassLabels).
     *
     * @throws IdxFormatException for a missing file (naming the folder and the file names looked for), a corrupt
     *                            one, or files that do not fit together (naming the file at fault)
     */
    static Dataset load(Path folder) throws IOException {
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
        int classes = ClassLabels.classes(files.trainLabels(), trainLabels.data(), files.testLabels(),
                testLabels.data());
        return Dataset.of(Dataset.nameOf(folder), new ImageShape(1, rows, cols), classes, List.of(),
                trainImages.data(), trainLabels.data(), testImages.data(), testLabels.data());
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
}
