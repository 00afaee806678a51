package org.activationexplorer.data;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of CIFAR-10's binary version, as the official archive (cifar-10-binary.tar.gz) extracts them into
 * cifar-10-batches-bin: five training batches, one test batch and the class names.
 *
 * @param trainBatches data_batch_1.bin to data_batch_5.bin, in order
 */
record CifarLayout(List<Path> trainBatches, Path testBatch, Path meta) {
    static final int TRAIN_BATCHES = 5;
    static final String TEST_BATCH = "test_batch.bin";
    static final String META = "batches.meta.txt";
    /** Every file name of the layout, training batches first. */
    static final List<String> FILE_NAMES = fileNames();

    CifarLayout {
        trainBatches = List.copyOf(trainBatches);
    }

    private static List<String> fileNames() {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= TRAIN_BATCHES; i++) {
            names.add("data_batch_" + i + ".bin");
        }
        names.add(TEST_BATCH);
        names.add(META);
        return List.copyOf(names);
    }

    /**
     * The layout's files in `folder`. Something other than a regular file under a layout's name (a folder, a pipe, a
     * link loop) is not missing: the readers name what it is.
     *
     * @throws CifarFormatException MISSING_FILE naming every file not found (file(): the first of them)
     */
    static CifarLayout find(Path folder) throws CifarFormatException {
        List<String> missing = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String name : FILE_NAMES) {
            Path file = folder.resolve(name);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(name);
            }
            files.add(file);
        }
        if (!missing.isEmpty()) {
            throw new CifarFormatException(folder.resolve(missing.get(0)), CifarFormatException.Problem.MISSING_FILE,
                    "not found (this CIFAR-10 folder lacks " + String.join(", ", missing) + "; the binary version's "
                    + "folder holds " + String.join(", ", FILE_NAMES) + ")");
        }
        return new CifarLayout(files.subList(0, TRAIN_BATCHES), files.get(TRAIN_BATCHES), files.get(TRAIN_BATCHES + 1));
    }
}
