package org.activationexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationexplorer.plot.Palette;
import org.activationexplorer.report.Grouping;
import org.activationexplorer.report.ReportFigures;
import org.activationexplorer.report.ReportInputs;
import org.activationexplorer.report.ReportRun;
import org.activationexplorer.report.RunGroup;
import org.activationexplorer.report.SummaryFiles;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Summarises run files (a sweep's, from any shards and folders): tables and figures; prints each file written. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Summarise run files: runs with the same settings but the seed form a group; writes "
                + "summary.csv and summary.md (per group: n, test accuracy mean, sd and 95 % confidence interval, "
                + "test loss, samples/s, parameters) and figures (--format svg,pdf,png): accuracy (each run and the mean "
                + "± CI), accuracy-vs-speed, loss (mean and min–max over seeds), curves (each layer's learned "
                + "activation, median and band over seeds).",
            "Prints the path of every file written, one a line. Unreadable, incomplete or repeated run files are "
                + "left out with a line on stderr."})
final class ReportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "folders of run files (their *.aerun) or run files")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (made if missing; default: the first "
            + "folder given)")
    Path out;

    @Option(names = "--format", split = ",", paramLabel = "F", description = "figure formats, any of svg, pdf, png "
            + "(default: svg,png)")
    List<String> formats = List.of("svg", "png");

    @Option(names = "--palette", description = "classic or okabe-ito (colour-blind safe) (default: ${DEFAULT-VALUE})")
    String palette = "classic";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        for (String format : formats) {
            if (!List.of("svg", "pdf", "png").contains(format)) {
                throw bad("no figure format '" + format + "'; valid: svg, pdf, png");
            }
        }
        Palette chosen;
        try {
            chosen = Palette.named(palette);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw bad(input + ": no such file or folder");
            }
        }
        Path folder = out != null ? out : Files.isDirectory(inputs.get(0)) ? inputs.get(0)
                : inputs.get(0).toAbsolutePath().getParent();
        List<ReportRun> runs = ReportInputs.load(inputs, note -> {
            err.println("report: " + note);
            err.flush();
        });
        if (runs.isEmpty()) {
            throw bad("no complete run files in " + String.join(", ", inputs.stream().map(Path::toString).toList()));
        }
        List<RunGroup> groups = Grouping.groups(runs);
        err.println("report: " + runs.size() + " runs in " + groups.size() + " groups");
        err.flush();
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>(SummaryFiles.write(groups, runs.size(), folder));
        written.addAll(ReportFigures.write(groups, folder, formats, chosen));
        PrintWriter stdout = spec.commandLine().getOut();
        written.forEach(stdout::println);
        stdout.flush();
        return 0;
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
