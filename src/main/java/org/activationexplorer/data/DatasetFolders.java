package org.activationexplorer.data;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where datasets are found without the user naming a folder: the bundled MNIST, CIFAR-10 where the README says to
 * put it (datasets/cifar-10-batches-bin), and system-wide installs.
 */
public final class DatasetFolders {
    /** Debian's dataset-fashion-mnist package installs here. */
    public static final Path FASHION_MNIST = Path.of("/usr/share/datasets/fashion-mnist");
    /** The folder CIFAR-10's binary archive extracts to; not bundled (163 MB), see README. */
    public static final String CIFAR10_FOLDER = "cifar-10-batches-bin";

    private DatasetFolders() {}

    /**
     * datasets/mnist under the working directory, else next to the jar's folder (target/../datasets/mnist),
     * so the app finds its bundled copy when started from the project root or through bin/explorer.
     */
    public static Path bundledMnist() {
        return inDatasets("mnist");
    }

    /** datasets/cifar-10-batches-bin, found as bundledMnist() is; it exists only where someone put CIFAR-10 there. */
    public static Path cifar10() {
        return inDatasets(CIFAR10_FOLDER);
    }

    private static Path inDatasets(String name) {
        Path here = Path.of("datasets", name);
        if (Files.isDirectory(here)) {
            return here;
        }
        try {
            Path jar = Path.of(DatasetFolders.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path besideJar = jar.getParent().resolveSibling("datasets").resolve(name);
            if (Files.isDirectory(besideJar)) {
                return besideJar;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through: the relative path gives the clearest "not found" message later
        }
        return here;
    }

    /** Every known dataset folder that exists on this machine, bundled MNIST first. */
    public static List<Path> available() {
        List<Path> found = new ArrayList<>();
        found.add(bundledMnist());
        if (Files.isDirectory(FASHION_MNIST)) {
            found.add(FASHION_MNIST);
        }
        if (Files.isDirectory(cifar10())) {
            found.add(cifar10());
        }
        return found;
    }
}
