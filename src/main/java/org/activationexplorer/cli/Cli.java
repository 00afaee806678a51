package org.activationexplorer.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line front end; every command runs headless. */
@Command(name = "explorer", mixinStandardHelpOptions = true, version = "Activation Explorer 0.1",
        description = "Train and inspect neural networks with trainable activation functions on MNIST.",
        subcommands = {TrainCommand.class, RaceCommand.class, BenchCommand.class, ListActivationsCommand.class,
            CurveCommand.class, ExportCommand.class, LessonsCommand.class, PredictCommand.class, DescribeCommand.class,
            FitCommand.class, SweepCommand.class, ReportCommand.class})
public final class Cli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /**
     * Runs one command; returns the process exit code: 0 ok, 1 runtime failure, 2 bad arguments (train also uses 3
     * for divergence and 4 for a run file it could not save). Errors are one line on `err`, see ErrorMessages.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true); // --sharing channel, --weight-init he, --format SVG
        cli.setParameterExceptionHandler(ErrorMessages::badArguments);
        cli.setExecutionExceptionHandler(ErrorMessages::failure);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
