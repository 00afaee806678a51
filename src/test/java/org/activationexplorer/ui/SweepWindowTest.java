package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationexplorer.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File → Open sweep… reads a sweep folder into the report's groups and figures (no FX thread needed for that). */
class SweepWindowTest {
    @Test
    void a_sweep_folder_gives_one_group_per_family_and_the_report_figures(@TempDir Path dir) throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, Cli.run(new String[] {"sweep", "--activations", "relu,tanh", "--seeds", "1,2", "--limit",
                "600", "--epochs", "1", "--hidden", "16", "--out", sweep.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())));
        Files.writeString(sweep.resolve("broken.aerun"), "not a run");
        SweepWindow.Loaded loaded = SweepWindow.read(sweep);
        assertNull(loaded.problem());
        assertEquals(4, loaded.runs());
        assertEquals(2, loaded.groups().size(), "relu and tanh, two seeds each");
        assertEquals(2, loaded.table().rows().size(), "the Summary tab's table: a row per group");
        assertEquals(loaded.table().header().size(), loaded.table().rows().get(0).size());
        assertEquals(4, loaded.figures().size());
        assertEquals(1, loaded.notes().size(), "the broken file is left out with a note");
        var accuracy = loaded.figures().get("accuracy");
        String[] magic = {"<svg", "%PDF", "\u0089PNG"};
        for (int f = 0; f < FigureSaveMenu.FORMATS.length; f++) { // what a figure tab's right-click menu writes
            Path file = dir.resolve("accuracy." + FigureSaveMenu.FORMATS[f]);
            FigureSaveMenu.write(accuracy, FigureSaveMenu.FORMATS[f], file.toFile());
            String head = new String(Files.readAllBytes(file), 0, 400, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(head.contains(magic[f]), FigureSaveMenu.FORMATS[f]);
        }
    }

    @Test
    void a_folder_without_runs_is_a_problem_in_words(@TempDir Path dir) {
        SweepWindow.Loaded loaded = SweepWindow.read(dir);
        assertNotNull(loaded.problem());
        assertTrue(loaded.groups() == null);
    }
}
