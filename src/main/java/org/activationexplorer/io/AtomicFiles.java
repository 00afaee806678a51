package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Whole-file writes through a temporary file in the same folder and a move, so readers see old or new, never half. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** The bytes at `target`, or an IOException whose message names the file and what went wrong. */
    public static void write(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder
                    + (folder != null && Files.exists(folder) ? " is a file, not a folder" : " does not exist"));
        }
        if (!Files.isWritable(folder)) {
            throw new IOException("cannot write " + target + ": the folder " + folder + " is not writable");
        }
        String prefix = "." + absolute.getFileName();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, prefix, ".tmp");
            Files.write(temporary, bytes);
            try { // a temporary file is private (rw-------); the result should read like any other file
                Files.setPosixFilePermissions(temporary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the default ACLs are fine
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            if (temporary != null) {
                Files.deleteIfExists(temporary);
            }
            String why = FileProblems.describeCreating(subject(e, folder, prefix, target), e);
            throw new IOException("cannot write " + target + ": " + why, e);
        }
    }

    /**
     * The path the problem is described for: our temporary file counts as the target (its random name would only
     * puzzle a reader), so "cannot write x.svg: permission denied" rather than naming ".x.svg123.tmp".
     */
    private static Path subject(IOException e, Path folder, String prefix, Path target) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            Path file = Path.of(f.getFile()).toAbsolutePath();
            if (folder.equals(file.getParent()) && file.getFileName().toString().startsWith(prefix)) {
                return file;
            }
        }
        return target;
    }
}
