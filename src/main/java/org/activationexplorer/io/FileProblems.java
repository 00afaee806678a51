package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Java's file exceptions in words a person can act on. Their own messages are often just the path
 * (AccessDeniedException's is "/x"), or the operating system's text, or a class name; none says what to change.
 */
public final class FileProblems {
    private FileProblems() {}

    /** The operating system's texts (strerror) that read badly as they are; others are lower-cased and kept. */
    private static final Map<String, String> REASONS = Map.of(
            "no space left on device", "the disk is full",
            "disk quota exceeded", "the disk quota is used up",
            "operation not permitted", "not permitted",
            "is a directory", "is a folder, not a file",
            "too many levels of symbolic links", "too many symbolic links (a loop?)");

    /** A Java class name (java.nio.file.AccessDeniedException) or a Java-style "SomethingException" in a message. */
    private static final Pattern CLASS_NAME =
            Pattern.compile("\\b[a-z]\\w*(\\.[a-z]\\w*)+\\.[A-Z]\\w*|\\w+(Exception|Error)\\b");

    /**
     * Why `e` happened to `path`, e.g. "does not exist", "permission denied", "/tmp/notes.txt is a file, not a
     * folder". A path other than `path` is named when it is the one at fault (a missing or non-folder parent).
     * The caller names `path` and the operation: "cannot read " + path + ": " + describe(path, e).
     */
    public static String describe(Path path, IOException e) {
        Path file = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : path;
        if (e instanceof NoSuchFileException) {
            Path missing = firstMissing(file);
            return subject(path, missing) + "does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + (same(path, file) ? "" : " (" + shown(path, file) + ")");
        }
        if (e instanceof NotDirectoryException) {
            return subject(path, file) + "is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return subject(path, file) + (Files.isDirectory(file) ? "already exists" : "is a file, not a folder");
        }
        if (e instanceof DirectoryNotEmptyException) {
            return subject(path, file) + "is a folder that is not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return reason(path, file, f.getReason());
        }
        return fallback(path, e);
    }

    /**
     * As describe, for creating `path` (a file or a folder). Linux answers "no such file" when a folder such as
     * /proc refuses new entries although it exists, so then the folder is named as the problem.
     */
    public static String describeCreating(Path path, IOException e) {
        if (e instanceof NoSuchFileException f && f.getFile() != null) {
            Path file = Path.of(f.getFile()).toAbsolutePath();
            Path parent = file.getParent();
            if (parent != null && Files.isDirectory(parent) && !Files.exists(file)) {
                return parent + " does not accept new files or folders";
            }
        }
        return describe(path, e);
    }

    private static String reason(Path path, Path file, String systemReason) {
        String reason = systemReason.trim().toLowerCase(Locale.ROOT);
        if (reason.equals("not a directory")) { // some parent of file is a regular file
            Path notAFolder = firstNonFolder(file);
            return subject(path, notAFolder == null ? file : notAFolder) + "is a file, not a folder";
        }
        reason = REASONS.getOrDefault(reason, reason);
        return same(path, file) ? reason : reason + " (" + shown(path, file) + ")";
    }

    /**
     * Whether a message can be shown to a person as it is: not empty, not just a path (what most of java.nio's
     * exceptions carry), and free of Java class names (what wrapped exceptions carry).
     */
    public static boolean isReadable(String message) {
        if (message == null || message.isBlank() || CLASS_NAME.matcher(message).find()) {
            return false;
        }
        String text = message.trim();
        boolean barePath = !text.contains(" ") && (text.contains("/") || text.contains("\\"));
        return !barePath;
    }

    /** Plain text of an IOException that is not a FileSystemException, unless it is empty, a path or a class name. */
    private static String fallback(Path path, IOException e) {
        String message = e.getMessage();
        if (!isReadable(message) || message.trim().equals(path.toString())) {
            return "input/output error";
        }
        String text = message.trim();
        String prefix = path + ": "; // our own messages often start with the path, which the caller names already
        if (text.startsWith(prefix)) {
            text = text.substring(prefix.length());
        }
        if (text.isEmpty()) {
            return "input/output error";
        }
        // a write's own failure is a plain IOException with the system's text ("No space left on device")
        String words = REASONS.get(text.toLowerCase(Locale.ROOT));
        return words != null ? words : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** "" when `culprit` is `path` (the caller has named it), else the culprit and a space. */
    private static String subject(Path path, Path culprit) {
        return same(path, culprit) ? "" : shown(path, culprit) + " ";
    }

    /** `culprit` as `path` was written: Java makes paths absolute on the way, "out/x" should not become "/home/..". */
    private static Path shown(Path path, Path culprit) {
        Path here = Path.of("").toAbsolutePath();
        boolean relativeWanted = !path.isAbsolute() && culprit.isAbsolute() && culprit.startsWith(here);
        return relativeWanted ? here.relativize(culprit) : culprit;
    }

    private static boolean same(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** The outermost missing folder of `file` (or `file` itself), so "/data/x/y" says "/data/x does not exist". */
    private static Path firstMissing(Path file) {
        Path missing = file;
        for (Path p = file.getParent(); p != null && !Files.exists(p); p = p.getParent()) {
            missing = p;
        }
        return missing;
    }

    /** The nearest of `file` and its parents that exists and is not a folder, or null. */
    private static Path firstNonFolder(Path file) {
        for (Path p = file; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? null : p;
            }
        }
        return null;
    }
}
