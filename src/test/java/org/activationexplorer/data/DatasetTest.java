package org.activationexplorer.data;

import static org.activationexplorer.data.IdxFiles.gzip;
import static org.activationexplorer.data.IdxFiles.idx;
import static org.activationexplorer.data.IdxFiles.labels;
import static org.activationexplorer.data.IdxFiles.pixels;
import static org.activationexplorer.data.IdxFiles.write;
import static org.activationexplorer.data.IdxFiles.writeDataset;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.io.OddFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetTest {

    @TempDir
    Path root;

    private Path folder(String name) throws IOException {
        return Files.createDirectory(root.resolve(name));
    }

    private static IdxFormatException failure(Path folder) {
        return assertThrows(IdxFormatException.class, () -> Dataset.load(folder));
    }

    @Test
    void tinyDatasetRoundTrips() throws IOException {
        Path folder = folder("tiny");
        writeDataset(folder, 12, 7, 3, 4, 7);

        Dataset d = Dataset.load(folder);

        assertEquals("tiny", d.name());
        assertEquals(3, d.rows());
        assertEquals(4, d.cols());
        assertEquals(12, d.features());
        assertEquals(7, d.classes());
        assertEquals(12, d.trainSize());
        assertEquals(7, d.testSize());
        assertArrayEquals(labels(12, 7), d.trainLabels());
        assertArrayEquals(labels(7, 7), d.testLabels());
        assertEquals(12 * 12, d.trainImages().length);
        assertEquals(7 * 12, d.testImages().length);
        byte[] testPixels = pixels(7, 3, 4, 2);
        for (int i = 0; i < 7; i++) {
            byte[] expected = Arrays.copyOfRange(testPixels, i * 12, (i + 1) * 12);
            assertArrayEquals(expected, d.testImagePixels(i));
        }
    }

    @Test
    void normalisesBothSetsWithTheTrainingStatistics() throws IOException {
        Path folder = folder("stats");
        writeDataset(folder, 12, 7, 3, 4, 7);
        byte[] train = pixels(12, 3, 4, 1);
        byte[] test = pixels(7, 3, 4, 2);
        double sum = 0;
        double squares = 0;
        for (byte b : train) {
            sum += (b & 0xFF) / 255.0;
            squares += ((b & 0xFF) / 255.0) * ((b & 0xFF) / 255.0);
        }
        double mean = sum / train.length;
        double std = Math.sqrt(squares / train.length - mean * mean);

        Dataset d = Dataset.load(folder);

        assertEquals(mean, d.mean(), 1e-6);
        assertEquals(std, d.std(), 1e-6);
        for (int i = 0; i < train.length; i++) {
            assertEquals(((train[i] & 0xFF) / 255.0 - mean) / std, d.trainImages()[i], 1e-5);
        }
        for (int i = 0; i < test.length; i++) {
            assertEquals(((test[i] & 0xFF) / 255.0 - mean) / std, d.testImages()[i], 1e-5);
        }
    }

    @Test
    void acceptsRawGzippedAndDotSpelledFiles() throws IOException {
        Path folder = folder("mixed");
        write(folder.resolve("train-images.idx3-ubyte"), idx(new int[]{4, 2, 2}, pixels(4, 2, 2, 1)));
        write(folder.resolve("train-labels.idx1-ubyte.gz"), gzip(idx(new int[]{4}, labels(4, 3))));
        write(folder.resolve("t10k-images-idx3-ubyte"), idx(new int[]{3, 2, 2}, pixels(3, 2, 2, 2)));
        write(folder.resolve("t10k-labels-idx1-ubyte.gz"), gzip(idx(new int[]{3}, labels(3, 3))));

        Dataset d = Dataset.load(folder);

        assertEquals(4, d.trainSize());
        assertEquals(3, d.testSize());
        assertEquals(3, d.classes());
    }

    @Test
    void missingFileNamesTheFolderAndTheNamesLookedFor() throws IOException {
        Path folder = folder("incomplete");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Files.delete(folder.resolve("t10k-labels-idx1-ubyte.gz"));

        IdxFormatException e = failure(folder);

        assertEquals(folder, e.file());
        String message = e.getMessage();
        assertTrue(message.startsWith(folder.toString()), message);
        assertTrue(message.contains("t10k-labels-idx1-ubyte or t10k-labels-idx1-ubyte.gz"
                + " or t10k-labels.idx1-ubyte or t10k-labels.idx1-ubyte.gz"), message);
        assertFalse(message.contains("train-images"), message);
    }

    @Test
    void missingFolderSaysWhatAFolderShouldHold() {
        IdxFormatException e = failure(root.resolve("nowhere"));

        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
    }

    @Test
    void aFileGivenAsTheFolderIsCalledAFileNotMissing() throws IOException {
        Path file = Files.writeString(root.resolve("notes.txt"), "not a dataset");

        IdxFormatException e = failure(file);

        assertEquals(file, e.file());
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertFalse(e.getMessage().contains("does not exist") || e.getMessage().contains("not found"), e.getMessage());
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), "what a dataset folder holds instead");
    }

    @Test
    void somethingOtherThanAFileInPlaceOfADatasetFileIsNamedForWhatItIsNotAsMissing() throws IOException {
        for (OddFiles.Kind kind : OddFiles.Kind.values()) {
            Path folder = folder("odd-" + kind);
            writeDataset(folder, 4, 2, 2, 2, 2);
            Path labels = folder.resolve("t10k-labels-idx1-ubyte.gz");
            Files.delete(labels);
            OddFiles.make(labels, kind);

            IdxFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(folder));

            assertEquals(labels, e.file(), kind.toString());
            assertFalse(e.getMessage().contains("missing") || e.getMessage().contains("looked for"), e.getMessage());
        }
    }

    @Test
    void aPipeOrALinkLoopGivenAsTheFolderIsNamedSo() throws IOException {
        for (OddFiles.Kind kind : List.of(OddFiles.Kind.FIFO, OddFiles.Kind.LINK_LOOP)) {
            Path odd = OddFiles.make(root.resolve("dataset-" + kind), kind);

            IdxFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(odd));

            assertEquals(odd, e.file());
            assertFalse(e.getMessage().contains("does not exist"), e.getMessage());
        }
    }

    @Test
    void corruptFileIsNamed() throws IOException {
        Path folder = folder("corrupt");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path images = folder.resolve("t10k-images-idx3-ubyte.gz");
        byte[] bytes = Files.readAllBytes(images);
        write(images, Arrays.copyOf(bytes, bytes.length - 10));

        assertEquals(images, failure(folder).file());
    }

    @Test
    void labelCountDifferentFromImageCountIsAnError() throws IOException {
        Path folder = folder("miscounted");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path trainLabels = folder.resolve("train-labels-idx1-ubyte.gz");
        write(trainLabels, gzip(idx(new int[]{3}, labels(3, 2))));

        IdxFormatException e = failure(folder);

        assertEquals(trainLabels, e.file());
        assertTrue(e.getMessage().endsWith("3 labels for 4 images in train-images-idx3-ubyte.gz"), e.getMessage());
    }

    @Test
    void imagesMustBeThreeDimensional() throws IOException {
        Path folder = folder("flat");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path trainImages = folder.resolve("train-images-idx3-ubyte.gz");
        write(trainImages, gzip(idx(new int[]{4, 4}, pixels(4, 2, 2, 1))));

        IdxFormatException e = failure(folder);

        assertEquals(trainImages, e.file());
        assertTrue(e.getMessage().endsWith("images must have 3 dimensions (count, rows, cols), found [4, 4]"));
    }

    @Test
    void labelsMustBeOneDimensional() throws IOException {
        Path folder = folder("square-labels");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path testLabels = folder.resolve("t10k-labels-idx1-ubyte.gz");
        write(testLabels, gzip(idx(new int[]{2, 1}, labels(2, 2))));

        IdxFormatException e = failure(folder);

        assertEquals(testLabels, e.file());
        assertTrue(e.getMessage().endsWith("labels must have 1 dimension (count), found [2, 1]"));
    }

    @Test
    void trainAndTestImageSizesMustAgree() throws IOException {
        Path folder = folder("unequal");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path testImages = folder.resolve("t10k-images-idx3-ubyte.gz");
        write(testImages, gzip(idx(new int[]{2, 2, 3}, pixels(2, 2, 3, 2))));

        IdxFormatException e = failure(folder);

        assertEquals(testImages, e.file());
        assertTrue(e.getMessage().endsWith(
                "test images are 2x3 but the training images in train-images-idx3-ubyte.gz are 2x2"), e.getMessage());
    }

    @Test
    void classesIsTheLargestTrainingLabelPlusOne() throws IOException {
        Path folder = folder("many-classes");
        writeDataset(folder, 200, 200, 2, 2, 200);

        assertEquals(200, Dataset.load(folder).classes());
    }

    @Test
    void aTestLabelOutsideTheTrainingClassesIsRefusedNamingTheTestLabels() throws IOException {
        Path folder = folder("test-label-out-of-range");
        writeDataset(folder, 4, 2, 2, 2, 2);
        Path testLabels = folder.resolve("t10k-labels-idx1-ubyte.gz");
        write(testLabels, gzip(idx(new int[]{2}, new byte[]{1, (byte) 200})));

        assertEquals(testLabels, failure(folder).file());
    }

    @Test
    void aTrainingLabelBeyondAGapInTheClassesIsRefused() throws IOException {
        Path folder = folder("train-label-out-of-range");
        writeDataset(folder, 40, 10, 2, 2, 10);
        Path trainLabels = folder.resolve("train-labels-idx1-ubyte.gz");
        byte[] labels = labels(40, 10);
        labels[23] = 68;
        write(trainLabels, gzip(idx(new int[]{40}, labels)));

        assertEquals(trainLabels, failure(folder).file());
    }

    @Test
    void trainingLabelsMustStartAtZero() throws IOException {
        Path folder = folder("from-one");
        writeDataset(folder, 4, 2, 2, 2, 2);
        byte[] fromOne = {1, 2, 1, 2};
        write(folder.resolve("train-labels-idx1-ubyte.gz"), gzip(idx(new int[]{4}, fromOne)));

        assertEquals(folder.resolve("train-labels-idx1-ubyte.gz"), failure(folder).file());
    }

    @Test
    void aRareExtraTrainingClassTheTestSetLacksIsRefusedAsDamageToTheTrainingLabels() throws IOException {
        Path folder = folder("one-flipped-to-ten");
        writeDataset(folder, 200, 20, 2, 2, 10);
        byte[] labels = labels(200, 10);
        labels[108] = 10; // 8 with bit 1 flipped
        Path trainLabels = folder.resolve("train-labels-idx1-ubyte.gz");
        write(trainLabels, gzip(idx(new int[]{200}, labels)));

        assertEquals(trainLabels, failure(folder).file());
    }

    @Test
    void aTestSetThatStopsShortOfTheTrainingClassesIsRefused() throws IOException {
        Path folder = folder("test-lacks-a-class");
        writeDataset(folder, 20, 5, 2, 2, 10);

        assertEquals(folder.resolve("t10k-labels-idx1-ubyte.gz"), failure(folder).file());
    }

    @Test
    void constantImagesNormaliseToZeros() throws IOException {
        Path folder = folder("blank");
        writeDataset(folder, 4, 2, 2, 2, 2);
        write(folder.resolve("train-images-idx3-ubyte.gz"), gzip(idx(new int[]{4, 2, 2}, new byte[16])));

        Dataset d = Dataset.load(folder);

        assertEquals(0f, d.std());
        for (float p : d.trainImages()) {
            assertEquals(0f, p);
        }
    }

    @Test
    void limitTrainKeepsTheFirstImagesAndTheWholeTestSet() throws IOException {
        Path folder = folder("limited");
        writeDataset(folder, 12, 7, 3, 4, 7);
        Dataset full = Dataset.load(folder);

        Dataset limited = full.limitTrain(5);

        assertEquals(5, limited.trainSize());
        assertEquals(full.testSize(), limited.testSize());
        assertEquals(full.name(), limited.name());
        assertEquals(full.features(), limited.features());
        assertEquals(full.classes(), limited.classes());
        assertEquals(full.mean(), limited.mean());
        assertEquals(full.std(), limited.std());
        assertArrayEquals(Arrays.copyOf(full.trainImages(), 5 * 12), limited.trainImages());
        assertArrayEquals(Arrays.copyOf(full.trainLabels(), 5), limited.trainLabels());
        assertArrayEquals(full.testImages(), limited.testImages());
        assertArrayEquals(full.testLabels(), limited.testLabels());
        assertArrayEquals(full.testImagePixels(4), limited.testImagePixels(4));
    }

    @Test
    void limitTrainSharesNothingMutable() throws IOException {
        Path folder = folder("independent");
        writeDataset(folder, 12, 7, 3, 4, 7);
        Dataset full = Dataset.load(folder);
        Dataset limited = full.limitTrain(12);

        assertNotSame(full.trainImages(), limited.trainImages());
        assertNotSame(full.trainLabels(), limited.trainLabels());
        assertNotSame(full.testImages(), limited.testImages());
        assertNotSame(full.testLabels(), limited.testLabels());
        float before = full.testImages()[0];
        byte pixelBefore = full.testImagePixels(0)[0];
        limited.testImages()[0] = 99f;
        limited.testImagePixels(0)[0]++;
        assertEquals(before, full.testImages()[0]);
        assertEquals(pixelBefore, full.testImagePixels(0)[0]);
    }

    @Test
    void limitTrainRejectsSizesOutsideTheTrainingSet() throws IOException {
        Path folder = folder("bounds");
        writeDataset(folder, 12, 7, 3, 4, 7);
        Dataset d = Dataset.load(folder);

        assertThrows(IllegalArgumentException.class, () -> d.limitTrain(0));
        assertThrows(IllegalArgumentException.class, () -> d.limitTrain(13));
    }

    @Test
    void testImagePixelsRejectsAnIndexOutsideTheTestSet() throws IOException {
        Path folder = folder("pixels");
        writeDataset(folder, 12, 7, 3, 4, 7);
        Dataset d = Dataset.load(folder);

        assertThrows(IndexOutOfBoundsException.class, () -> d.testImagePixels(7));
        assertThrows(IndexOutOfBoundsException.class, () -> d.testImagePixels(-1));
    }

    @Test
    void newPixelsAreNormalisedExactlyAsTheTestImagesWere() throws IOException {
        Path folder = folder("normalise");
        writeDataset(folder, 12, 7, 3, 4, 7);
        Dataset d = Dataset.load(folder);

        for (int i = 0; i < d.testSize(); i++) {
            float[] normalised = Arrays.copyOfRange(d.testImages(), i * 12, (i + 1) * 12);
            assertArrayEquals(normalised, d.normalise(d.testImagePixels(i)));
        }
        assertArrayEquals(d.normalise(d.testImagePixels(2)), d.limitTrain(3).normalise(d.testImagePixels(2)));
    }
}
