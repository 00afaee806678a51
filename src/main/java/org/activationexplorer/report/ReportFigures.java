package org.activationexplorer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;

/** The report's figures, each as SVG and as PNG at PNG_SCALE× (through FigureFiles, as every export is written). */
public final class ReportFigures {
    static final double PNG_SCALE = 2;

    private ReportFigures() {}

    /** By file name without extension: accuracy, accuracy-vs-speed, loss, curves. */
    public static Map<String, Figure> of(List<RunGroup> groups) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        figures.put("accuracy", AccuracyDots.figure(groups));
        figures.put("accuracy-vs-speed", SpeedScatter.figure(groups));
        figures.put("loss", LossBands.figure(groups));
        figures.put("curves", CurveBands.figure(groups));
        return figures;
    }

    /** Writes every figure into `folder`; returns the files written, in order. */
    public static List<Path> write(List<RunGroup> groups, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Figure> f : of(groups).entrySet()) {
            Path svg = folder.resolve(f.getKey() + ".svg"), png = folder.resolve(f.getKey() + ".png");
            FigureFiles.svg(f.getValue(), svg);
            FigureFiles.png(f.getValue(), PNG_SCALE, png);
            files.add(svg);
            files.add(png);
        }
        return files;
    }
}
