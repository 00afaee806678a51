package org.activationexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.runs.RunFileException;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.RunConfig;
import picocli.CommandLine;

/** Checks shared by the commands. */
final class Commands {
    private Commands() {}

    /** The options as a RunConfig, or a ParameterException (one line and exit 2) naming every bad setting. */
    static RunConfig validConfig(CommandLine.Model.CommandSpec spec, TrainingOptions options) {
        RunConfig config = options.toConfig();
        List<String> problems = new java.util.ArrayList<>(options.problems());
        problems.addAll(config.problems());
        if (!problems.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid settings: " + String.join("; ", problems));
        }
        return config;
    }

    /**
     * --limit and --batch against the dataset, whose size is known once it is loaded: checked right after loading
     * and before training, so a --limit beyond the data is refused (exit 2, with the valid range) rather than cut to
     * the data's size, and a batch larger than the images used is not silently one smaller batch.
     */
    static void checkAgainstData(CommandLine.Model.CommandSpec spec, RunConfig config, Dataset data) {
        List<String> problems = dataProblems(config, data.trainSize(), data.name());
        if (!problems.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid settings: "
                    + String.join("; ", problems));
        }
    }

    /** What is wrong with limit and batch size for a dataset of `images` training images called `name`. */
    static List<String> dataProblems(RunConfig config, int images, String name) {
        List<String> problems = new java.util.ArrayList<>();
        if (config.limit() > images) {
            problems.add("limit must be 0 (all) to " + images + ", the training images of " + name + ", got "
                    + config.limit());
        }
        int used = config.limit() > 0 ? Math.min(config.limit(), images) : images;
        if (config.batchSize() > used) {
            problems.add("batch size must be 1 to " + used + ", the training images " + (used < images
                    ? "that limit " + config.limit() + " keeps" : "of " + name) + ", got " + config.batchSize());
        }
        return problems;
    }

    /**
     * The recorded frame at --step (the last one at or before it), or the last frame when step is null. A step
     * outside the run is refused with its range (exit 2), not answered with the first or last frame.
     */
    static RunRecord.Frame frameAt(CommandLine.Model.CommandSpec spec, RunRecord record, Long step, Path run) {
        long last = record.frames().get(record.frames().size() - 1).step();
        if (step != null && (step < 0 || step > last)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--step must be 0 to " + last
                    + ", the training steps recorded in " + run + ", got " + step);
        }
        return record.frameAt(step == null ? Long.MAX_VALUE : step);
    }

    /** A name in lower case (null stays null): family, architecture, optimizer and backend names are lower-case. */
    static String lowerCase(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }

    /** The run file given as --run, with at least one recorded frame, or a ParameterException naming its problem. */
    static RunRecord loadRun(CommandLine.Model.CommandSpec spec, Path run) {
        if (Files.isDirectory(run)) { // reading a folder fails with a bare "Is a directory"
            throw new CommandLine.ParameterException(spec.commandLine(), run + ": is a folder, not a run file");
        }
        RunRecord record;
        try {
            record = RunFiles.load(run);
        } catch (RunFileException e) { // names the file and its problem (missing, damaged, ...) in one line
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (record.frames().isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), run + " has no recorded frames");
        }
        return record;
    }
}
