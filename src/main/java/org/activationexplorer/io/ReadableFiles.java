package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Whether a path is a regular file this program can read, asked before opening it. Opening a named pipe (FIFO) for
 * reading blocks until some other program writes to it, possibly forever, and a folder, a device or a link loop
 * fail with the operating system's words or are taken for a missing file; this tells them apart, in words.
 */
public final class ReadableFiles {
    private ReadableFiles() {}

    /**
     * null when `file` is a regular file (or a link to one) that can be read; otherwise what it is instead, in words
     * to follow its name: "is a folder, not a file", "is not a regular file (a pipe, a device or a socket)", "is a
     * symbolic link loop", "is a link to a file that does not exist", "does not exist", "cannot be read: permission
     * denied". Only attributes are read: nothing is opened, so a pipe cannot block.
     */
    public static String problem(Path file) {
        Attributes found = attributes(file, "file");
        if (found.problem() != null) {
            return found.problem();
        }
        if (found.of().isDirectory()) {
            return "is a folder, not a file";
        }
        if (!found.of().isRegularFile()) {
            return "is not a regular file (a pipe, a device or a socket)";
        }
        return Files.isReadable(file) ? null : "cannot be read: permission denied";
    }

    /** As problem, for a folder that is to be listed: null when it is (a link to) a folder that can be read. */
    public static String folderProblem(Path folder) {
        Attributes found = attributes(folder, "folder");
        if (found.problem() != null) {
            return found.problem();
        }
        if (found.of().isRegularFile()) {
            return "is a file, not a folder";
        }
        if (!found.of().isDirectory()) {
            return "is not a folder (a pipe, a device or a socket)";
        }
        return Files.isReadable(folder) && Files.isExecutable(folder) ? null : "cannot be read: permission denied";
    }

    /** What a path is, links followed (attributes only: nothing is opened), or why that cannot be known, in words. */
    private record Attributes(BasicFileAttributes of, String problem) {}

    /** kind ("file", "folder") names what a dangling link was to lead to. */
    private static Attributes attributes(Path path, String kind) {
        try {
            BasicFileAttributes own = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Attributes(own.isSymbolicLink() ? Files.readAttributes(path, BasicFileAttributes.class) : own,
                    null);
        } catch (NoSuchFileException e) {
            return new Attributes(null, Files.isSymbolicLink(path)
                    ? "is a link to a " + kind + " that does not exist" : "does not exist");
        } catch (FileSystemException e) {
            // Linux answers ELOOP for a cycle and for a chain longer than 40 links; both never end in a file
            return new Attributes(null, isLoop(e) ? "is a symbolic link loop"
                    : "cannot be read: " + FileProblems.describe(path, e));
        } catch (IOException e) {
            return new Attributes(null, "cannot be read: " + FileProblems.describe(path, e));
        }
    }

    private static boolean isLoop(FileSystemException e) {
        String reason = e.getReason();
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic links");
    }
}
