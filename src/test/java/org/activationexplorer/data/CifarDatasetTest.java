package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CifarDatasetTest {
    private static final List<String> NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    @TempDir
    Path root;

    @Test
    void aCifarFolderIsRecognisedByItsFilesAndAnIdxFolderByItsOwn() throws IOException {
        Path cifar = CifarFiles.writeFolder(root.resolve("cifar-10-batches-bin"), 2, 2);
        Path idx = Files.createDirectory(root.resolve("mnist"));
        IdxFiles.writeDataset(idx, 4, 2, 3, 3, 2);

        assertEquals(DatasetKind.CIFAR10, DatasetKind.of(cifar));
        assertEquals(DatasetKind.IDX, DatasetKind.of(idx));
        assertEquals(DatasetKind.IDX, DatasetKind.of(root.resolve("nowhere")), "a missing folder: the IDX reader's "
                + "error names what a folder holds");
        Files.delete(cifar.resolve("data_batch_1.bin"));
        assertEquals(DatasetKind.CIFAR10, DatasetKind.of(cifar), "one file is enough to know what was meant");
    }

    @Test
    void loadsColourImagesInFileOrderWithTheClassNames() throws IOException {
        Path folder = CifarFiles.writeFolder(root.resolve("cifar-10-batches-bin"), 3, 4);

        Dataset d = Dataset.load(folder);

        assertEquals("cifar-10-batches-bin", d.name());
        assertEquals(new ImageShape(3, 32, 32), d.shape());
        assertEquals(3072, d.features());
        assertEquals(10, d.classes());
        assertEquals(NAMES, d.classNames());
        assertEquals("cat", d.className(3));
        assertEquals(15, d.trainSize());
        assertEquals(4, d.testSize());
        // batch b (1..5) holds labels b, b+1, b+2: batch 1's first, then batch 2's, …
        assertArrayEquals(new byte[] {1, 2, 3, 2, 3, 4, 3, 4, 5, 4, 5, 6, 5, 6, 7}, d.trainLabels());
        assertArrayEquals(new byte[] {0, 1, 2, 3}, d.testLabels());
        for (int i = 0; i < 4; i++) {
            assertArrayEquals(CifarFiles.pixels(i, i, 9), d.testImagePixels(i), "planes kept as stored: R, G, B");
        }
        assertEquals(15 * 3072, d.trainImages().length);
    }

    @Test
    void eachChannelIsNormalisedWithItsOwnTrainingMeanAndDeviation() throws IOException {
        Path folder = CifarFiles.writeFolder(root.resolve("stats"), 3, 2);
        byte[] train = new byte[0];
        for (int b = 1; b <= 5; b++) {
            byte[] batch = CifarFiles.batch(3, b, b);
            for (int n = 0; n < 3; n++) {
                byte[] pixels = Arrays.copyOfRange(batch, n * CifarFiles.RECORD + 1, (n + 1) * CifarFiles.RECORD);
                train = concat(train, pixels);
            }
        }
        Dataset d = Dataset.load(folder);

        double[] mean = new double[3], std = new double[3];
        for (int c = 0; c < 3; c++) {
            double sum = 0, squares = 0;
            int count = 0;
            for (int n = 0; n < 15; n++) {
                for (int i = 0; i < 1024; i++) {
                    double v = (train[n * 3072 + c * 1024 + i] & 0xFF) / 255.0;
                    sum += v;
                    squares += v * v;
                    count++;
                }
            }
            mean[c] = sum / count;
            std[c] = Math.sqrt(squares / count - mean[c] * mean[c]);
            assertEquals(mean[c], d.mean(c), 1e-6, "channel " + c);
            assertEquals(std[c], d.std(c), 1e-6, "channel " + c);
        }
        assertNotEquals(d.mean(0), d.mean(2), 0.1, "the test files' channels differ, so the check means something");
        byte[] pixels = d.testImagePixels(1);
        for (int c = 0; c < 3; c++) {
            int i = 3072 + c * 1024 + 77; // test image 1, channel c, pixel 77
            assertEquals(((pixels[c * 1024 + 77] & 0xFF) / 255.0 - mean[c]) / std[c], d.testImages()[i], 1e-5);
        }
        assertArrayEquals(Arrays.copyOfRange(d.testImages(), 3072, 6144), d.normalise(pixels),
                "a new image is normalised as the test images were");
    }

    @Test
    void theLimitedTrainingSetKeepsTheShapeAndTheNames() throws IOException {
        Dataset d = Dataset.load(CifarFiles.writeFolder(root.resolve("limited"), 3, 2)).limitTrain(4);

        assertEquals(4, d.trainSize());
        assertEquals(4 * 3072, d.trainImages().length);
        assertEquals(ImageShape.CIFAR10, d.shape());
        assertEquals(NAMES, d.classNames());
    }

    @Test
    void greyDatasetsHaveNumberedClassesAndOneChannel() throws IOException {
        Path idx = Files.createDirectory(root.resolve("digits"));
        IdxFiles.writeDataset(idx, 4, 2, 3, 3, 2);

        Dataset d = Dataset.load(idx);

        assertEquals(new ImageShape(1, 3, 3), d.shape());
        assertEquals(List.of(), d.classNames());
        assertEquals("1", d.className(1));
    }

    @Test
    void aFolderHoldingTheDatasetsFolderSaysWhichToChoose() throws IOException {
        CifarFiles.writeFolder(root.resolve("cifar-10-batches-bin"), 1, 1);

        IdxFormatException e = org.junit.jupiter.api.Assertions.assertThrows(IdxFormatException.class,
                () -> Dataset.load(root));

        assertEquals(root, e.file());
        assertTrue(e.getMessage().contains("cifar-10-batches-bin"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
