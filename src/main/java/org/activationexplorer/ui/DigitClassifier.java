package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.runs.RunNetwork;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.DigitAnswer;
import org.activationexplorer.session.Snapshot;
import org.activationexplorer.train.Latest;

/**
 * Answers drawn digits with the network on screen: the live run's (the training thread runs it between batches) or a
 * replayed run's final network (rebuilt from its file on a thread of its own, with the dataset's normalisation). The
 * newest answer is a property that the pad and the activation panels (markers where the digit falls) read.
 */
final class DigitClassifier implements AutoCloseable {
    /** A drawn digit is 28×28 grey: a network of colour images (CIFAR-10) has no answer for it. */
    static final String NOT_DIGITS = "A drawn digit needs a network trained on 28×28 digit images; this run's "
            + "network takes other images";
    private final WindowModel model;
    private final Latest<DigitAnswer> replayAnswers = new Latest<>();
    private final ReadOnlyObjectWrapper<DigitAnswer> answer = new ReadOnlyObjectWrapper<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "digit");
        t.setDaemon(true);
        return t;
    });
    private RunRecord networkOf; // the replayed run whose network is built, and the network
    private RunNetwork network;
    private Dataset dataset;

    DigitClassifier(WindowModel model) {
        this.model = model;
    }

    ReadOnlyObjectProperty<DigitAnswer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Asks for an answer to the 28×28 image; false (and a note) when no network is on screen. */
    boolean classify(byte[] image, Path datasetFolder) {
        RecordedFrames replay = model.recorded();
        Snapshot live = model.snapshot();
        if (replay != null) {
            RunRecord run = replay.run();
            if (run.input() != null && run.input().features() != image.length) {
                model.note(NOT_DIGITS);
                return false;
            }
            thread.execute(() -> replayAnswers.publish(answerWith(run, image, datasetFolder)));
            return true;
        }
        if (live != null && model.session.running()) {
            if (!model.session.classify(image)) {
                model.note(NOT_DIGITS);
                return false;
            }
            return true;
        }
        model.note("A digit needs a network: start a run, or open a saved one");
        return false;
    }

    private DigitAnswer answerWith(RunRecord run, byte[] image, Path folder) {
        try {
            if (dataset == null) {
                dataset = Dataset.load(folder);
            }
            if (networkOf != run) {
                if (network != null) {
                    network.close();
                }
                network = RunNetwork.of(run, dataset);
                networkOf = run;
            }
            return DigitAnswer.of(network.network(), dataset.normalise(image), image, dataset.classes(), -1);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Once per pulse: takes the newest answer; true if it changed. */
    boolean pulse() {
        DigitAnswer a = model.modeProperty().get() == WindowModel.Mode.REPLAY ? replayAnswers.take()
                : model.session.digits().take();
        if (a == null) {
            return false;
        }
        answer.set(a);
        return true;
    }

    /** Forget the digit (Clear): the markers go. */
    void clear() {
        answer.set(null);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        if (network != null) {
            network.close();
        }
    }
}
