package org.activationexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.activationexplorer.lessons.Lesson;
import org.activationexplorer.lessons.Lessons;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;

/** File, Export, View and Help, with their accelerators; also opens the compare view and the help page. */
final class WindowMenus extends MenuBar {
    final Menu export = new Menu("Export");
    private final WindowModel model;
    private final Path runsFolder;
    CompareView compareView; // the last one opened (tests)

    WindowMenus(WindowModel model, ExportActions exports, LessonActions lessons, Path runsFolder, Runnable race,
                Runnable drawDigit, Runnable quit) {
        this.model = model;
        this.runsFolder = runsFolder;
        setId("menus");
        Menu file = new Menu("File");
        file.getItems().addAll(
                item("Open run…", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseRun),
                item("Compare runs…", null, this::chooseRunsToCompare),
                item("Open sweep…", null, this::chooseSweep),
                item("Save run now", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::saveNow),
                item("Open lesson…", new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                        () -> chooseLesson(lessons)),
                new SeparatorMenuItem(),
                item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit));
        export.getItems().addAll(exports.items(ExportActions.LOSS));
        export.getItems().add(new SeparatorMenuItem());
        export.getItems().addAll(exports.items(ExportActions.ALL_LAYERS));
        Menu view = new Menu("View");
        view.getItems().addAll(
                item("Larger text", new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN),
                        () -> zoom(1.15)),
                item("Smaller text", new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN),
                        () -> zoom(1 / 1.15)),
                item("Actual size", new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                        () -> model.display.zoom.set(1)),
                new SeparatorMenuItem(),
                item("Presentation mode", new KeyCodeCombination(KeyCode.F5),
                        () -> model.display.presentation.set(!model.display.presentation.get())));
        Menu lessonMenu = new Menu("Lessons");
        lessonMenu.setId("lessons-menu");
        int n = 1;
        for (Lesson l : Lessons.bundled()) {
            lessonMenu.getItems().add(item(n++ + ". " + l.title(), null, () -> lessons.apply(l)));
        }
        lessonMenu.getItems().addAll(new SeparatorMenuItem(), item("Race families…",
                new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), race),
                item("Draw a digit…", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), drawDigit));
        Menu help = new Menu("Help");
        help.getItems().add(item("Overview and keys", new KeyCodeCombination(KeyCode.F1), () -> HelpWindow.show(this)));
        getMenus().addAll(file, export, view, lessonMenu, help);
    }

    private static MenuItem item(String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Zoom by a factor, between 0.7 and 2.5 of the normal size. */
    void zoom(double factor) {
        model.display.zoom.set(Math.max(0.7, Math.min(2.5, model.display.zoom.get() * factor)));
    }

    private FileChooser runChooser() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Runs", "*" + RunFiles.EXTENSION));
        if (Files.isDirectory(runsFolder)) {
            chooser.setInitialDirectory(runsFolder.toFile());
        }
        return chooser;
    }

    private void chooseLesson(LessonActions lessons) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("A lesson file (JSON, see the README)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Lessons", "*.json"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            lessons.open(file.toPath());
        }
    }

    private void chooseRun() {
        File file = runChooser().showOpenDialog(getScene().getWindow());
        if (file != null) {
            model.openRun(file.toPath());
        }
    }

    /** A sweep's folder (or any folder of run files): its summary and report figures, read in the background. */
    private void chooseSweep() {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle("A sweep folder (bin/explorer sweep --out DIR)");
        File folder = chooser.showDialog(getScene().getWindow());
        if (folder != null) {
            openSweep(folder.toPath());
        }
    }

    /** Reads a sweep folder in the background and shows it (also at start: -Dexplorer.sweep=DIR). */
    void openSweep(Path folder) {
        model.note("Reading the sweep in " + folder + "…");
        SweepWindow.load(folder, loaded -> {
            if (loaded.problem() != null) {
                model.note("Cannot open the sweep: " + loaded.problem());
            } else {
                model.note(null);
                SweepWindow.show(getScene().getWindow(), folder, loaded);
            }
        });
    }

    private void chooseRunsToCompare() {
        List<File> files = runChooser().showOpenMultipleDialog(getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            compare(files.stream().map(File::toPath).toList());
        }
    }

    /** Opens the compare view of the given runs; false (and a note saying why) if one cannot be read. */
    boolean compare(List<Path> files) {
        List<RunRecord> runs = new ArrayList<>();
        for (Path f : files) {
            try {
                RunRecord run = RunFiles.load(f);
                if (run.frames().isEmpty()) {
                    model.note("Cannot compare: " + f + " has no recorded steps");
                    return false;
                }
                runs.add(run);
            } catch (IOException e) {
                model.note("Cannot compare: " + e.getMessage());
                return false;
            }
        }
        compareView = new CompareView(runs, files);
        Stage stage = new Stage();
        stage.setTitle("Compare " + files.size() + " runs");
        var fit = WindowPlacement.fit(javafx.stage.Screen.getPrimary().getVisualBounds(), null);
        Scene scene = new Scene(compareView, Math.min(1100, fit.getWidth()), Math.min(760, fit.getHeight()));
        scene.getStylesheets().addAll(getScene() == null ? List.of() : getScene().getRoot().getStylesheets());
        Dialogs.closeOnEscapeOrCtrlW(stage, scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.note(null)); // the status no longer says "Comparing"
        stage.show();
        model.note("Comparing " + files.size() + " runs");
        return true;
    }
}
