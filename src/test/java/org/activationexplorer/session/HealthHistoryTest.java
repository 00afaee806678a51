package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.activationexplorer.train.LayerHealth;
import org.junit.jupiter.api.Test;

class HealthHistoryTest {
    private static final List<LayerHealth> ONE = List.of(new LayerHealth(0, 0.5, 0.5, 1, -3));

    @Test
    void aLongRunKeepsItsWholeSpanInBoundedMemory() {
        HealthHistory h = new HealthHistory();
        for (long step = 1; step <= 10_000; step++) {
            h.add(step, ONE);
        }
        List<HealthHistory.Point> points = h.points();
        assertTrue(points.size() <= HealthHistory.MAX_POINTS, "bounded: " + points.size());
        assertTrue(points.size() > HealthHistory.MAX_POINTS / 2, "not thinned more than needed: " + points.size());
        assertEquals(1, points.get(0).step(), "the start is kept");
        assertTrue(points.get(points.size() - 1).step() > 9_900, "and the end");
    }

    @Test
    void theSameStepOrNoMeasurementAddsNothing() {
        HealthHistory h = new HealthHistory();
        h.add(5, ONE);
        h.add(5, ONE);
        h.add(6, List.of());
        assertEquals(1, h.points().size());
    }
}
