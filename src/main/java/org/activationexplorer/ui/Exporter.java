package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.plot.DataFiles;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.Snapshot;

/** The window's exports: the same files as the command line's export, from the snapshot on screen. */
final class Exporter {
    private Exporter() {}

    static void svg(Figure figure, Path file) throws IOException {
        FigureFiles.svg(figure, file);
    }

    static void png(Figure figure, double scale, Path file) throws IOException {
        FigureFiles.png(figure, scale, file);
    }

    static void lossCsv(Snapshot s, double smoothing, Path file) throws IOException {
        DataFiles.lossCsv(s.losses(), s.lossStride(), s.epochs(), smoothing, file);
    }

    static void curvesCsv(List<LayerSnapshot> layers, Path file) throws IOException {
        DataFiles.curvesCsv(layers, file);
    }
}
