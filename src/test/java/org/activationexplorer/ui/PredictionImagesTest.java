package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.activationexplorer.session.Snapshot;
import org.junit.jupiter.api.Test;

class PredictionImagesTest {
    @Test
    void aColourImageIsShownInItsOwnColoursWithTheClassName() {
        // 2×1 pixels: red plane, green plane, blue plane
        byte[] pixels = {(byte) 255, 10, 0, 20, 0, (byte) 200};
        var p = new Snapshot.Prediction(3, pixels, 3, 1, 2, 3, 5, 0.634, "cat", "dog");

        assertArrayEquals(new int[] {0xFFFF0000, 0xFF0A14C8}, PredictionImages.argb(p));
        assertEquals("dog 63%", PredictionImages.answer(p));
        assertEquals("test image 4: cat; answered dog (63 %)", PredictionImages.detail(p));
        assertEquals("Test images,\nstep 12", PredictionImages.caption(p, 12));
    }

    @Test
    void aGreyDigitIsShownAsInkOnPaperWithTheDigit() {
        var p = new Snapshot.Prediction(0, new byte[] {0, (byte) 255, 100}, 1, 1, 3, 7, 7, 0.98, "7", "7");

        assertArrayEquals(new int[] {0xFFFFFFFF, 0xFF000000, 0xFF9B9B9B}, PredictionImages.argb(p));
        assertEquals("7 98%", PredictionImages.answer(p));
        assertEquals("Test digits,\nstep 5", PredictionImages.caption(p, 5));
    }
}
