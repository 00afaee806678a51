package org.activationexplorer.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The PID of a process that has ended (as a killed writer's is). */
    static long deadPid() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void replacesTheFileThroughAFlushedTemporaryAndLeavesNoneBehind(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("figure.svg");
        AtomicFiles.write(file, new byte[] {1, 2, 3});
        AtomicFiles.write(file, new byte[] {4, 5});
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(file));
        assertEquals(List.of("figure.svg"), names(dir));
    }

    @Test
    void aMissingFolderIsNamedInTheMessage(@TempDir Path dir) {
        Path file = dir.resolve("gone").resolve("figure.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, new byte[1]));
        assertTrue(e.getMessage().contains("figure.png") && e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aTemporaryLeftByAKilledWriterIsRemovedByTheNextSaveIntoTheFolder(@TempDir Path dir) throws Exception {
        Path leftover = dir.resolve(".other.aerun" + TemporaryFiles.MARK + deadPid() + "-5eed");
        Files.write(leftover, new byte[100]);
        AtomicFiles.write(dir.resolve("run.aerun"), new byte[] {7});
        assertEquals(List.of("run.aerun"), names(dir), "any file's stale temporary goes, not only this file's");
    }

    @Test
    void aTemporaryWhoseWriterRunsOrHoldsItsLockIsKept(@TempDir Path dir) throws Exception {
        Process writer = new ProcessBuilder("sleep", "30").start();
        try {
            Path running = dir.resolve(".a.aerun" + TemporaryFiles.MARK + writer.pid() + "-1");
            Path locked = dir.resolve(".b.aerun" + TemporaryFiles.MARK + deadPid() + "-2");
            Path ours = dir.resolve(".c.aerun" + TemporaryFiles.MARK + ProcessHandle.current().pid() + "-3");
            for (Path p : List.of(running, locked, ours)) {
                Files.write(p, new byte[1]);
            }
            try (FileChannel channel = FileChannel.open(locked, StandardOpenOption.WRITE)) {
                channel.lock(); // as a writer of another container does while it writes (its PID means nothing here)
                AtomicFiles.write(dir.resolve("run.aerun"), new byte[] {7});
                assertTrue(Files.exists(running) && Files.exists(locked) && Files.exists(ours), names(dir).toString());
            }
        } finally {
            writer.destroyForcibly();
        }
    }

    @Test
    void anOlderVersionsTemporaryOfTheSameFileGoesOnceItIsAMinuteOld(@TempDir Path dir) throws IOException {
        Path old = Files.write(dir.resolve(".run.aerun1234567890123456789.tmp"), new byte[1]);
        Path fresh = Files.write(dir.resolve(".run.aerun987654321987654321.tmp"), new byte[1]);
        Path someoneElses = Files.write(dir.resolve(".notes1234567890123456789.tmp"), new byte[1]);
        FileTime twoMinutesAgo = FileTime.fromMillis(System.currentTimeMillis() - 120_000);
        Files.setLastModifiedTime(old, twoMinutesAgo);
        Files.setLastModifiedTime(someoneElses, twoMinutesAgo);
        AtomicFiles.write(dir.resolve("run.aerun"), new byte[] {7});
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh) && Files.exists(someoneElses), names(dir).toString());
    }

    @Test
    void checkWritableLeavesNothingBehindAndRefusesWhatASaveCouldNotWrite(@TempDir Path dir) throws IOException {
        AtomicFiles.checkWritable(dir.resolve("run.aerun"));
        assertEquals(List.of(), names(dir));
        for (Path bad : List.of(dir, dir.resolve("missing/run.aerun"), Path.of("/dev/null"))) {
            assertThrows(IOException.class, () -> AtomicFiles.checkWritable(bad), bad.toString());
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aFolderThatRefusesNewFilesIsNamedAndOurTemporaryNameIsNot() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "Linux: /proc takes no new files, even from root");
        Path file = Path.of("/proc/run.aerun");
        for (IOException e : List.of(assertThrows(IOException.class, () -> AtomicFiles.write(file, new byte[1])),
                assertThrows(IOException.class, () -> AtomicFiles.checkWritable(file)))) {
            assertTrue(e.getMessage().startsWith("cannot write " + file + ": /proc "), e.getMessage());
            assertFalse(e.getMessage().contains(TemporaryFiles.MARK), e.getMessage());
        }
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheBytes(@TempDir Path dir) throws IOException {
        Path real = Files.write(dir.resolve("real.aerun"), new byte[] {1});
        Path link = Files.createSymbolicLink(dir.resolve("latest.aerun"), real);
        AtomicFiles.write(link, new byte[] {2});
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(real));
    }
}
