package org.activationexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Activations;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.Race;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Trains 2 to 4 families side by side (a Race: same seed, weights and batch order, one batch of each in turn) and
 * prints train's JSON line per lane and epoch, with the family. Exit codes: 0 done, 3 a lane diverged (the others
 * still ran to the end), 4 a run file could not be written.
 */
@Command(name = "race", mixinStandardHelpOptions = true,
        description = {"Train 2 to 4 activation families side by side on the same data (same seed, initial weights "
                + "and batch order, one batch of each in turn) and print one JSON line per family and epoch; each "
                + "family's numbers equal those of train with the same options.",
            "Every option of train applies to all families, except --activation, --param and --init, which are "
                + "refused: name the families with --activations; each runs with its default hyperparameters."})
final class RaceCommand implements Callable<Integer> {
    /** Options that belong to one family: with several families they would be ambiguous. */
    private static final List<String> REFUSED = List.of("--activation", "--param", "--init");

    @Mixin
    TrainingOptions options;

    @Option(names = "--activations", split = ",", required = true, paramLabel = "FAMILY",
            description = "2 to 4 different families, comma-separated, e.g. relu,pau,ditac (see list-activations)")
    List<String> activations;

    @Option(names = "--save-dir", paramLabel = "DIR",
            description = "in this existing folder, save a run file per family that finishes: relu"
                    + RunFiles.EXTENSION + " and so on")
    Path saveDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private List<String> names; // the lanes' families, in the order given

    @Override
    public Integer call() throws IOException {
        for (String option : REFUSED) {
            if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                throw bad(option + " is not for race: name the families with --activations (each runs with its "
                        + "defaults)");
            }
        }
        RunConfig base = Commands.validConfig(spec, options);
        names = families();
        List<ActivationConfig> lanes = Race.families(base, names);
        List<String> problems = new ArrayList<>();
        for (ActivationConfig lane : lanes) {
            base.withActivation(lane).problems().forEach(p -> problems.add(lane.family() + ": " + p));
        }
        if (!problems.isEmpty()) {
            throw bad("invalid settings: " + String.join("; ", problems));
        }
        checkSaveDir(names);
        Dataset data = Dataset.load(options.datasetFolder());
        Commands.checkAgainstData(spec, base, data);
        Printer printer = new Printer();
        try (Race race = new Race(base, lanes, data, printer)) {
            return race(race, data, printer);
        }
    }

    /** The --activations names in lower case: 2 to 4 different known families, or one message naming the problem. */
    private List<String> families() {
        List<String> given = activations.stream().map(Commands::lowerCase).map(String::strip).toList();
        if (given.size() < Race.MIN_LANES || given.size() > Race.MAX_LANES) {
            throw bad("--activations needs " + Race.MIN_LANES + " to " + Race.MAX_LANES + " families, got "
                    + given.size() + " (" + String.join(",", given) + ")");
        }
        for (String name : given) {
            try {
                Activations.family(name);
            } catch (IllegalArgumentException e) {
                throw bad("--activations: " + e.getMessage());
            }
        }
        if (new HashSet<>(given).size() != given.size()) {
            throw bad("--activations names a family twice: " + String.join(",", given));
        }
        return given;
    }

    /**
     * A --save-dir that cannot be written is refused before training (exit 2), as train's --save is: by writing
     * and removing a file of ours there (a read-only file system or /proc pass a permission check as root).
     */
    private void checkSaveDir(List<String> families) {
        if (saveDir == null) {
            return;
        }
        if (!Files.isDirectory(saveDir)) {
            throw bad("cannot save the runs: " + saveDir + (Files.exists(saveDir) ? " is not a folder"
                    : " does not exist"));
        }
        try {
            AtomicFiles.checkWritable(saveDir.resolve(families.get(0) + RunFiles.EXTENSION));
        } catch (IOException e) {
            throw bad("cannot save the runs: " + e.getMessage());
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private int race(Race race, Dataset data, Printer printer) {
        PrintWriter err = spec.commandLine().getErr();
        for (TrainingRun run : race.runs()) {
            err.println("race: " + run.config().activation().family() + ", " + run.trainer().network().describe()
                    + " (" + run.trainer().network().parameterCount() + " parameters)");
        }
        err.println("on " + race.run(0).trainer().data().trainSize() + " images of " + data.name() + ", blas "
                + race.run(0).trainer().blas() + ", one batch of each in turn");
        err.flush();
        while (race.step()) {
            // the printer reports epochs and divergences as they happen
        }
        int code = printer.diverged ? 3 : 0;
        if (saveDir != null) {
            for (int lane = 0; lane < race.lanes(); lane++) {
                if (race.run(lane).diverged() == null && !save(race, lane, err)) {
                    code = code == 0 ? 4 : code;
                }
            }
        }
        return code;
    }

    /** Writes a finished lane's run file; false (with an error line) when it could not be written. */
    private boolean save(Race race, int lane, PrintWriter err) {
        TrainingRun run = race.run(lane);
        Path file = saveDir.resolve(race.family(lane) + RunFiles.EXTENSION);
        RunEvent.SaveOutcome outcome = run.save(file);
        if (!(outcome instanceof RunEvent.Saved)) {
            err.println("error: " + race.family(lane) + ": "
                    + (outcome instanceof RunEvent.SaveFailed f ? f.reason() : "nothing to save"));
            return false;
        }
        err.println("saved " + file + " (" + run.recordedFrames() + " frames)");
        return true;
    }

    /** train's JSON line with the family, as each lane ends an epoch; one error line when a lane diverges. */
    private final class Printer implements Race.Listener {
        boolean diverged;

        @Override
        public void epochFinished(int lane, EpochResult r) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(new JsonLine().put("activation", names.get(lane)).put("epoch", r.epoch())
                    .put("train_loss", r.trainLoss()).put("test_loss", r.testLoss()).put("test_acc", r.testAccuracy())
                    .put("samples_per_s", r.samplesPerSecond()).put("seconds", r.trainSeconds())
                    .put("eval_seconds", r.evalSeconds()).put("layers", TrainCommand.layers(r)));
            out.flush();
        }

        @Override
        public void diverged(int lane, RunEvent.Diverged d) {
            diverged = true;
            PrintWriter err = spec.commandLine().getErr();
            err.println("error: " + names.get(lane) + " diverged at epoch " + d.divergence().epoch() + ", batch "
                    + d.divergence().batch() + ": " + EventText.what(d.divergence()) + "; lower --lr"
                    + (d.trainableActivation() ? " or --activation-lr" : "") + " (the others go on"
                    + (saveDir == null ? ")" : "; its run is not saved)"));
            err.flush();
        }
    }

}
