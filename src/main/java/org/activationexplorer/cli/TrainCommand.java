package org.activationexplorer.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.session.RunRecorder;
import org.activationexplorer.train.LossHistory;
import java.util.concurrent.Callable;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.train.DivergenceException;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import org.activationexplorer.train.TrainingListener;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network and print one JSON line per epoch.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions options;

    @CommandLine.Option(names = "--save", description = "write a run file here when training ends (see README: run files)")
    java.nio.file.Path save;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = Commands.validConfig(spec, options);
        Dataset data = Dataset.load(options.datasetFolder());
        try (Trainer trainer = new Trainer(config, data)) {
            return train(trainer, data);
        }
    }

    private int train(Trainer trainer, Dataset data) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        err.println("training " + trainer.network().describe() + " (" + trainer.network().parameterCount()
                + " parameters) on " + trainer.data().trainSize() + " images of " + data.name() + ", blas "
                + trainer.blas());
        err.flush();
        RunRecorder recorder = save == null ? null : RunRecorder.of(trainer);
        LossHistory history = new LossHistory(8192);
        List<EpochResult> epochs = new ArrayList<>();
        long[] steps = {0};
        if (recorder != null) {
            recorder.record(0, 0);
        }
        try {
            trainer.run(new TrainingListener() {
                @Override
                public void onBatch(int epoch, int batch, double loss) {
                    history.add(loss);
                    steps[0]++;
                    if (recorder != null) {
                        recorder.afterStep(steps[0], epoch);
                    }
                }

                @Override
                public void onEpoch(EpochResult r) {
                    epochs.add(r);
                    out.println(new JsonLine().put("epoch", r.epoch()).put("train_loss", r.trainLoss())
                            .put("test_loss", r.testLoss()).put("test_acc", r.testAccuracy())
                            .put("samples_per_s", r.samplesPerSecond()).put("seconds", r.trainSeconds())
                            .put("eval_seconds", r.evalSeconds()));
                    out.flush();
                }
            });
        } catch (DivergenceException e) {
            err.println("error: " + e.getMessage());
            return 3;
        }
        if (recorder != null) {
            recorder.record(steps[0], trainer.epochsDone());
            try {
                RunFiles.save(recorder.toRecord(trainer, trainer.config(), steps[0], history, epochs), save);
            } catch (IOException e) {
                err.println("error: " + e.getMessage());
                return 4;
            }
            err.println("saved " + save + " (" + recorder.frames() + " frames)");
        }
        return 0;
    }
}
