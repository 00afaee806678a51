package org.activationexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.io.AtomicFiles;
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
 * per epoch. Every option is checked before any work: the settings and --save before the dataset loads, --limit
 * and --batch against the dataset right after it loads, then training. The dataset's size is in its files'
 * headers, but reading them apart would mean a second reader for IDX, gzip and CIFAR files, to save the load: 0.45 s
 * for the bundled MNIST (bin/explorer refused --limit 100000 after 0.85-0.98 s, --blas bogus after 0.36-0.54 s, five
 * runs each, 2026-12-03).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a network and print one JSON line per epoch.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:trained (and saved at --save)",
            "1:a failure while running, such as a dataset file that cannot be read",
            "2:invalid options, found before training: settings, a --save target that cannot be written, --limit or "
                    + "--batch beyond the dataset",
            "3:training diverged: nothing is saved, and a file already at --save is left as it was",
            "4:trained, but the run file could not be written at --save: the error says why, and where the run was "
                    + "saved instead (the temporary folder), if it could be"})
final class TrainCommand implements Callable<Integer> {
    /** The exit code of a run that diverged (see exitCodeList). */
    static final int DIVERGED = 3;

    @Mixin
    TrainingOptions options;

    @CommandLine.Option(names = "--save", description = "write a run file here when training ends (see README: run "
            + "files); checked before training: its folder must exist and take a new file")
    Path save;

    @CommandLine.Option(names = "--lesson", paramLabel = "ID",
            description = "train a lesson's settings (see `lessons`); "
            + "--blas, --threads and --dataset still apply, the other training options are the lesson's")
    String lesson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunConfig config = lesson == null ? Commands.validConfig(spec, options) : lessonConfig();
        checkSaveTarget();
        Dataset data = Dataset.load(options.datasetFolder());
        Commands.checkAgainstData(spec, config, data);
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
        } catch (org.activationexplorer.lessons.LessonFormatException | IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** Each activation layer's health at the epoch's last batch, as JSON objects. */
    static java.util.List<JsonLine> layers(EpochResult r) {
        return r.layers().stream().map(h -> new JsonLine().put("dead_fraction", h.deadFraction())
                .put("saturated_fraction", h.saturatedFraction()).put("mean_abs_slope", h.meanAbsSlope())
                .put("grad_norm", h.gradNorm()).put("update_ratio", h.updateRatio())).toList();
    }

    /**
     * A --save that cannot be written is refused before training, not found out after it (exit 2): a file of ours
     * is created and removed in its folder, so read-only file systems, permissions and folders like /proc are
     * found as the save would meet them.
     */
    private void checkSaveTarget() {
        if (save == null) {
            return;
        }
        try {
            AtomicFiles.checkWritable(save);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--save: " + e.getMessage());
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
                        + (save == null ? "" : "; nothing saved, " + (Files.exists(save)
                                ? "the file at --save is unchanged" : "no file at --save")));
                return DIVERGED;
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
        return save == null ? 0 : SaveWithFallback.save(run, save, Path.of(System.getProperty("java.io.tmpdir")), err);
    }
}
