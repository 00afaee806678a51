package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads CIFAR-10's binary version: 50,000 training and 10,000 test colour images of 32×32 in ten classes, named by
 * batches.meta.txt. Pixels are normalised per channel (red, green, blue) with the training set's mean and deviation
 * (about 0.491, 0.482, 0.447 and 0.247, 0.243, 0.262), MNIST's scheme with one pair of statistics a channel.
 */
final class CifarDataset {
    private CifarDataset() {}

    /**
     * @throws CifarFormatException for a missing file, a damaged batch file or a class-name file that is not ten
     *                              names, naming the file and the problem
     */
    static Dataset load(Path folder) throws IOException {
        CifarLayout files = CifarLayout.find(folder);
        List<String> names = CifarMeta.classNames(files.meta());
        CifarReader.Records train = CifarReader.read(files.trainBatches());
        CifarReader.Records test = CifarReader.read(List.of(files.testBatch()));
        return Dataset.of(Dataset.nameOf(folder), ImageShape.CIFAR10, CifarReader.CLASSES, names, train.pixels(),
                train.labels(), test.pixels(), test.labels());
    }
}
