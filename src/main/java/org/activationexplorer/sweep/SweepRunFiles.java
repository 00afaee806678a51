package org.activationexplorer.sweep;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.ProblemText;
import org.activationexplorer.io.ReadableFiles;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;

/**
 * Reads the run files of sweeps and reports: RunFiles.load, guarded. A pipe under a run file's name is never opened
 * (reading one blocks a sweep or a report forever), and every failure, a programming error's included, becomes one
 * SweepFileException in words: a report over hundreds of files notes the bad one and goes on.
 */
public final class SweepRunFiles {
    private SweepRunFiles() {}

    /** The run in `file`; only read, never written or moved. */
    public static RunRecord load(Path file) throws SweepFileException {
        String notAFile = ReadableFiles.problem(file);
        if (notAFile != null) {
            throw new SweepFileException(file, notAFile);
        }
        try {
            return RunFiles.load(file);
        } catch (IOException e) {
            throw withCause(new SweepFileException(file, inWords(file, e)), e);
        } catch (RuntimeException e) {
            throw withCause(new SweepFileException(file, "damaged: it cannot be read as a run file"), e);
        }
    }

    /**
     * The reader's problem without the file's name it starts with, and without library text in parentheses
     * ("damaged or cut short (invalid entry CRC …)" becomes "damaged or cut short").
     */
    static String inWords(Path file, IOException e) {
        if (e instanceof FileSystemException) {
            return "cannot be read: " + FileProblems.describe(file, e);
        }
        String text = e.getMessage() == null ? "" : e.getMessage().strip();
        String named = file + ":";
        if (text.startsWith(named)) {
            text = text.substring(named.length()).strip();
        }
        if (ProblemText.isLibraryText(text)) {
            int aside = text.indexOf(" (");
            text = aside > 0 ? text.substring(0, aside) : "";
        }
        return text.isEmpty() || ProblemText.isLibraryText(text) ? "damaged, or not a run file" : text;
    }

    private static SweepFileException withCause(SweepFileException e, Exception cause) {
        e.initCause(cause);
        return e;
    }
}
