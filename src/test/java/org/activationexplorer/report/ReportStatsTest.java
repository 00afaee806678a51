package org.activationexplorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReportStatsTest {

    @Test
    void threeValuesGiveTheirMeanSampleDeviationAndTInterval() {
        Stats s = Stats.of(new double[] {0.90, 0.92, 0.97});
        // by hand: mean 0.93; sd = √((0.03² + 0.01² + 0.04²) / 2) = √0.0013; t(0.975, 2) = 4.302652729749464
        assertEquals(3, s.n());
        assertEquals(0.93, s.mean(), 1e-15);
        assertEquals(0.036055512754639892, s.sd(), 1e-15);
        assertEquals(4.302652729749464 * 0.036055512754639892 / Math.sqrt(3), s.ci95(), 1e-9);
        assertEquals(0.0895668589, s.ci95(), 1e-10);
        assertEquals(0.93 - 0.0895668589, s.low(), 1e-10);
        assertEquals(0.93 + 0.0895668589, s.high(), 1e-10);
    }

    @Test
    void twoValuesUseTheWideTOfOneDegreeOfFreedom() {
        Stats s = Stats.of(new double[] {0.95, 0.97});
        assertEquals(0.96, s.mean(), 1e-15);
        assertEquals(Math.sqrt(0.0002), s.sd(), 1e-15);
        assertEquals(12.706204736174698 * Math.sqrt(0.0002) / Math.sqrt(2), s.ci95(), 1e-9); // = 0.127062…
    }

    @Test
    void oneValueHasAMeanButNoSpreadOrInterval() {
        Stats s = Stats.of(new double[] {0.5});
        assertEquals(0.5, s.mean());
        assertTrue(Double.isNaN(s.sd()) && Double.isNaN(s.ci95()));
        assertTrue(Double.isNaN(Stats.of(new double[0]).mean()));
    }
}
