package org.activationexplorer.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProblemsTest {
    @TempDir
    Path dir;

    /** Words only: no Java class name, not empty, and not a path by itself. */
    private static void assertWords(String description) {
        assertTrue(FileProblems.isReadable(description), description);
        assertFalse(description.contains("Exception") || description.contains("java."), description);
    }

    @Test
    void aMissingFileDoesNotExist() {
        Path file = dir.resolve("run.aerun");
        String d = FileProblems.describe(file, new NoSuchFileException(file.toString()));
        assertTrue(d.contains("does not exist"), d);
        assertFalse(d.contains(file.toString()), "the caller names the path: " + d);
    }

    @Test
    void theOutermostMissingFolderIsNamed() {
        Path file = dir.resolve("a").resolve("b").resolve("run.aerun");
        String d = FileProblems.describe(file, new NoSuchFileException(file.toString()));
        assertTrue(d.startsWith(dir.resolve("a") + " ") && d.contains("does not exist"), d);
    }

    @Test
    void accessDeniedIsPermissionDenied() {
        Path file = dir.resolve("figure.svg");
        String d = FileProblems.describe(file, new AccessDeniedException(file.toString()));
        assertTrue(d.contains("permission denied"), d);
        assertWords(d);
    }

    @Test
    void aFolderUnderARegularFileNamesTheFile() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        Path folder = notes.resolve("figures").resolve("more");
        IOException e = assertThrows(IOException.class, () -> Files.createDirectories(folder));
        String d = FileProblems.describeCreating(folder, e);
        assertTrue(d.contains(notes.toString()) && d.contains("is a file, not a folder"), d);
    }

    @Test
    void aFileWhereAFolderIsNeededIsCalledAFile() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.createDirectories(notes));
        assertEquals("is a file, not a folder", FileProblems.describeCreating(notes, e));
    }

    @Test
    void aFolderThatIsNotEmptyIsSaid() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("full"));
        Files.writeString(folder.resolve("a"), "x");
        IOException e = assertThrows(IOException.class, () -> Files.delete(folder));
        assertTrue(FileProblems.describe(folder, e).contains("not empty"), FileProblems.describe(folder, e));
    }

    @Test
    void theSystemsReasonIsKeptInLowerCase() {
        Path file = dir.resolve("x.png");
        assertEquals("read-only file system",
                FileProblems.describe(file, new FileSystemException(file.toString(), null, "Read-only file system")));
        assertEquals("the disk is full",
                FileProblems.describe(file, new FileSystemException(file.toString(), null, "No space left on device")));
    }

    @Test
    void aFolderThatRefusesNewEntriesIsNamed() {
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "Linux's /proc");
        Path folder = proc.resolve("nope");
        IOException e = assertThrows(IOException.class, () -> Files.createDirectories(folder));
        String d = FileProblems.describeCreating(folder, e);
        assertTrue(d.contains("/proc"), d);
        assertWords(d);
    }

    @Test
    void otherProblemsNeverShowClassNamesOrBarePaths() {
        Path file = dir.resolve("x.csv");
        for (IOException e : new IOException[] {new IOException("java.nio.file.AccessDeniedException: /x"),
                new IOException((String) null), new IOException(new IllegalStateException()),
                new IOException(file.toString()), new FileSystemException(file.toString())}) {
            assertWords(FileProblems.describe(file, e));
        }
        assertEquals("disk went away", FileProblems.describe(file, new IOException(file + ": Disk went away")));
    }

    @Test
    void isReadableRefusesPathsAndClassNames() {
        assertTrue(FileProblems.isReadable("cannot write a.svg: permission denied"));
        assertFalse(FileProblems.isReadable("/proc/nope"));
        assertFalse(FileProblems.isReadable("java.lang.NullPointerException"));
        assertFalse(FileProblems.isReadable(" "));
        assertFalse(FileProblems.isReadable(null));
    }
}
