package org.activationexplorer.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;
import org.activationexplorer.plot.Palette;

/** The report's figures, as SVG, PDF and PNG at PNG_SCALE× (through FigureFiles, as every export is written). */
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

    /** Writes every figure into `folder` as SVG and PNG; returns the files written, in order. */
    public static List<Path> write(List<RunGroup> groups, Path folder) throws IOException {
        return write(groups, folder, List.of("svg", "png"), Palette.CLASSIC);
    }

    /** Writes every figure into `folder` in each of `formats` (svg, pdf, png), drawn in `palette`. */
    public static List<Path> write(List<RunGroup> groups, Path folder, List<String> formats, Palette palette)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, Figure> f : of(groups).entrySet()) {
            Figure figure = f.getValue().in(palette);
            for (String format : formats) {
                Path file = folder.resolve(f.getKey() + "." + format);
                switch (format) {
                    case "svg" -> FigureFiles.svg(figure, file);
                    case "pdf" -> FigureFiles.pdf(figure, file);
                    case "png" -> FigureFiles.png(figure, PNG_SCALE, file);
                    default -> throw new IllegalArgumentException("no figure format '" + format
                            + "'; valid: svg, pdf, png");
                }
                files.add(file);
            }
        }
        return files;
    }
}
