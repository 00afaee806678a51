package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Why writing a file into a folder failed, in words: the folder is what people can change (its permissions, its
 * file system, its disk), so it is named; our temporary file never is (its random name would only puzzle).
 */
final class WriteProblems {
    private WriteProblems() {}

    /** Why writing `temporary` into `folder` (or moving it into place) for `target`, as given, failed. */
    static String why(Path target, Path folder, Path temporary, IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (this user cannot write in the folder " + shown(target, folder) + ")";
        }
        if (e instanceof FileSystemException f && f.getReason() != null
                && f.getReason().toLowerCase(Locale.ROOT).contains("read-only file system")) {
            return "the folder " + shown(target, folder) + " is on a read-only file system";
        }
        return FileProblems.describeCreating(temporary, e);
    }

    /** Why a folder that is not a folder cannot take a file: it does not exist (or its outermost missing parent). */
    static String missingFolder(Path target, Path folder) {
        Path missing = folder;
        for (Path p = folder.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return Files.exists(folder) ? shown(target, folder) + " is a file, not a folder"
                : "the folder " + shown(target, missing) + " does not exist";
    }

    /** `folder` as `target` was given: relative to the working folder when target was ("runs", not "/home/…"). */
    private static Path shown(Path target, Path folder) {
        Path here = Path.of("").toAbsolutePath();
        return !target.isAbsolute() && folder.startsWith(here) && !folder.equals(here) ? here.relativize(folder) : folder;
    }
}
