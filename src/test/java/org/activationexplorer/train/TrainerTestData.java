package org.activationexplorer.train;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;

/** The bundled MNIST, loaded once for the train package's tests. */
final class TrainerTestData {
    private static Dataset mnist;

    private TrainerTestData() {}

    static synchronized Dataset mnist() {
        if (mnist == null) {
            try {
                mnist = Dataset.load(DatasetFolders.bundledMnist());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return mnist;
    }
}
