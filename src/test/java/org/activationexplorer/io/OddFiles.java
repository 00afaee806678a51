package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Things that are not regular files, put where a file is expected, for the tests of readers. */
public final class OddFiles {

    /** What to put in a file's place. */
    public enum Kind {
        FOLDER, FIFO, LINK_LOOP, LINK_TO_NOWHERE
    }

    private OddFiles() {
    }

    /** Whether mkfifo is there to make named pipes (Linux and macOS have it). */
    public static boolean canMakeFifos() {
        return Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo"));
    }

    /** Makes `kind` at `path` (which must not exist); a FIFO falls back to a folder where mkfifo is missing. */
    public static Path make(Path path, Kind kind) throws IOException {
        switch (kind) {
            case FOLDER -> Files.createDirectory(path);
            case FIFO -> {
                if (!canMakeFifos()) {
                    return Files.createDirectory(path);
                }
                fifo(path);
            }
            case LINK_LOOP -> {
                Path other = path.resolveSibling(path.getFileName() + ".loop");
                Files.createSymbolicLink(path, other.getFileName());
                Files.createSymbolicLink(other, path.getFileName());
            }
            case LINK_TO_NOWHERE -> Files.createSymbolicLink(path, path.resolveSibling("nowhere"));
        }
        return path;
    }

    private static void fifo(Path path) throws IOException {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException("mkfifo failed for " + path);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + path, e);
        }
    }
}
