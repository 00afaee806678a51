package org.activationexplorer.runs;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Any reason a run file cannot be loaded: missing, not a file, not a run file, damaged, or inconsistent with
 * itself. The message is one line a person can act on: the file, a colon, the problem in plain words (no library
 * text, no class names), at most about 250 characters, long values and paths shortened.
 */
public final class RunFileException extends IOException {
    /** The problem's share of the message; values quoted inside it are shortened before this (RunFileProblem). */
    static final int MAX_PROBLEM = 160;
    /** A longer path keeps its end, the file's name, after an ellipsis. */
    static final int MAX_PATH = 80;

    private final transient Path file;
    private final String problem;

    public RunFileException(Path file, String problem) {
        super(shown(file) + ": " + shortened(problem));
        this.file = file;
        this.problem = shortened(problem);
    }

    RunFileException(Path file, String problem, Throwable cause) {
        this(file, problem);
        initCause(cause);
    }

    /** The run file at fault. */
    public Path file() {
        return file;
    }

    /** What is wrong with it, without the file's name. */
    public String problem() {
        return problem;
    }

    private static String shown(Path file) {
        String text = file.toString();
        return text.length() <= MAX_PATH ? text : "…" + text.substring(text.length() - MAX_PATH + 1);
    }

    private static String shortened(String problem) {
        String line = problem.strip().replaceAll("\\s+", " ");
        return line.length() <= MAX_PROBLEM ? line : line.substring(0, MAX_PROBLEM - 1) + "…";
    }
}
