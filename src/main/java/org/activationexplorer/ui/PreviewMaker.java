package org.activationexplorer.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.activation.Properties;
import org.activationexplorer.session.Preview;
import org.activationexplorer.train.Latest;
import org.activationexplorer.train.RunConfig;

/** Makes preview frames of settings on a background thread (building the network takes milliseconds, DiTAC more). */
final class PreviewMaker implements AutoCloseable {
    private final Latest<ViewFrame> made = new Latest<>();
    private final Latest<Properties> properties = new Latest<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "preview");
        t.setDaemon(true);
        return t;
    });

    /** Starts making the preview of `config` for 28×28 images of 10 classes (the datasets the window offers). */
    void request(RunConfig config) {
        thread.execute(() -> {
            try {
                made.publish(ViewFrame.preview(config, Preview.layers(config, 28, 28, 10)));
                // the card's properties of the curve at this initialisation: ~13,000 evaluations, a few ms; for
                // Taylor also where the initial polynomial is within 0.1 of its base (BaseFit: ~50,000 more)
                properties.publish(Properties.of(Activations.create(config.activation(), 1)));
            } catch (RuntimeException e) {
                // settings the form let through but the network refuses: no preview; Start says why
            }
        });
    }

    /** The newest properties of the previewed family's curve since the last call, or null. */
    Properties takeProperties() {
        return properties.take();
    }

    /** The newest preview made since the last call, or null. */
    ViewFrame take() {
        return made.take();
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
