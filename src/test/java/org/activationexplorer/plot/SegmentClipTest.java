package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SegmentClipTest {
    private final double[] out = new double[4];

    private boolean clip(double x0, double y0, double x1, double y1) {
        return SegmentClip.clip(x0, y0, x1, y1, 0, 0, 10, 20, out);
    }

    @Test
    void aSegmentInsideIsKeptExactly() {
        assertTrue(clip(1.1, 2.2, 3.3, 4.4));
        assertArrayEquals(new double[] {1.1, 2.2, 3.3, 4.4}, out);
    }

    @Test
    void aSegmentCrossingTheRectangleIsCutAtBothEdges() {
        assertTrue(clip(-5, 10, 15, 10));
        assertArrayEquals(new double[] {0, 10, 10, 10}, out, 1e-12);
        assertTrue(clip(5, -10, 5, 30));
        assertArrayEquals(new double[] {5, 0, 5, 20}, out, 1e-12);
        assertTrue(clip(-10, -20, 20, 40)); // the diagonal through the corners (0, 0) and (10, 20)
        assertArrayEquals(new double[] {0, 0, 10, 20}, out, 1e-12);
    }

    @Test
    void aSegmentLeavingTheRectangleKeepsItsInsideEnd() {
        assertTrue(clip(5, 5, 5, 25));
        assertArrayEquals(new double[] {5, 5, 5, 20}, out, 1e-12);
        assertTrue(clip(12, 10, 6, 10));
        assertArrayEquals(new double[] {10, 10, 6, 10}, out, 1e-12);
    }

    @Test
    void aSegmentOutsideIsDropped() {
        assertFalse(clip(-5, 5, -1, 15), "left of it");
        assertFalse(clip(11, -5, 20, 30), "right of it");
        assertFalse(clip(-5, 15, 5, 35), "past a corner: at x = 0 it is at y = 25");
        assertFalse(clip(0, 21, 10, 21), "parallel, below");
    }
}
