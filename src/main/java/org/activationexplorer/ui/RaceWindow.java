package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.stage.Stage;
import org.activationexplorer.plot.ActivationChart;
import org.activationexplorer.plot.CompareChart;
import org.activationexplorer.session.EventText;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.session.RaceSession;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * A live race of two to four families (session/Race: same seed, weights and batch order, one batch of each in turn):
 * one loss chart with a colour per family, a row of activation panels per family, and a table of each family's
 * steps, test accuracy, speed and activation parameters. Closing the window stops the race.
 */
final class RaceWindow extends Stage {
    static final String[] HEAD = {"family", "steps", "train loss", "test accuracy", "samples/s", "activation parameters"};
    final RaceSession session = new RaceSession(15);
    final PlotView losses = new PlotView(800, 240);
    final GridPane panels = new GridPane();
    final GridPane table = new GridPane();
    private final List<PlotView> views = new ArrayList<>();
    private final List<List<Label>> cells = new ArrayList<>();
    private final CanvasQueue canvases = new CanvasQueue();
    private final boolean frameStats;
    private final WindowModel model;
    private RaceSession.RaceSnapshot current;
    private long lastReport;
    /** Pulse timings of this window, printed every 5 s with -Dexplorer.frameStats=true (the README's figures). */
    final FrameStats frames = new FrameStats();

    RaceWindow(WindowModel model, RunConfig base, List<String> families, Path dataset, List<String> stylesheets,
               boolean frameStats) {
        this.model = model;
        this.frameStats = frameStats;
        setTitle("Race: " + String.join(", ", families));
        losses.setId("race-losses");
        losses.setDrawer((p, w, h, mx, my) -> {
            RaceSession.RaceSnapshot s = current;
            if (s == null || s.lanes().isEmpty()) {
                return Placeholder.draw(p, w, h, s == null ? "Loading …" : "Cannot race: " + s.problem(), font());
            }
            return CompareChart.losses(p, w, h, s.lanes().stream().map(RaceSession.Lane::family).toList(),
                    s.lanes().stream().map(RaceSession.Lane::losses).toList(),
                    s.lanes().stream().map(RaceSession.Lane::lossStride).toList(), 0.9, font() * 12 / 11);
        });
        panels.setId("race-panels");
        panels.getStyleClass().add("gallery");
        table.setId("race-table");
        table.setHgap(18);
        table.setVgap(3);
        table.setPadding(new Insets(6, 10, 8, 10));
        for (int c = 0; c < HEAD.length; c++) {
            Label h = new Label(HEAD[c]);
            h.getStyleClass().add("panel-title");
            table.add(h, c, 0);
        }
        BorderPane root = new BorderPane(panels, losses, null, table, null);
        root.getStylesheets().addAll(stylesheets);
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", model.display.textSize.get()));
        var fit = WindowPlacement.fit(javafx.stage.Screen.getPrimary().getVisualBounds(), null);
        Scene scene = new Scene(root, Math.min(1200, fit.getWidth()), Math.min(820, fit.getHeight()));
        Dialogs.closeOnEscapeOrCtrlW(this, scene);
        setScene(scene);
        AnimationTimer pump = new AnimationTimer() {
            @Override
            public void handle(long now) {
                pulse(now);
            }
        };
        setOnHidden(e -> {
            pump.stop();
            session.close();
        });
        pump.start();
        session.start(base, families, dataset);
    }

    private double font() {
        return model.display.plotFont.get();
    }

    /** Takes the newest snapshot; redraws through a CanvasQueue, as the main window does. */
    private void pulse(long now) {
        RaceSession.RaceSnapshot s = session.snapshots().take();
        if (s != null) {
            current = s;
            build(s);
            fill(s);
            canvases.invalidate();
        }
        canvases.pulse(now, current != null && !current.finished(), () -> {
            List<Runnable> all = new ArrayList<>();
            all.add(losses::redraw);
            views.forEach(v -> all.add(v::redraw));
            return all;
        });
        frames.frame(now, System.nanoTime() - now);
        if (frameStats && now - lastReport > 5_000_000_000L && current != null) {
            lastReport = now;
            if (current.lanes().stream().allMatch(l -> l.epochs().isEmpty())) {
                frames.reset(); // steady state: from the first epoch's end on, as the main window reports
            }
            System.err.println("race: " + (current.finished() ? "finished" : "running") + " | " + frames.summary());
        }
    }

    /** A row of panels per family, a column per activation layer (built once the first snapshot says how many). */
    private void build(RaceSession.RaceSnapshot s) {
        int rows = s.lanes().size(), columns = rows == 0 ? 0 : s.lanes().get(0).layers().size();
        if (views.size() == rows * columns) {
            return;
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / columns);
            panels.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rows);
            rc.setVgrow(Priority.ALWAYS);
            panels.getRowConstraints().add(rc);
            List<Label> row = new ArrayList<>();
            for (int c = 0; c < HEAD.length; c++) {
                Label cell = new Label();
                table.add(cell, c, r + 1);
                row.add(cell);
            }
            var color = CompareChart.color(r);
            row.get(0).setTextFill(javafx.scene.paint.Color.color(color.red(), color.green(), color.blue()));
            row.get(0).getStyleClass().add("panel-title");
            cells.add(row);
            for (int c = 0; c < columns; c++) {
                int lane = r, layer = c;
                PlotView v = new PlotView(200, 150);
                v.setMinSize(60, 60);
                v.setDrawer((p, w, h, mx, my) -> {
                    LayerSnapshot l = current.lanes().get(lane).layers().get(layer);
                    return ActivationChart.draw(p, w, h, l, new ActivationChart.Options(false, false, Double.NaN, -1),
                            font() * 0.9);
                });
                views.add(v);
                panels.add(v, c, r);
            }
        }
    }

    private void fill(RaceSession.RaceSnapshot s) {
        for (int r = 0; r < s.lanes().size() && r < cells.size(); r++) {
            RaceSession.Lane lane = s.lanes().get(r);
            List<Label> row = cells.get(r);
            EpochResult last = lane.epochs().isEmpty() ? null : lane.epochs().get(lane.epochs().size() - 1);
            float[] l = lane.losses();
            row.get(0).setText(lane.family());
            row.get(1).setText(Long.toString(lane.steps()));
            row.get(2).setText(l.length == 0 ? "–" : String.format(Locale.ROOT, "%.4f", l[l.length - 1]));
            row.get(3).setText(lane.diverged() != null ? "diverged: " + EventText.what(lane.diverged().divergence())
                    : last == null ? "–" : String.format(Locale.ROOT, "%.2f %% (epoch %d)", 100 * last.testAccuracy(),
                    last.epoch()));
            row.get(4).setText(Double.isFinite(lane.samplesPerSecond())
                    ? String.format(Locale.ROOT, "%,.0f", lane.samplesPerSecond()) : "–");
            row.get(5).setText(Long.toString(lane.parameters()));
        }
    }

    /** Table rows (families). */
    int rows() {
        return cells.size();
    }

    RaceSession.RaceSnapshot current() {
        return current;
    }

    /** Asks for 2-4 families and races them with the window's settings (their default hyperparameters). */
    static RaceWindow ask(ExplorerWindow w) {
        var config = w.controls.config();
        if (config.isEmpty()) {
            w.model.note("Cannot race: fix the settings marked on the left");
            return null;
        }
        TextInputDialog dialog = new TextInputDialog("relu,pau,ditac");
        dialog.setTitle("Race families");
        dialog.setHeaderText("Two to four families, trained side by side with the settings on the left:\n"
                + "the same seed, weights and batches, one batch of each in turn.");
        dialog.setContentText("Families (comma-separated):");
        var answer = dialog.showAndWait();
        if (answer.isEmpty()) {
            return null;
        }
        List<String> families = Arrays.stream(answer.get().split("[,\\s]+")).filter(f -> !f.isBlank())
                .map(f -> f.toLowerCase(Locale.ROOT)).toList();
        RaceWindow race = new RaceWindow(w.model, config.get(), families, w.controls.dataset.getValue(),
                w.getStylesheets(), w.pump.reports());
        race.show();
        return race;
    }
}
