package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LossHistoryTest {

    @Test
    void keepsEveryBatchUntilFull() {
        LossHistory h = new LossHistory(4);
        h.add(1);
        h.add(2);
        h.add(3);
        assertArrayEquals(new float[] {1, 2, 3}, h.points());
        assertEquals(1, h.stride());
    }

    @Test
    void memoryStaysBoundedAndPointsAverageTheirBatches() {
        LossHistory h = new LossHistory(8);
        for (int i = 0; i < 1_000_000; i++) {
            h.add(i % 2); // mean 0.5 over any even-sized block
        }
        assertTrue(h.points().length <= 8);
        for (float p : h.points()) {
            assertEquals(0.5f, p, 1e-6f);
        }
        assertTrue(h.stride() >= 1_000_000 / 8);
    }

    @Test
    void movingAverageIsTheTrailingMean() {
        assertArrayEquals(new float[] {2, 3, 5, 7}, LossHistory.movingAverage(new float[] {2, 4, 6, 8}, 2));
    }
}
