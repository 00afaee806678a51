package org.activationexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.plot.Comparison;
import org.activationexplorer.plot.DataFiles;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.plot.FitLines;
import org.activationexplorer.plot.InitialCurves;
import org.activationexplorer.plot.Palette;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.plot.Style;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write figures or data of saved runs, as the window's Export menu does (no display needed). "
                + "Every written file is listed; existing files are kept unless --force.")
final class ExportCommand implements Callable<Integer> {
    enum What { loss, activations, all, layer, evolution, compare }

    enum Format { png, svg, pdf, csv, gif }

    @Option(names = "--run", description = "a run file")
    Path run;

    @Option(names = "--runs", arity = "2..8", paramLabel = "FILE", description = "two or more run files, for --what compare")
    List<Path> runs;

    @Option(names = "--what", description = "loss, activations (every layer), all (loss and activations), layer (one: "
            + "--layer), evolution (each layer's curves overlaid, f(x, t), its distances from the start and from the "
            + "nearest classic), compare (--runs) (default: ${DEFAULT-VALUE})")
    What what = What.all;

    @Option(names = "--layer", description = "the activation layer, from 1: for --what layer, or one layer's evolution")
    Integer layer;

    @Option(names = "--format", required = true, description = "png, svg, pdf, csv or gif (gif: the activations' "
            + "evolution)")
    Format format;

    @Option(names = "--out", required = true, description = "folder for the files (created if missing)")
    Path out;

    @Option(names = "--scale", description = "PNG/GIF scale: 1, 2 or 4 (default: 2, or the style's resolution)")
    Integer scale;

    @Option(names = "--style", description = "screen, single-column (3.5 in, 7 pt text), double-column (7 in), slide "
            + "(16:9); sizes in points for PDF and SVG (default: ${DEFAULT-VALUE})")
    String style = "screen";

    @Option(names = "--palette", description = "classic or okabe-ito (colour-blind safe) (default: ${DEFAULT-VALUE})")
    String palette = "classic";

    @Option(names = "--fit", description = "with the activations: each layer's best symbolic fits (library functions "
            + "as c·g(a·x + b) + d, polynomials, a rational; as `fit` ranks them), three drawn over each panel "
            + "(png, svg, pdf) or all five in a -fits.csv beside the curves (csv)")
    boolean fit;

    @Option(names = "--step", description = "activations at the last recorded step at or before this, 0 to the "
            + "run's last step (default: the end)")
    Long step;

    @Option(names = "--force", description = "overwrite files that exist (default: refuse and name them)")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Style chosenStyle;
    private Palette chosenPalette;

    @Override
    public Integer call() throws IOException {
        check();
        List<RunRecord> records = new ArrayList<>();
        for (Path p : what == What.compare ? runs : List.of(run)) {
            records.add(Commands.loadRun(spec, p));
        }
        RunRecord record = records.get(0);
        if (layer != null && (layer < 1 || layer > record.frames().get(0).layers().size())) {
            fail("--layer must be 1 to " + record.frames().get(0).layers().size() + " for " + run);
        }
        ExportPlan plan = new ExportPlan(out, stem(what == What.compare ? runs.get(0) : run), format.name());
        int f = record.frames().indexOf(Commands.frameAt(spec, record, step, what == What.compare ? runs.get(0) : run));
        long at = record.frames().get(f).step();
        switch (what) {
            case compare -> plan.add("compare", () -> write(Comparison.of(records).figure(records.size()
                    + " runs compared", chosenStyle), plan.last()));
            case evolution -> evolution(record, plan);
            case loss -> loss(record, plan);
            case all -> {
                loss(record, plan);
                activations(record, f, at, -1, plan);
            }
            default -> activations(record, f, at, what == What.layer ? layer - 1 : -1, plan);
        }
        List<Path> existing = plan.existing();
        if (!force && !existing.isEmpty()) {
            fail("would overwrite " + String.join(", ", existing.stream().map(Path::toString).toList())
                    + ": add --force, or choose another --out");
        }
        createFolder(out);
        AtomicFiles.checkWritable(plan.first()); // an unwritable --out is said before the figures are drawn
        for (Path p : plan.write()) {
            spec.commandLine().getOut().println(p);
        }
        return 0;
    }

    private void check() {
        if (scale != null && scale != 1 && scale != 2 && scale != 4) {
            fail("--scale must be 1, 2 or 4, got " + scale);
        }
        try {
            chosenStyle = Style.named(style);
            chosenPalette = Palette.named(palette);
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
        }
        if ((what == What.compare) != (runs != null) || (what != What.compare) == (run == null)) {
            fail(what == What.compare ? "--what compare takes --runs A B [C …], not --run"
                    : "give one --run FILE (--runs is for --what compare)");
        }
        if (format == Format.gif && what != What.activations && what != What.layer && what != What.all) {
            fail("gif animates the activations' evolution: use --what activations, layer or all");
        }
        if ((what == What.evolution || what == What.compare) && (format == Format.csv || format == Format.gif)) {
            fail("the " + what + " view is a figure: --format png, svg or pdf");
        }
        if (what == What.layer && layer == null) {
            fail("--what layer needs --layer L");
        }
        if (fit && (format == Format.gif || what == What.loss || what == What.evolution || what == What.compare)) {
            fail("--fit goes with the activations as png, svg, pdf or csv: use --what activations, layer or all");
        }
    }

    private void fail(String message) {
        throw new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private static String stem(Path file) {
        return file.getFileName().toString().replaceFirst("\\.aerun$", "");
    }

    private void loss(RunRecord record, ExportPlan plan) {
        if (format == Format.csv) {
            plan.add("loss", () -> DataFiles.lossCsv(record.losses(), record.lossStride(), record.epochs(), 0.9,
                    plan.last()));
            plan.alsoWrites(DataFiles.sibling(plan.last(), "-epochs"));
        } else if (format != Format.gif) {
            plan.add("loss", () -> write(Figure.loss(RunFigures.lossData(record), 0.9, false, RunFigures.caption(record,
                    record.epochs().size() + " epochs"), chosenStyle), plan.last()));
        }
    }

    /** Every layer (one < 0) or one layer at frame f (step `at`); a GIF animates all frames instead. */
    private void activations(RunRecord record, int f, long at, int one, ExportPlan plan) {
        String name = (one < 0 ? "activations" : "layer" + (one + 1)) + (format == Format.gif ? "" : "-step" + at);
        if (format == Format.gif) {
            plan.add(name, () -> FigureFiles.gif(RunFigures.evolution(record, new InitialCurves(record), one).stream()
                    .map(x -> x.in(chosenPalette)).toList(), scale == null ? 1 : scale, 150, plan.last()));
            return;
        }
        List<LayerSnapshot> all = RunFigures.layers(record, f);
        List<LayerSnapshot> layers = one < 0 ? all : List.of(all.get(one));
        plan.add(name, () -> {
            List<List<Candidate>> fits = fit ? layers.stream().map(l -> FitLines.rank(l, 5)).toList() : List.of();
            if (format == Format.csv) {
                DataFiles.curvesCsv(layers, plan.last());
                if (fit) {
                    DataFiles.fitsCsv(fits, DataFiles.sibling(plan.last(), "-fits"));
                }
            } else {
                write(Figure.activations(layers, false, RunFigures.caption(record, "after " + at + " training steps"),
                        List.of(), fits, chosenStyle), plan.last());
            }
        });
        if (fit && format == Format.csv) {
            plan.alsoWrites(DataFiles.sibling(plan.last(), "-fits"));
        }
    }

    private void evolution(RunRecord record, ExportPlan plan) {
        InitialCurves initial = new InitialCurves(record);
        int layers = record.frames().get(0).layers().size();
        for (int l = layer == null ? 0 : layer - 1; l < (layer == null ? layers : layer); l++) {
            int shown = l;
            plan.add("evolution-layer" + (l + 1), () -> write(RunFigures.evolutionView(record, initial, shown),
                    plan.last()));
        }
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
        Figure shown = figure.in(chosenPalette);
        switch (format) {
            case svg -> FigureFiles.svg(shown, file);
            case pdf -> FigureFiles.pdf(shown, file);
            default -> FigureFiles.png(shown, scale != null ? scale : chosenStyle == Style.SCREEN ? 2
                    : chosenStyle.pngScale(), file);
        }
    }
}
