package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BatchesTest {

    private static final int COUNT = 103;
    private static final int FEATURES = 3;
    private static final int BATCH = 10;

    /** Row i holds i, i + 0.25, i + 0.5, so a row in x() tells which sample it came from. */
    private static final float[] IMAGES = new float[COUNT * FEATURES];
    private static final byte[] LABELS = new byte[COUNT];

    static {
        for (int i = 0; i < COUNT; i++) {
            for (int f = 0; f < FEATURES; f++) {
                IMAGES[i * FEATURES + f] = i + 0.25f * f;
            }
            LABELS[i] = (byte) (i * 7);
        }
    }

    private static Batches batches(long seed, boolean shuffle) {
        return new Batches(IMAGES, LABELS, COUNT, FEATURES, BATCH, seed, shuffle);
    }

    /** The samples of one epoch in the order they came, checking each row and label against the source. */
    private static int[] order(Batches b, int epoch) {
        b.startEpoch(epoch);
        int[] order = new int[COUNT];
        int n = 0;
        while (b.next()) {
            for (int i = 0; i < b.size(); i++) {
                int sample = (int) b.x()[i * FEATURES];
                assertArrayEquals(Arrays.copyOfRange(IMAGES, sample * FEATURES, (sample + 1) * FEATURES),
                        Arrays.copyOfRange(b.x(), i * FEATURES, (i + 1) * FEATURES));
                assertEquals(LABELS[sample] & 0xFF, b.labels()[i]);
                order[n++] = sample;
            }
        }
        assertEquals(COUNT, n);
        return order;
    }

    @Test
    void everySampleAppearsExactlyOncePerEpoch() {
        Batches b = batches(42, true);
        for (int epoch = 0; epoch < 3; epoch++) {
            int[] sorted = order(b, epoch).clone();
            Arrays.sort(sorted);
            for (int i = 0; i < COUNT; i++) {
                assertEquals(i, sorted[i]);
            }
        }
    }

    @Test
    void sameSeedAndEpochGiveTheSameOrder() {
        Batches first = batches(42, true);
        order(first, 0);
        order(first, 1);
        int[] thirdEpoch = order(first, 2);

        assertArrayEquals(thirdEpoch, order(batches(42, true), 2));
        assertArrayEquals(thirdEpoch, order(first, 2));
    }

    @Test
    void differentEpochsGiveDifferentOrders() {
        Batches b = batches(42, true);

        int[] epoch0 = order(b, 0);
        int[] epoch1 = order(b, 1);

        assertFalse(Arrays.equals(epoch0, epoch1));
        assertFalse(Arrays.equals(epoch0, order(batches(43, true), 0)));
    }

    @Test
    void shuffledOrderIsNotTheSourceOrder() {
        int[] inOrder = order(batches(42, false), 0);

        assertFalse(Arrays.equals(inOrder, order(batches(42, true), 0)));
    }

    @Test
    void withoutShuffleEveryEpochWalksInOrder() {
        Batches b = batches(42, false);
        int[] expected = new int[COUNT];
        Arrays.setAll(expected, i -> i);

        assertArrayEquals(expected, order(b, 0));
        assertArrayEquals(expected, order(b, 5));
    }

    @Test
    void lastBatchHoldsTheRemainder() {
        Batches b = batches(1, true);
        assertEquals(11, b.batchesPerEpoch());
        assertEquals(-1, b.batchIndex());

        int batches = 0;
        while (b.next()) {
            assertEquals(batches, b.batchIndex());
            assertEquals(batches < 10 ? BATCH : 3, b.size());
            batches++;
        }

        assertEquals(11, batches);
        assertFalse(b.next());
    }

    @Test
    void exactMultipleHasNoPartialBatch() {
        Batches b = new Batches(IMAGES, LABELS, 100, FEATURES, 25, 7, true);

        assertEquals(4, b.batchesPerEpoch());
        int batches = 0;
        while (b.next()) {
            assertEquals(25, b.size());
            batches++;
        }
        assertEquals(4, batches);
    }

    @Test
    void buffersAreReusedByEveryBatch() {
        Batches b = batches(3, true);
        float[] x = b.x();
        int[] labels = b.labels();
        assertEquals(BATCH * FEATURES, x.length);
        assertEquals(BATCH, labels.length);

        for (int epoch = 0; epoch < 2; epoch++) {
            b.startEpoch(epoch);
            while (b.next()) {
                assertSame(x, b.x());
                assertSame(labels, b.labels());
            }
        }
    }

    @Test
    void startEpochRestartsAnUnfinishedEpoch() {
        Batches b = batches(9, true);
        b.startEpoch(4);
        b.next();
        float firstSample = b.x()[0];
        b.next();

        b.startEpoch(4);

        assertEquals(-1, b.batchIndex());
        assertTrue(b.next());
        assertEquals(0, b.batchIndex());
        assertEquals(firstSample, b.x()[0]);
    }

    @Test
    void labelsAreReadUnsigned() {
        byte[] labels = {(byte) 200, (byte) 255, 0};
        Batches b = new Batches(new float[3], labels, 3, 1, 3, 0, false);

        assertTrue(b.next());
        assertArrayEquals(new int[]{200, 255, 0}, b.labels());
    }

    @Test
    void usesOnlyTheLeadingSamplesOfLongerArrays() {
        Batches b = new Batches(IMAGES, LABELS, 5, FEATURES, 2, 0, true);
        int seen = 0;
        while (b.next()) {
            for (int i = 0; i < b.size(); i++) {
                assertTrue(b.x()[i * FEATURES] < 5);
                seen++;
            }
        }
        assertEquals(5, seen);
    }

    @Test
    void rejectsArraysTooShortForTheCount() {
        assertThrows(IllegalArgumentException.class,
                () -> new Batches(new float[5], new byte[2], 2, 3, 1, 0, true));
        assertThrows(IllegalArgumentException.class,
                () -> new Batches(new float[6], new byte[1], 2, 3, 1, 0, true));
        assertThrows(IllegalArgumentException.class,
                () -> new Batches(new float[6], new byte[2], 2, 3, 0, 0, true));
    }
}
