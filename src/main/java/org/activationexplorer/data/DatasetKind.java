package org.activationexplorer.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * What a dataset folder holds, decided by the names of its files (their contents are checked when loaded): the one
 * place that tells the command line's --dataset and the window's folder chooser which reader a folder needs.
 */
public enum DatasetKind {
    /** MNIST's layout: four IDX files of grey images and labels (MNIST, Fashion-MNIST). */
    IDX("MNIST layout (IDX files)"),
    /** CIFAR-10's binary version: data_batch_1.bin … data_batch_5.bin, test_batch.bin, batches.meta.txt. */
    CIFAR10("CIFAR-10 (binary version)");

    /** What any dataset folder holds, in words, for choosers and help texts. */
    public static final String WHAT_A_FOLDER_HOLDS = "the four MNIST-layout IDX files (train/t10k images and labels, "
            + "gzipped or not) or CIFAR-10's binary version (data_batch_1.bin … data_batch_5.bin, test_batch.bin, "
            + "batches.meta.txt)";

    /** The same in a line, for a folder chooser's title. */
    public static final String IN_SHORT = "MNIST's four IDX files or CIFAR-10's binary batches (cifar-10-batches-bin)";

    private final String label;

    DatasetKind(String label) {
        this.label = label;
    }

    /** The kind in a few words: "CIFAR-10 (binary version)". */
    public String label() {
        return label;
    }

    /**
     * CIFAR10 when the folder holds any of CIFAR-10's file names and not MNIST's training images; IDX otherwise,
     * also for a folder that is missing or holds neither, whose loading then names every file looked for.
     */
    public static DatasetKind of(Path folder) {
        if (!Files.isDirectory(folder)) {
            return IDX;
        }
        for (String name : DatasetFiles.candidates(DatasetFiles.TRAIN_IMAGES)) {
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) { // a loop in its place is named later
                return IDX;
            }
        }
        for (String name : CifarLayout.FILE_NAMES) {
            if (Files.exists(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
                return CIFAR10;
            }
        }
        return IDX;
    }
}
