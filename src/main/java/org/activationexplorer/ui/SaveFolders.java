package org.activationexplorer.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the window saves runs and offers to save exports. From a source checkout runs go to "runs" under the working
 * folder, as always. The installed program (its launcher passes -Dexplorer.home=~/ActivationExplorer) keeps them in
 * the user's home instead: started from the desktop its working folder is the home or "/", and its install folder
 * (/opt/activation-explorer) cannot be written. -Dexplorer.runs still wins over both.
 */
final class SaveFolders {
    private SaveFolders() {}

    /** explorer.home with a leading "~" made the user's home, or empty when it is not set. */
    static Optional<Path> home() {
        String home = System.getProperty("explorer.home");
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        String user = System.getProperty("user.home");
        if (home.equals("~")) {
            return Optional.of(Path.of(user));
        }
        if (home.startsWith("~/")) {
            return Optional.of(Path.of(user, home.substring(2)));
        }
        return Optional.of(Path.of(home));
    }

    /** explorer.runs if set; else the runs folder in explorer.home; else "runs" in the working folder. */
    static Path runs() {
        String runs = System.getProperty("explorer.runs");
        if (runs != null) {
            return Path.of(runs);
        }
        return home().map(h -> h.resolve("runs")).orElse(Path.of("runs"));
    }

    /**
     * The folder a save dialog for exports opens in: "exports" in explorer.home, made if missing; null without
     * explorer.home or when it cannot be made (the dialog then opens where the toolkit chooses).
     */
    static File exportsOrNull() {
        Optional<Path> home = home();
        if (home.isEmpty()) {
            return null;
        }
        Path exports = home.get().resolve("exports");
        try {
            Files.createDirectories(exports);
            return exports.toFile();
        } catch (IOException | SecurityException e) {
            return null;
        }
    }
}
