package org.activationexplorer.ui;

import java.util.List;
import org.activationexplorer.plot.Limits;
import org.activationexplorer.plot.LossChart;
import org.activationexplorer.session.HealthHistory;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.train.RunConfig;

/**
 * What the plots show at one instant, whoever made it: the live run, a recorded run at a timeline step, or the
 * preview of the settings before Start. Immutable. axes: per layer, fixed across a replay's frames (else empty).
 *
 * @param step            training steps behind the curves (0 in a preview)
 * @param predictionsStep the step whose network made the predictions (-1: none)
 */
record ViewFrame(RunConfig config, long step, LossChart.Data loss, List<LayerSnapshot> layers,
                 List<Snapshot.Prediction> predictions, long predictionsStep, List<HealthHistory.Point> health,
                 List<Limits> axes) {

    static final LossChart.Data NO_LOSS = new LossChart.Data(new float[0], 1, List.of(), 1);

    ViewFrame {
        layers = List.copyOf(layers);
        predictions = List.copyOf(predictions);
        health = List.copyOf(health);
        axes = List.copyOf(axes);
    }

    /** Layer l's axes fixed across a replay's frames, or null (live: each frame fitted alone). */
    Limits axes(int l) {
        return l < axes.size() ? axes.get(l) : null;
    }

    static ViewFrame of(Snapshot s) {
        return new ViewFrame(s.config(), s.steps(), new LossChart.Data(s.losses(), s.lossStride(), s.epochs(),
                Math.max(1, s.batchesPerEpoch())), s.layers(), s.predictions(), s.predictionsStep(), s.health(),
                List.of());
    }

    static ViewFrame preview(RunConfig config, List<LayerSnapshot> layers) {
        return new ViewFrame(config, 0, NO_LOSS, layers, List.of(), -1, List.of(), List.of());
    }
}
