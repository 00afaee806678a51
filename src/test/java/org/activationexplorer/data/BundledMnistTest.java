package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The copy of MNIST under datasets/mnist (Maven runs tests from the project root). */
class BundledMnistTest {

    private static Dataset mnist;

    @BeforeAll
    static void load() throws IOException {
        mnist = Dataset.load(Path.of("datasets", "mnist"));
    }

    @Test
    void hasTheStandardShape() {
        assertEquals("mnist", mnist.name());
        assertEquals(60000, mnist.trainSize());
        assertEquals(10000, mnist.testSize());
        assertEquals(28, mnist.rows());
        assertEquals(28, mnist.cols());
        assertEquals(784, mnist.features());
        assertEquals(10, mnist.classes());
        assertEquals(60000 * 784, mnist.trainImages().length);
        assertEquals(10000 * 784, mnist.testImages().length);
    }

    @Test
    void startsWithTheWellKnownLabels() {
        assertArrayEquals(new byte[]{5, 0, 4, 1, 9, 2, 1, 3}, Arrays.copyOf(mnist.trainLabels(), 8));
        assertArrayEquals(new byte[]{7, 2, 1, 0, 4, 1, 4, 9}, Arrays.copyOf(mnist.testLabels(), 8));
    }

    @Test
    void rawPixelStatisticsAreTheUsualOnes() {
        assertEquals(0.1307, mnist.mean(), 1e-3);
        assertEquals(0.3081, mnist.std(), 1e-3);
    }

    @Test
    void normalisedTrainingPixelsHaveMeanZeroAndStdOne() {
        double sum = 0;
        double squares = 0;
        for (float p : mnist.trainImages()) {
            sum += p;
            squares += (double) p * p;
        }
        double n = mnist.trainImages().length;
        double mean = sum / n;
        assertEquals(0, mean, 1e-3);
        assertEquals(1, Math.sqrt(squares / n - mean * mean), 1e-3);
    }
}
