package org.activationexplorer.cli;

import java.util.List;
import org.activationexplorer.train.RunConfig;
import picocli.CommandLine;

/** Checks shared by the commands. */
final class Commands {
    private Commands() {}

    /** The options as a RunConfig, or a ParameterException (usage + exit 2) naming every bad setting. */
    static RunConfig validConfig(CommandLine.Model.CommandSpec spec, TrainingOptions options) {
        RunConfig config = options.toConfig();
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "invalid settings: " + String.join("; ", problems));
        }
        return config;
    }
}
