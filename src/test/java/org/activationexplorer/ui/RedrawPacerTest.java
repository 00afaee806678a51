package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RedrawPacerTest {
    private static final long PULSE = 16_666_667L;

    /** Pulses every `interval` for `seconds`, redrawing whenever allowed; the redraws done. */
    private static int run(RedrawPacer pacer, long interval, double seconds, long[] clock) {
        int redraws = 0;
        for (long end = clock[0] + (long) (seconds * 1e9); clock[0] < end; clock[0] += interval) {
            if (pacer.pulse(clock[0], interval)) {
                pacer.drew(clock[0]);
                redraws++;
            }
        }
        return redraws;
    }

    @Test
    void aQuickRendererIsRedrawnFifteenTimesASecond() {
        RedrawPacer pacer = new RedrawPacer();
        int redraws = run(pacer, PULSE, 10, new long[] {1});
        assertEquals(RedrawPacer.MIN_GAP, pacer.gap());
        assertTrue(redraws >= 10 * 12 && redraws <= 10 * 15 + 1, redraws + " redraws in 10 s"); // on 60 Hz pulses
    }

    @Test
    void slowPulsesAfterRedrawsLengthenTheGapToFourASecondAndQuickOnesShortenItAgain() {
        RedrawPacer pacer = new RedrawPacer();
        long[] clock = {1};
        int slow = run(pacer, 60_000_000L, 10, clock); // every pulse after a redraw is slow
        assertEquals(RedrawPacer.MAX_GAP, pacer.gap());
        assertTrue(slow <= 10 * 4 + 10, slow + " redraws in 10 s at 60 ms pulses"); // a few while the gap grows
        run(pacer, PULSE, 10, clock);
        assertEquals(RedrawPacer.MIN_GAP, pacer.gap(), "back to 15 a second");
    }

    @Test
    void nothingIsRedrawnBeforeTheGapHasPassed() {
        RedrawPacer pacer = new RedrawPacer();
        assertTrue(pacer.pulse(1_000_000_000L, PULSE));
        pacer.drew(1_000_000_000L);
        assertFalse(pacer.pulse(1_000_000_000L + PULSE, PULSE));
        assertTrue(pacer.pulse(1_000_000_000L + RedrawPacer.MIN_GAP, PULSE));
    }
}
