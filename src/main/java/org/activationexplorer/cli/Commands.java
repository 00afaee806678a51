package org.activationexplorer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
