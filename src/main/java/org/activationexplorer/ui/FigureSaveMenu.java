package org.activationexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import org.activationexplorer.plot.Figure;
import org.activationexplorer.plot.FigureFiles;

/**
 * A right-click menu that saves a figure as SVG, PDF or PNG (2×): the file chosen on the FX thread, the figure built
 * and written on a background thread, and `told` (on the FX thread) what happened, in words.
 */
final class FigureSaveMenu {
    static final String[] FORMATS = {"svg", "pdf", "png"};

    private FigureSaveMenu() {}

    /** The menu for the figure `figure` supplies (called off the FX thread), saved under `name`.FORMAT by default. */
    static ContextMenu of(Node owner, String what, String name, Supplier<Figure> figure, Consumer<String> told) {
        ContextMenu menu = new ContextMenu();
        for (String format : FORMATS) {
            MenuItem item = new MenuItem("Save " + what + " as " + format.toUpperCase(Locale.ROOT)
                    + (format.equals("png") ? " 2×" : "") + "…");
            item.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setInitialFileName(name + "." + format);
                File file = chooser.showSaveDialog(owner.getScene().getWindow());
                if (file != null) {
                    told.accept("Writing " + file.getName() + "…");
                    save(figure, format, file, told);
                }
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Builds and writes the figure off the FX thread; tells the outcome on it. */
    static CompletableFuture<Void> save(Supplier<Figure> figure, String format, File file, Consumer<String> told) {
        return CompletableFuture.runAsync(() -> {
            String done;
            try {
                write(figure.get(), format, file);
                done = "Saved " + file;
            } catch (IOException | RuntimeException ex) {
                done = "Export failed: " + ex.getMessage();
            }
            String text = done;
            Platform.runLater(() -> told.accept(text));
        });
    }

    static void write(Figure figure, String format, File file) throws IOException {
        switch (format) {
            case "svg" -> FigureFiles.svg(figure, file.toPath());
            case "pdf" -> FigureFiles.pdf(figure, file.toPath());
            default -> FigureFiles.png(figure, 2, file.toPath());
        }
    }
}
