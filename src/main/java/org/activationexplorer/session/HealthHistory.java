package org.activationexplorer.session;

import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.train.LayerHealth;

/**
 * The layers' health over a run, in bounded memory: a point per measurement, every other point dropped whenever more
 * than MAX_POINTS are kept (so a long run keeps its whole span, more coarsely). Owned by the training thread;
 * points() is an immutable copy for snapshots.
 */
public final class HealthHistory {
    static final int MAX_POINTS = 512;
    private final List<Point> points = new ArrayList<>();

    /** Every activation layer's health after `step` training steps. */
    public record Point(long step, List<LayerHealth> layers) {
        public Point {
            layers = List.copyOf(layers);
        }
    }

    public void add(long step, List<LayerHealth> layers) {
        if (layers.isEmpty() || !points.isEmpty() && points.get(points.size() - 1).step() == step) {
            return;
        }
        points.add(new Point(step, layers));
        if (points.size() > MAX_POINTS) {
            List<Point> kept = new ArrayList<>();
            for (int i = 0; i < points.size(); i += 2) {
                kept.add(points.get(i));
            }
            points.clear();
            points.addAll(kept);
        }
    }

    public List<Point> points() {
        return List.copyOf(points);
    }
}
