package org.activationexplorer.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
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
    record Loaded(List<RunGroup> groups, int runs, SummaryFiles.Table table, Map<String, Figure> figures,
                  List<String> notes, String problem) {}

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
                return new Loaded(null, 0, null, Map.of(), notes, "no complete run files in " + folder);
            }
            List<RunGroup> groups = Grouping.groups(runs);
            return new Loaded(groups, runs.size(), SummaryFiles.table(groups), ReportFigures.of(groups), notes,
                    null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, 0, null, Map.of(), notes, e.getMessage());
        }
    }

    /** The window for what was loaded. */
    static Stage show(Window owner, Path folder, Loaded loaded) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Summary", summary(loaded)));
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
        Scene scene = new Scene(new BorderPane(tabs, status, null, null, null),
                Math.min(1100, fit.getWidth()), Math.min(760, fit.getHeight()));
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /**
     * The groups as a table in a large font (read from the back of a room: 18 px, as the plots' ticks in presentation
     * mode), what its numbers are below it, and the files left out.
     */
    private static Node summary(Loaded loaded) {
        SummaryFiles.Table table = loaded.table(); // made with the figures, off the FX thread
        TableView<List<String>> view = new TableView<>(FXCollections.observableArrayList(table.rows()));
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(table.header().get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            int chars = table.header().get(c).length(); // widths shared by the longest text (header included)
            for (List<String> row : table.rows()) {
                chars = Math.max(chars, row.get(c).length());
            }
            col.setPrefWidth(11 * chars + 24);
            view.getColumns().add(col);
        }
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        view.setStyle("-fx-font-size: 18px;");
        Label about = new Label(SummaryFiles.explanation(loaded.groups(), loaded.runs())
                + (loaded.notes().isEmpty() ? "" : "\nLeft out: " + String.join("; ", loaded.notes())));
        about.setWrapText(true);
        about.setStyle("-fx-font-size: 15px; -fx-padding: 8;");
        BorderPane pane = new BorderPane(view);
        pane.setBottom(about);
        return pane;
    }

    /** The figure at its own size, drawn once (the figures are small; drawing takes milliseconds). */
    private static Canvas canvas(Figure figure) {
        Canvas canvas = new Canvas(figure.width(), figure.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        figure.drawing().accept(new CanvasPainter(g));
        return canvas;
    }
}
