package org.activationexplorer.data;

import java.nio.file.Path;

/**
 * The classes an MNIST-layout dataset's labels imply, checked so that a damaged label cannot change the network: the
 * training labels number the classes 0 to n − 1, each with at least one image; the test labels lie within them and
 * reach the same last class. A flipped label byte (68 among the digits) would otherwise add 59 outputs to the network
 * and train without a word; here it is named with its place in the file.
 */
final class ClassLabels {
    // A class with fewer training images than this share of the average is taken for damage, not a real class
    private static final int RARE_SHARE = 10;

    private ClassLabels() {}

    /**
     * The number of classes: one more than the largest training label.
     *
     * @param train [read] the training labels, unsigned bytes
     * @param test  [read] the test labels, unsigned bytes
     * @throws IdxFormatException naming the labels file at fault, the label and its index
     */
    static int classes(Path trainFile, byte[] train, Path testFile, byte[] test) throws IdxFormatException {
        int[] counts = new int[256];
        for (byte b : train) {
            counts[b & 0xFF]++;
        }
        int classes = 0;
        while (classes < counts.length && counts[classes] > 0) {
            classes++;
        }
        if (classes == 0) {
            throw new IdxFormatException(trainFile, "no training image has label 0 (the smallest label is "
                    + smallest(counts) + "): labels number the classes from 0; the file may be damaged");
        }
        requireWithin(trainFile, train, classes, "");
        requireWithin(testFile, test, classes, " (the training labels' classes)");
        int testTop = largest(test);
        if (testTop < classes - 1) {
            int top = classes - 1;
            boolean rare = (long) counts[top] * classes * RARE_SHARE < train.length;
            String both = "the test labels reach class " + testTop + ", the training labels class " + top + " ("
                    + counts[top] + " image" + (counts[top] == 1 ? "" : "s") + ", the first at index "
                    + firstIndex(train, top) + " of " + trainFile.getFileName() + "): the two sets must have the "
                    + "same classes; ";
            throw new IdxFormatException(rare ? trainFile : testFile,
                    both + (rare ? "the training labels may be damaged" : "the test labels may be damaged"));
        }
        return classes;
    }

    private static void requireWithin(Path file, byte[] labels, int classes, String which)
            throws IdxFormatException {
        for (int i = 0; i < labels.length; i++) {
            int label = labels[i] & 0xFF;
            if (label >= classes) {
                throw new IdxFormatException(file, "label " + label + " at index " + i + " is outside 0–"
                        + (classes - 1) + which + ": the file may be damaged");
            }
        }
    }

    private static int smallest(int[] counts) {
        int label = 0;
        while (counts[label] == 0) {
            label++;
        }
        return label;
    }

    private static int largest(byte[] labels) {
        int max = 0;
        for (byte b : labels) {
            max = Math.max(max, b & 0xFF);
        }
        return max;
    }

    private static int firstIndex(byte[] labels, int label) {
        for (int i = 0; i < labels.length; i++) {
            if ((labels[i] & 0xFF) == label) {
                return i;
            }
        }
        return -1;
    }
}
