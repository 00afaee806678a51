package org.activationexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.plot.DataFiles;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FitLines;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write figures or data of a saved run, as the window's Export menu does (no display needed).")
final class ExportCommand implements Callable<Integer> {
    enum What { loss, activations, all, evolution }

    enum Format { png, svg, csv, gif }

    @Option(names = "--run", required = true, description = "a run file")
    Path run;

    @Option(names = "--what", description = "loss, activations, all, or evolution (each layer's curves overlaid, "
            + "f(x, t) as a heatmap, its distance from the start; png or svg) (default: ${DEFAULT-VALUE})")
    What what = What.all;

    @Option(names = "--format", required = true, description = "png, svg, csv or gif (gif: the activations' evolution)")
    Format format;

    @Option(names = "--out", required = true, description = "folder for the files (created if missing)")
    Path out;

    @Option(names = "--scale", description = "PNG/GIF scale: 1, 2 or 4 (default: ${DEFAULT-VALUE})")
    int scale = 2;

    @Option(names = "--fit", description = "with the activations: each layer's best symbolic fits (library functions "
            + "as c·g(a·x + b) + d, polynomials, a rational; as `fit` ranks them), three drawn over each panel (png, "
            + "svg) or all five in a -fits.csv beside the curves (csv)")
    boolean fit;

    @Option(names = "--step", description = "activations at the last recorded step at or before this (default: the end)")
    Long step;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (scale != 1 && scale != 2 && scale != 4) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--scale must be 1, 2 or 4, got " + scale);
        }
        if (format == Format.gif && what == What.loss) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "gif animates the activations' evolution: use --what activations");
        }
        if (what == What.evolution && format != Format.png && format != Format.svg) {
            throw new CommandLine.ParameterException(spec.commandLine(), "the evolution view is a figure: --format png or svg");
        }
        if (fit && (format == Format.gif || what == What.loss || what == What.evolution)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fit goes with the activations as png, svg or csv: use --what activations or all");
        }
        RunRecord record = Commands.loadRun(spec, run);
        createFolder(out);
        String stem = run.getFileName().toString().replaceFirst("\\.aerun$", "");
        List<Path> written = new ArrayList<>();
        if (what == What.evolution) {
            var initial = new org.activationexplorer.plot.InitialCurves(record);
            for (int l = 0; l < record.frames().get(0).layers().size(); l++) {
                Path file = out.resolve(stem + "-evolution-layer" + (l + 1) + "." + format);
                write(RunFigures.evolutionView(record, initial, l), file);
                written.add(file);
            }
            written.forEach(p -> spec.commandLine().getOut().println(p));
            return 0;
        }
        if (what != What.activations && format != Format.gif) {
            Path file = out.resolve(stem + "-loss." + format);
            if (format == Format.csv) {
                DataFiles.lossCsv(record.losses(), record.lossStride(), record.epochs(), 0.9, file);
            } else {
                write(Figure.loss(RunFigures.lossData(record), 0.9, false, RunFigures.caption(record,
                        record.epochs().size() + " epochs")), file);
            }
            written.add(file);
        }
        if (what == What.activations || what == What.all) {
            Path file = out.resolve(stem + "-activations." + format);
            int f = record.frames().indexOf(record.frameAt(step == null ? Long.MAX_VALUE : step));
            RunRecord.Frame frame = record.frames().get(f);
            var layers = RunFigures.layers(record, f);
            List<List<Candidate>> fits = fit ? layers.stream().map(l -> FitLines.rank(l, 5)).toList() : List.of();
            switch (format) {
                case csv -> DataFiles.curvesCsv(layers, file);
                case gif -> FigureFiles.gif(RunFigures.evolution(record), Math.max(1, scale / 2.0), 150, file); // GIFs grow fast
                default -> write(Figure.activations(layers, false, RunFigures.caption(record, "after " + frame.step()
                        + " training steps"), List.of(), fits), file);
            }
            written.add(file);
            if (fit && format == Format.csv) {
                Path fitsFile = DataFiles.sibling(file, "-fits");
                DataFiles.fitsCsv(fits, fitsFile);
                written.add(fitsFile);
            }
        }
        written.forEach(p -> spec.commandLine().getOut().println(p));
        return 0;
    }

    /** --out and its missing parents; Files.createDirectories' own messages are bare paths ("/proc/nope"). */
    private static void createFolder(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            String why = FileProblems.describeCreating(folder, e);
            throw new IOException("cannot create folder " + folder + ": " + why, e);
        }
    }

    private void write(Figure figure, Path file) throws IOException {
        if (format == Format.svg) {
            FigureFiles.svg(figure, file);
        } else {
            FigureFiles.png(figure, scale, file);
        }
    }
}
