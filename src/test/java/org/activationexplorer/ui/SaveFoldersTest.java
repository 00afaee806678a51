package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaveFoldersTest {
    private static final String[] KEYS = {"explorer.runs", "explorer.home", "user.home"};
    private final Map<String, String> saved = new HashMap<>();

    @BeforeEach
    void forget() {
        for (String key : KEYS) {
            saved.put(key, System.getProperty(key));
        }
        System.clearProperty("explorer.runs");
        System.clearProperty("explorer.home");
    }

    @AfterEach
    void restore() {
        saved.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    @Test
    void fromACheckoutRunsGoToRunsInTheWorkingFolderAndExportsHaveNoFolder() {
        assertEquals(Path.of("runs"), SaveFolders.runs());
        assertNull(SaveFolders.exportsOrNull());
    }

    @Test
    void theInstalledProgramKeepsRunsInTheUsersHome() {
        System.setProperty("user.home", "/home/lecturer");
        System.setProperty("explorer.home", "~/ActivationExplorer");
        assertEquals(Path.of("/home/lecturer/ActivationExplorer/runs"), SaveFolders.runs());
        System.setProperty("explorer.home", "~");
        assertEquals(Path.of("/home/lecturer/runs"), SaveFolders.runs());
        System.setProperty("explorer.home", "/srv/explorer");
        assertEquals(Path.of("/srv/explorer/runs"), SaveFolders.runs());
    }

    @Test
    void explorerRunsWinsOverTheHomeFolder() {
        System.setProperty("explorer.home", "~/ActivationExplorer");
        System.setProperty("explorer.runs", "/tmp/demo-runs");
        assertEquals(Path.of("/tmp/demo-runs"), SaveFolders.runs());
    }

    @Test
    void theExportsFolderIsMadeInTheHomeFolder(@TempDir Path home) {
        System.setProperty("user.home", home.toString());
        System.setProperty("explorer.home", "~/ActivationExplorer");
        File exports = SaveFolders.exportsOrNull();
        assertEquals(home.resolve("ActivationExplorer/exports").toFile(), exports);
        assertTrue(exports.isDirectory());
    }

    @Test
    void anExportsFolderThatCannotBeMadeGivesNoFolder(@TempDir Path home) throws Exception {
        Path file = home.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        System.setProperty("explorer.home", file.toString());
        assertNull(SaveFolders.exportsOrNull());
    }
}
