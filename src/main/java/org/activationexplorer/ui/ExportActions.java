package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationexplorer.plot.DataFiles;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.plot.InitialCurves;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;

/**
 * The window's exports, the same files as the command line's: the loss chart, all activation layers or one, as
 * SVG, PNG (1×, 2×, 4×), CSV, or the layers' evolution as a GIF (from the replayed run, or the live run's last save).
 */
final class ExportActions {
    /** What to export: the loss chart, every activation layer, or one layer (its index). */
    static final int LOSS = -2;
    static final int ALL_LAYERS = -1;

    /** A written file (and its frame count for a GIF), or the problem in words (file null). */
    record Result(Path file, int frames, String problem) {
        String text() {
            return problem != null ? "Export failed: " + problem
                    : "Saved " + file + (frames > 0 ? " (" + frames + " frames)" : "");
        }
    }

    private final WindowModel model;
    private final LossPanel loss;
    private final ActivationGallery gallery;

    ExportActions(WindowModel model, LossPanel loss, ActivationGallery gallery) {
        this.model = model;
        this.loss = loss;
        this.gallery = gallery;
    }

    /** The export items for one thing (LOSS, ALL_LAYERS or a layer index). */
    List<MenuItem> items(int what) {
        String name = what == LOSS ? "loss" : what == ALL_LAYERS ? "activations" : "layer " + (what + 1);
        List<MenuItem> list = new ArrayList<>();
        for (String format : what == LOSS ? new String[] {"SVG", "PNG 1×", "PNG 2×", "PNG 4×", "CSV"}
                : what == ALL_LAYERS ? new String[] {"SVG", "PNG 1×", "PNG 2×", "PNG 4×", "CSV", "GIF"}
                : new String[] {"SVG", "PNG 1×", "PNG 2×", "PNG 4×", "CSV", "GIF", "EVOLUTION"}) {
            MenuItem item = new MenuItem(format.equals("GIF") ? "Save " + name + " evolution as GIF…"
                    : format.equals("EVOLUTION") ? "Save " + name + " evolution view (curves, f(x, t)) as SVG…"
                    : "Save " + name + " as " + format + "…");
            item.setOnAction(e -> choose(what, format, gallery.getScene().getWindow()));
            list.add(item);
        }
        return list;
    }

    ContextMenu menu(int what) {
        return new ContextMenu(items(what).toArray(MenuItem[]::new));
    }

    private void choose(int what, String format, Window owner) {
        ViewFrame f = model.frame();
        if (f == null) {
            model.note("Nothing to export yet");
            return;
        }
        String ext = format.startsWith("PNG") ? "png" : format.equals("EVOLUTION") ? "svg" : format.toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(String.join("+", f.config().familyNames()) + "-" + (what == LOSS ? "loss"
                : what == ALL_LAYERS ? "activations" : "layer" + (what + 1)) + "-step" + f.step() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, "*." + ext));
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            double scale = format.startsWith("PNG") ? Double.parseDouble(format.substring(4, 5)) : 1;
            model.note(export(what, format.equals("EVOLUTION") ? "evolution" : ext, scale, file.toPath()).text());
        }
    }

    /** Writes one export: svg, png at scale, csv, gif, or a layer's evolution view (svg). */
    Result export(int what, String format, double scale, Path file) {
        ViewFrame f = model.frame();
        if (f == null) {
            return new Result(null, 0, "nothing to export yet: start a run or open one");
        }
        String caption = RunFigures.caption(f.config(), f.loss().epochs().size() + " epochs, step " + f.step());
        List<LayerSnapshot> layers = what >= 0 ? List.of(f.layers().get(what)) : f.layers();
        try {
            if (format.equals("gif")) {
                return gif(what, scale, file);
            }
            if (format.equals("evolution")) {
                return evolutionView(Math.max(0, what), file);
            }
            if (format.equals("csv")) {
                if (what == LOSS) {
                    DataFiles.lossCsv(f.loss().losses(), f.loss().stride(), f.loss().epochs(),
                            loss.smoothing.getValue(), file);
                } else {
                    DataFiles.curvesCsv(layers, file);
                }
            } else {
                Figure figure = what == LOSS ? Figure.loss(f.loss(), loss.smoothing.getValue(),
                        loss.logScale.isSelected(), caption)
                        : Figure.activations(layers, gallery.derivative.isSelected(), caption);
                if (format.equals("svg")) {
                    FigureFiles.svg(figure, file);
                } else {
                    FigureFiles.png(figure, scale, file);
                }
            }
            return new Result(file, 0, null);
        } catch (IOException | RuntimeException e) {
            return new Result(null, 0, e.getMessage());
        }
    }

    private static final String NO_RUN = "the evolution needs a saved run: use File > Save run now, stop or finish "
            + "the run, or open one";

    /** The replayed run, else the live session's last saved one, else null. */
    private RunRecord savedRun() throws IOException {
        RecordedFrames replay = model.recorded();
        Path saved = model.session.lastSaved();
        return replay != null ? replay.run() : saved != null ? RunFiles.load(saved) : null;
    }

    /** One layer's evolution (curves overlaid, f(x, t), distance from the start) as one SVG figure. */
    private Result evolutionView(int layer, Path file) throws IOException {
        RecordedFrames replay = model.recorded();
        RunRecord run = savedRun();
        if (run == null) {
            return new Result(null, 0, NO_RUN);
        }
        FigureFiles.svg(RunFigures.evolutionView(run, replay != null ? replay.initial() : new InitialCurves(run), layer),
                file);
        return new Result(file, run.frames().size(), null);
    }

    /** The evolution of the layers (or one) over the recorded steps of the replayed run, or of the last saved run. */
    private Result gif(int what, double scale, Path file) throws IOException {
        RecordedFrames replay = model.recorded();
        RunRecord run = savedRun();
        if (run == null) {
            return new Result(null, 0, NO_RUN);
        }
        InitialCurves initial = replay != null ? replay.initial() : new InitialCurves(run);
        List<Figure> frames = RunFigures.evolution(run, initial, what >= 0 ? what : -1); // axes fixed across frames
        FigureFiles.gif(frames, Math.max(1, scale / 2), 150, file);
        return new Result(file, frames.size(), null);
    }
}
