package org.activationexplorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @Test
    void replacesTheFileAndLeavesNoTemporaryBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figure.svg");
        AtomicFiles.write(file, new byte[] {1, 2, 3});
        AtomicFiles.write(file, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(file));
        try (var files = Files.list(dir)) {
            assertTrue(files.allMatch(file::equals), "only the file itself");
        }
    }

    @Test
    void aMissingFolderIsNamedInTheMessage(@TempDir Path dir) {
        Path file = dir.resolve("gone").resolve("figure.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, new byte[1]));
        assertTrue(e.getMessage().contains("figure.png") && e.getMessage().contains("does not exist"), e.getMessage());
    }
}
