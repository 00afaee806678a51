package org.activationexplorer.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.io.ReadableFiles;

/** Finds the four standard MNIST-layout files in a dataset folder, accepting the spellings mirrors use. */
record DatasetFiles(Path trainImages, Path trainLabels, Path testImages, Path testLabels) {

    static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
    static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
    static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
    static final String TEST_LABELS = "t10k-labels-idx1-ubyte";
    /** What a dataset folder holds, short enough for a message's line or two. */
    private static final String MNIST_FILES = "MNIST's four IDX files (" + TRAIN_IMAGES + " …, raw or .gz)";
    private static final String CIFAR_FILES = "CIFAR-10's binary batches (" + CifarLayout.FILE_NAMES.get(0) + " …)";

    /**
     * Looks for each standard name raw, then with .gz, then in the "train-images.idx3-ubyte" dot spelling, raw
     * and with .gz; the first that exists wins. Whether a file is really gzipped is decided later by its content.
     *
     * @throws IdxFormatException naming the folder and, for every file not found, the names looked for
     */
    static DatasetFiles find(Path folder) throws IdxFormatException {
        if (ReadableFiles.folderProblem(folder) != null) {
            throw new IdxFormatException(folder, notAFolder(folder) + "; a dataset folder holds " + MNIST_FILES
                    + " or " + CIFAR_FILES);
        }
        List<String> missing = new ArrayList<>();
        Path trainImages = find(folder, TRAIN_IMAGES, missing);
        Path trainLabels = find(folder, TRAIN_LABELS, missing);
        Path testImages = find(folder, TEST_IMAGES, missing);
        Path testLabels = find(folder, TEST_LABELS, missing);
        if (missing.size() == 4) { // nothing of MNIST's layout: perhaps the folder that holds the dataset's folder
            throw new IdxFormatException(folder, "no dataset files: neither " + MNIST_FILES + " nor " + CIFAR_FILES
                    + subfolderHint(folder));
        }
        if (missing.size() == 1) {
            throw new IdxFormatException(folder, "missing dataset file: looked for " + missing.get(0));
        }
        if (!missing.isEmpty()) { // every spelling of three names would take four lines
            throw new IdxFormatException(folder, "missing dataset files: " + String.join(", ", missing.stream()
                    .map(m -> m.substring(0, m.indexOf(' '))).toList()) + " (each raw or .gz, or spelled "
                    + candidates(TRAIN_IMAGES).get(2) + ")");
        }
        return new DatasetFiles(trainImages, trainLabels, testImages, testLabels);
    }

    /**
     * Why `path` is no dataset folder that can be read: "not found" would mislead for a file given where the folder
     * belongs, a link loop or a folder without permission.
     */
    private static String notAFolder(Path path) {
        String problem = ReadableFiles.folderProblem(path);
        // a parent that is a file ("mnist.zip/train") also lands on "does not exist", which is true
        return problem.equals("does not exist") ? "dataset folder does not exist" : problem;
    }

    /** " (it holds cifar-10-batches-bin: choose that folder)" when a dataset's folder is inside, else "". */
    private static String subfolderHint(Path folder) {
        for (String name : List.of("cifar-10-batches-bin", "mnist", "fashion-mnist")) {
            if (Files.isDirectory(folder.resolve(name))) {
                return " (it holds " + name + ": choose that folder)";
            }
        }
        return "";
    }

    /** The names tried for a standard name, in order of preference. */
    static List<String> candidates(String standardName) {
        // "train-images-idx3-ubyte" -> "train-images.idx3-ubyte": the last '-' before "idx" becomes a dot
        int cut = standardName.lastIndexOf("-idx");
        String dotted = standardName.substring(0, cut) + "." + standardName.substring(cut + 1);
        return List.of(standardName, standardName + ".gz", dotted, dotted + ".gz");
    }

    /**
     * The first candidate that is a regular file; else the first that is something else (a folder, a pipe, a link
     * loop or to nowhere), which the reader then names as what it is: it is not missing, and saying so would send
     * the person looking for a file that is there.
     */
    private static Path find(Path folder, String standardName, List<String> missing) {
        List<String> names = candidates(standardName);
        Path other = null;
        for (String name : names) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) {
                return file;
            }
            if (other == null && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                other = file;
            }
        }
        if (other == null) {
            missing.add(String.join(" or ", names));
        }
        return other;
    }
}
