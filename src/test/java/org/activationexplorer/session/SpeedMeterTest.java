package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpeedMeterTest {
    private static final long MS = 1_000_000L;

    @Test
    void slowMotionReadsItsRealRateNotZero() {
        SpeedMeter meter = new SpeedMeter();
        for (int i = 0; i < 5; i++) { // one batch of 128 a second, each taking 10 ms
            meter.batch(i * 1000 * MS, i * 1000 * MS + 10 * MS, 128);
        }
        assertEquals(128 * 5 / 4.01, meter.samplesPerSecond(), 1e-6, "5 batches from the first start to the last end");
    }

    @Test
    void aLongRunIsMeasuredOverItsRecentBatchesOnly() {
        SpeedMeter meter = new SpeedMeter();
        long t = 0;
        for (int i = 0; i < 200; i++) { // slow at first, then 10 ms a batch
            long d = i < 100 ? 100 * MS : 10 * MS;
            meter.batch(t, t + d, 100);
            t += d;
        }
        assertEquals(10_000, meter.samplesPerSecond(), 1e-6, "100 samples per 10 ms");
    }

    @Test
    void afterARestartThePauseIsNotCounted() {
        SpeedMeter meter = new SpeedMeter();
        meter.batch(0, 10 * MS, 100);
        meter.restart();
        assertTrue(Double.isNaN(meter.samplesPerSecond()), "unknown until a batch trains");
        meter.batch(60_000 * MS, 60_010 * MS, 100); // a minute later
        assertEquals(10_000, meter.samplesPerSecond(), 1e-6);
    }
}
