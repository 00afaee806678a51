package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.report.Grouping;
import org.activationexplorer.report.ReportFigures;
import org.activationexplorer.report.ReportInputs;
import org.activationexplorer.report.ReportRun;
import org.activationexplorer.report.RunGroup;
import org.activationexplorer.report.SummaryFiles;

/**
 * A sweep folder (File → Open sweep…) with the views `bin/explorer report` writes: the summary table (mean, sd and
 * 95 % CI of the test accuracy per family and setting), accuracy per family, accuracy against speed, the loss bands
 * and each layer's curves across seeds, one tab each. The runs are read and grouped off the FX thread.
 */
final class SweepWindow {
    /** What was read: the groups, the figures, the files left out; or the problem (groups null). */
    record Loaded(List<RunGroup> groups, int runs, Map<String, Figure> figures, List<String> notes, String problem) {}

    private SweepWindow() {}

    /** Reads the folder's runs in the background; `done` gets them on the FX thread. */
    static void load(Path folder, java.util.function.Consumer<Loaded> done) {
        CompletableFuture.supplyAsync(() -> read(folder)).thenAccept(l -> Platform.runLater(() -> done.accept(l)));
    }

    static Loaded read(Path folder) {
        List<String> notes = new ArrayList<>();
        try {
            List<ReportRun> runs = ReportInputs.load(List.of(folder), notes::add);
            if (runs.isEmpty()) {
                return new Loaded(null, 0, Map.of(), notes, "no complete run files in " + folder);
            }
            List<RunGroup> groups = Grouping.groups(runs);
            return new Loaded(groups, runs.size(), ReportFigures.of(groups), notes, null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, 0, Map.of(), notes, e.getMessage());
        }
    }

    /** The window for what was loaded. */
    static Stage show(Window owner, Path folder, Loaded loaded) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TextArea summary = new TextArea(SummaryFiles.markdown(loaded.groups(), loaded.runs())
                + (loaded.notes().isEmpty() ? "" : "\nLeft out:\n" + String.join("\n", loaded.notes())));
        summary.setEditable(false);
        summary.setWrapText(true);
        summary.setStyle("-fx-font-family: monospace;");
        tabs.getTabs().add(new Tab("Summary", summary));
        Label status = new Label(" " + folder + " · right-click a figure to save it as SVG, PDF or PNG");
        loaded.figures().forEach((name, figure) -> {
            ScrollPane pane = new ScrollPane(canvas(figure));
            pane.setOnContextMenuRequested(e -> FigureSaveMenu.of(pane, name, "sweep-" + name, () -> figure,
                    text -> status.setText(" " + text)).show(pane, e.getScreenX(), e.getScreenY()));
            tabs.getTabs().add(new Tab(name, pane));
        });
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Sweep: " + folder.getFileName() + " (" + loaded.runs() + " runs, " + loaded.groups().size()
                + " groups)");
        var fit = WindowPlacement.fit(javafx.stage.Screen.getPrimary().getVisualBounds(), null);
        Scene scene = new Scene(new javafx.scene.layout.BorderPane(tabs, status, null, null, null),
                Math.min(1100, fit.getWidth()), Math.min(760, fit.getHeight()));
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** The figure at its own size, drawn once (the figures are small; drawing takes milliseconds). */
    private static Canvas canvas(Figure figure) {
        Canvas canvas = new Canvas(figure.width(), figure.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        figure.drawing().accept(new CanvasPainter(g));
        return canvas;
    }
}
