package org.activationexplorer.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Trains as the window does (a TrainingRun: the same steps, divergence guard and run file) and prints one JSON line
 * per epoch. Exit codes: 0 done, 3 diverged (nothing saved), 4 the run file could not be written.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network and print one JSON line per epoch.")
final class TrainCommand implements Callable<Integer> {

    @Mixin
    TrainingOptions options;

    @CommandLine.Option(names = "--save", description = "write a run file here when training ends (see README: run files)")
    java.nio.file.Path save;

    @CommandLine.Option(names = "--lesson", paramLabel = "ID", description = "train a lesson's settings (see `lessons`); "
            + "--blas, --threads and --dataset still apply, the other training options are the lesson's")
    String lesson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = lesson == null ? Commands.validConfig(spec, options) : lessonConfig();
        checkSaveTarget();
        Dataset data = Dataset.load(options.datasetFolder());
        try (TrainingRun run = new TrainingRun(new Trainer(config, data))) {
            return train(run, data);
        }
    }

    private RunConfig lessonConfig() {
        try {
            RunConfig c = org.activationexplorer.lessons.Lessons.bundled(lesson).settings();
            return new RunConfig(c.arch(), c.hidden(), c.activation(), c.optimizer(), c.learningRate(),
                    c.activationLearningRate(), c.momentum(), c.weightDecay(), c.batchSize(), c.epochs(), c.seed(),
                    c.limit(), c.init(), options.toConfig().blas(), options.toConfig().threads()).validated();
        } catch (org.activationexplorer.lessons.LessonFormatException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Each activation layer's health at the epoch's last batch, as JSON objects. */
    static java.util.List<JsonLine> layers(EpochResult r) {
        return r.layers().stream().map(h -> new JsonLine().put("dead_fraction", h.deadFraction())
                .put("saturated_fraction", h.saturatedFraction()).put("mean_abs_slope", h.meanAbsSlope())
                .put("grad_norm", h.gradNorm()).put("update_ratio", h.updateRatio())).toList();
    }

    /** A --save that cannot be written is refused before training, not found out after it (exit 2). */
    private void checkSaveTarget() {
        if (save == null) {
            return;
        }
        java.nio.file.Path folder = save.toAbsolutePath().getParent();
        String problem = java.nio.file.Files.isDirectory(save) ? save + " is a folder; --save needs a file name"
                : folder == null || !java.nio.file.Files.isDirectory(folder) ? "the folder " + folder + " does not exist"
                : !java.nio.file.Files.isWritable(folder) ? "the folder " + folder + " cannot be written" : null;
        if (problem != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot save the run: " + problem);
        }
    }

    private int train(TrainingRun run, Dataset data) {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Trainer trainer = run.trainer();
        err.println("training " + trainer.network().describe() + " (" + trainer.network().parameterCount()
                + " parameters) on " + trainer.data().trainSize() + " images of " + data.name() + ", blas "
                + trainer.blas());
        err.flush();
        while (!run.finished()) {
            RunEvent.Diverged diverged = run.trainBatch();
            if (diverged != null) {
                err.println("error: training diverged at epoch " + diverged.divergence().epoch() + ", batch "
                        + diverged.divergence().batch() + ": " + EventText.what(diverged.divergence())
                        + "; lower --lr" + (diverged.trainableActivation() ? " or --activation-lr" : "")
                        + (save == null ? "" : " (nothing saved)"));
                return 3;
            }
            if (run.epochComplete()) {
                EpochResult r = run.finishEpoch();
                out.println(new JsonLine().put("epoch", r.epoch()).put("train_loss", r.trainLoss())
                        .put("test_loss", r.testLoss()).put("test_acc", r.testAccuracy())
                        .put("samples_per_s", r.samplesPerSecond()).put("seconds", r.trainSeconds())
                        .put("eval_seconds", r.evalSeconds()).put("layers", layers(r)));
                out.flush();
            }
        }
        if (save != null) {
            RunEvent.SaveOutcome outcome = run.save(save);
            if (!(outcome instanceof RunEvent.Saved)) {
                err.println("error: " + (outcome instanceof RunEvent.SaveFailed f ? f.reason() : "nothing to save"));
                return 4;
            }
            err.println("saved " + save + " (" + run.recordedFrames() + " frames)");
        }
        return 0;
    }
}
