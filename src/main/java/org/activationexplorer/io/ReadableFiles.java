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
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return "does not exist";
        } catch (IOException e) {
            return "cannot be read: " + FileProblems.describe(file, e);
        }
        BasicFileAttributes target = own;
        if (own.isSymbolicLink()) {
            try {
                target = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                return "is a link to a file that does not exist";
            } catch (FileSystemException e) {
                // Linux answers ELOOP for a cycle and for a chain longer than 40 links; both never end in a file
                return isLoop(e) ? "is a symbolic link loop" : "cannot be read: " + FileProblems.describe(file, e);
            } catch (IOException e) {
                return "cannot be read: " + FileProblems.describe(file, e);
            }
        }
        if (target.isDirectory()) {
            return "is a folder, not a file";
        }
        if (!target.isRegularFile()) {
            return "is not a regular file (a pipe, a device or a socket)";
        }
        return Files.isReadable(file) ? null : "cannot be read: permission denied";
    }

    /** As problem, for a folder that is to be listed: null when it is (a link to) a folder that can be read. */
    public static String folderProblem(Path folder) {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (own.isSymbolicLink()) {
                own = Files.readAttributes(folder, BasicFileAttributes.class);
            }
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(folder) ? "is a link to a folder that does not exist" : "does not exist";
        } catch (FileSystemException e) {
            return isLoop(e) ? "is a symbolic link loop" : "cannot be read: " + FileProblems.describe(folder, e);
        } catch (IOException e) {
            return "cannot be read: " + FileProblems.describe(folder, e);
        }
        if (own.isRegularFile()) {
            return "is a file, not a folder";
        }
        if (!own.isDirectory()) {
            return "is not a folder (a pipe, a device or a socket)";
        }
        return Files.isReadable(folder) && Files.isExecutable(folder) ? null : "cannot be read: permission denied";
    }

    private static boolean isLoop(FileSystemException e) {
        String reason = e.getReason();
        return reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("symbolic links");
    }
}
