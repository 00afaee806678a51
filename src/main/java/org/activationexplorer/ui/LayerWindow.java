package org.activationexplorer.ui;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationexplorer.plot.ActivationChart;
import org.activationexplorer.session.LayerSnapshot;

/** One activation layer enlarged, live or replayed, with labelled axes and a crosshair; Esc or Ctrl+W closes it. */
final class LayerWindow extends Stage {
    final PlotView chart = new PlotView(900, 600);

    LayerWindow(ActivationGallery gallery, WindowModel model, int layer) {
        chart.setId("enlarged-" + layer);
        chart.setDrawer((p, w, h, mx, my) -> {
            LayerSnapshot s = gallery.layer(layer);
            if (s == null) {
                return null;
            }
            var axes = chart.axes();
            double x = axes != null && !Double.isNaN(mx) && axes.contains(mx, my) ? axes.dataX(mx) : Double.NaN;
            return ActivationChart.draw(p, w, h, s, new ActivationChart.Options(gallery.derivative.isSelected(), true,
                    x, Hover.nearestChannel(chart, s, mx, my)), model.display.plotFont.get() * 14 / 11);
        });
        LayerSnapshot s = gallery.layer(layer);
        setTitle(s == null ? "Activation layer " + (layer + 1) : s.title());
        Scene scene = new Scene(chart, 900, 600);
        Dialogs.closeOnEscapeOrCtrlW(this, scene);
        setScene(scene);
    }
}
