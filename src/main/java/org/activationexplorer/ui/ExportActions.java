package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.activationexplorer.fit.Candidate;
import org.activationexplorer.plot.DataFiles;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.plot.FitLines;
import org.activationexplorer.plot.InitialCurves;
import org.activationexplorer.plot.RunFigures;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.session.LayerSnapshot;

/**
 * The window's exports, the same files as the command line's: the loss chart, all activation layers or one, as
 * SVG, PDF, PNG (1×, 2×, 4×), CSV, with each layer's symbolic fits drawn over it, or the layers' evolution as a GIF or a
 * layer's evolution view (from the replayed run, or the live run's last save). What to draw is read on the FX thread;
 * the files are written on a background thread (a GIF or the fits take seconds), and the status line says when.
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

    /** What the export reads from the window, taken on the FX thread: the frame, the chart settings, the run. */
    record Source(ViewFrame frame, double smoothing, boolean logScale, boolean derivative, RecordedFrames replay,
                  Path saved) {}

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
        for (String format : what == LOSS ? new String[] {"SVG", "PDF", "PNG 1×", "PNG 2×", "PNG 4×", "CSV"}
                : what == ALL_LAYERS ? new String[] {"SVG", "PDF", "PNG 1×", "PNG 2×", "PNG 4×", "CSV", "GIF"}
                : new String[] {"SVG", "PDF", "PNG 1×", "PNG 2×", "PNG 4×", "CSV", "GIF", "EVOLUTION"}) {
            MenuItem item = new MenuItem(format.equals("GIF") ? "Save " + name + " evolution as GIF…"
                    : format.equals("EVOLUTION") ? "Save " + name + " evolution view (curves, f(x, t), distances) as SVG…"
                    : "Save " + name + " as " + format + "…");
            item.setOnAction(e -> choose(what, format, gallery.getScene().getWindow()));
            list.add(item);
        }
        if (what != LOSS) {
            for (String format : new String[] {"FITS-SVG", "FITS-PNG"}) {
                MenuItem item = new MenuItem("Save " + name + " with symbolic fits as " + format.substring(5)
                        + (format.endsWith("PNG") ? " 2×" : "") + "…");
                item.setOnAction(e -> choose(what, format, gallery.getScene().getWindow()));
                list.add(item);
            }
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
        String ext = format.endsWith("PNG") || format.startsWith("PNG") ? "png"
                : format.equals("EVOLUTION") || format.equals("FITS-SVG") ? "svg" : format.toLowerCase(Locale.ROOT);
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(String.join("+", f.config().familyNames()) + "-" + (what == LOSS ? "loss"
                : what == ALL_LAYERS ? "activations" : "layer" + (what + 1)) + "-step" + f.step() + "." + ext);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format, "*." + ext));
        chooser.setInitialDirectory(SaveFolders.exportsOrNull()); // the installed program: ~/ActivationExplorer/exports
        java.io.File file = chooser.showSaveDialog(owner);
        if (file != null) {
            double scale = format.startsWith("PNG") ? Double.parseDouble(format.substring(4, 5))
                    : format.equals("FITS-PNG") ? 2 : 1;
            String kind = format.equals("EVOLUTION") ? "evolution" : format.startsWith("FITS") ? "fits-" + ext : ext;
            Source source = source();
            model.note("Writing " + file.getName() + "…");
            CompletableFuture.supplyAsync(() -> export(what, kind, scale, file.toPath(), source))
                    .thenAccept(r -> Platform.runLater(() -> model.note(r.text())));
        }
    }

    /** The window's state for an export; on the FX thread. */
    Source source() {
        return new Source(model.frame(), loss.smoothing.getValue(), loss.logScale.isSelected(),
                gallery.derivative.isSelected(), model.recorded(), model.session.lastSaved());
    }

    /** One export with the window's present state, written on the calling thread (tests; on the FX thread). */
    Result export(int what, String format, double scale, Path file) {
        return export(what, format, scale, file, source());
    }

    /**
     * Writes one export: svg, png at scale, csv, gif, a layer's evolution view ("evolution", svg), or the layers with
     * their fits ("fits-svg", "fits-png"). Any thread.
     */
    Result export(int what, String format, double scale, Path file, Source source) {
        ViewFrame f = source.frame();
        if (f == null) {
            return new Result(null, 0, "nothing to export yet: start a run or open one");
        }
        String caption = RunFigures.caption(f.config(), f.loss().epochs().size() + " epochs, step " + f.step());
        List<LayerSnapshot> layers = what >= 0 ? List.of(f.layers().get(what)) : f.layers();
        try {
            if (format.equals("gif")) {
                return gif(what, scale, file, source);
            }
            if (format.equals("evolution")) {
                return evolutionView(Math.max(0, what), file, source);
            }
            List<List<Candidate>> fits = List.of();
            if (format.startsWith("fits-")) {
                fits = layers.stream().map(l -> FitLines.rank(l, 5)).toList();
                format = format.substring(5);
            }
            if (format.equals("csv")) {
                if (what == LOSS) {
                    DataFiles.lossCsv(f.loss().losses(), f.loss().stride(), f.loss().epochs(), source.smoothing(),
                            file);
                } else {
                    DataFiles.curvesCsv(layers, file);
                }
            } else {
                Figure figure = what == LOSS ? Figure.loss(f.loss(), source.smoothing(), source.logScale(), caption)
                        : Figure.activations(layers, source.derivative(), caption, List.of(), fits);
                if (format.equals("svg")) {
                    FigureFiles.svg(figure, file);
                } else if (format.equals("pdf")) {
                    FigureFiles.pdf(figure, file);
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
    private static RunRecord savedRun(Source source) throws IOException {
        return source.replay() != null ? source.replay().run() : source.saved() != null ? RunFiles.load(source.saved())
                : null;
    }

    /** One layer's evolution (curves overlaid, f(x, t), distance from the start) as one SVG figure. */
    private static Result evolutionView(int layer, Path file, Source source) throws IOException {
        RecordedFrames replay = source.replay();
        RunRecord run = savedRun(source);
        if (run == null) {
            return new Result(null, 0, NO_RUN);
        }
        FigureFiles.svg(RunFigures.evolutionView(run, replay != null ? replay.initial() : new InitialCurves(run), layer),
                file);
        return new Result(file, run.frames().size(), null);
    }

    /** The evolution of the layers (or one) over the recorded steps of the replayed run, or of the last saved run. */
    private static Result gif(int what, double scale, Path file, Source source) throws IOException {
        RecordedFrames replay = source.replay();
        RunRecord run = savedRun(source);
        if (run == null) {
            return new Result(null, 0, NO_RUN);
        }
        InitialCurves initial = replay != null ? replay.initial() : new InitialCurves(run);
        List<Figure> frames = RunFigures.evolution(run, initial, what >= 0 ? what : -1); // axes fixed across frames
        FigureFiles.gif(frames, Math.max(1, scale / 2), 150, file);
        return new Result(file, frames.size(), null);
    }
}
