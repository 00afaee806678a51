package org.activationexplorer.ui;

import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Architectures;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.Latest;
import org.activationexplorer.train.LossHistory;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.activationexplorer.train.TrainingListener;

/**
 * Pick a family and an architecture, press Start: training runs on a background thread, which publishes
 * immutable progress records; an AnimationTimer takes the newest one per frame and redraws.
 */
final class TrainingPane extends BorderPane {
    /** What the window shows of a run at one instant; complete on its own, since frames may skip some. */
    record Progress(int epoch, int batch, int batchesPerEpoch, float[] losses, float[] smoothed, int stride,
                    List<EpochResult> epochs, String message, boolean finished) {}

    /** Built on the training thread: the window only draws. */
    private static Progress progress(int epoch, int batch, int perEpoch, LossHistory history, List<EpochResult> done,
                                     String message, boolean finished) {
        float[] losses = history.points();
        return new Progress(epoch, batch, perEpoch, losses, LossHistory.movingAverage(losses, 25), history.stride(),
                List.copyOf(done), message, finished);
    }

    private final ComboBox<String> activation = new ComboBox<>();
    private final ComboBox<String> arch = new ComboBox<>();
    private final Spinner<Integer> epochs = new Spinner<>(1, 100, 3);
    private final Button start = new Button("Start");
    private final Button stop = new Button("Stop");
    private final Label status = new Label("Ready: bundled MNIST");
    private final LossPlot plot = new LossPlot();
    private final Latest<Progress> latest = new Latest<>();
    private final AnimationTimer pump;
    private Thread worker;
    private volatile Trainer trainer;

    TrainingPane() {
        activation.getItems().setAll(Activations.names());
        activation.setValue("relu");
        activation.setId("activation");
        arch.getItems().setAll(Architectures.NAMES);
        arch.setValue("mlp");
        arch.setId("arch");
        start.setId("start");
        stop.setId("stop");
        status.setId("status");
        stop.setDisable(true);
        start.setOnAction(e -> start());
        stop.setOnAction(e -> stopTraining());
        HBox controls = new HBox(8, new Label("Activation"), activation, new Label("Network"), arch,
                new Label("Epochs"), epochs, start, stop);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8));
        setTop(controls);
        setCenter(plot);
        status.setPadding(new Insets(4, 8, 6, 8));
        setBottom(status);
        epochs.setPrefWidth(80);
        pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                Progress p = latest.take();
                if (p != null) {
                    show(p);
                }
            }
        };
        pump.start();
        // for demos and screenshots: bin/explorer with EXPLORER_JAVA_OPTS="-Dexplorer.autostart=lenet5" starts at once
        String auto = System.getProperty("explorer.autostart");
        if (auto != null) {
            if (Architectures.NAMES.contains(auto)) {
                arch.setValue(auto);
            }
            javafx.application.Platform.runLater(this::start);
        }
    }

    private void start() {
        RunConfig config = new RunConfig(arch.getValue(), List.of(256, 256), ActivationConfig.of(activation.getValue()),
                "adam", 1e-3, 1e-3, 0.9, 0, 128, epochs.getValue(), RunConfig.DEFAULT_SEED, 0,
                RunConfig.defaults().init(), "auto", RunConfig.DEFAULT_THREADS);
        start.setDisable(true);
        stop.setDisable(false);
        status.setText("Loading " + DatasetFolders.bundledMnist() + " …");
        worker = new Thread(() -> train(config), "training");
        worker.setDaemon(true);
        worker.start();
    }

    /** Runs on the training thread. */
    private void train(RunConfig config) {
        LossHistory history = new LossHistory(4096);
        List<EpochResult> done = new java.util.ArrayList<>();
        try (Trainer t = new Trainer(config, Dataset.load(DatasetFolders.bundledMnist()))) {
            trainer = t;
            int perEpoch = (t.data().trainSize() + config.batchSize() - 1) / config.batchSize();
            t.run(new TrainingListener() {
                long lastPublish;

                @Override
                public void onBatch(int epoch, int batch, double loss) {
                    history.add(loss);
                    long now = System.nanoTime();
                    if (now - lastPublish > 33_000_000L) { // ≤ 30 snapshots a second, whatever the batch rate
                        lastPublish = now;
                        latest.publish(progress(epoch, batch, perEpoch, history, done, null, false));
                    }
                }

                @Override
                public void onEpoch(EpochResult r) {
                    done.add(r);
                }
            });
            latest.publish(progress(t.epochsDone(), 0, perEpoch, history, done,
                    t.epochsDone() < config.epochs() ? "Stopped" : "Finished", true));
        } catch (Exception e) {
            latest.publish(progress(0, 0, 1, history, done, "Error: " + e.getMessage(), true));
        }
    }

    private void show(Progress p) {
        plot.show(p.losses(), p.smoothed(), p.stride(), p.epochs(), p.batchesPerEpoch());
        StringBuilder text = new StringBuilder(p.message() != null ? p.message() + ". "
                : String.format(Locale.ROOT, "Epoch %d, batch %d/%d. ", p.epoch() + 1, p.batch() + 1,
                        p.batchesPerEpoch()));
        if (!p.epochs().isEmpty()) {
            EpochResult r = p.epochs().get(p.epochs().size() - 1);
            text.append(String.format(Locale.ROOT, "After epoch %d: test accuracy %.2f %%, test loss %.4f, %.0f samples/s",
                    r.epoch(), 100 * r.testAccuracy(), r.testLoss(), r.samplesPerSecond()));
        }
        status.setText(text.toString());
        if (p.finished()) {
            start.setDisable(false);
            stop.setDisable(true);
        }
    }

    private void stopTraining() {
        Trainer t = trainer;
        if (t != null) {
            t.stop();
        }
    }

    /** Stops training and waits briefly for the thread, so closing the window leaves nothing running. */
    void shutdown() {
        pump.stop();
        stopTraining();
        if (worker != null) {
            try {
                worker.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
