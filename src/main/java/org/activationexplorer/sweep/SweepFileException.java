package org.activationexplorer.sweep;

import java.io.IOException;
import java.nio.file.Path;
import org.activationexplorer.io.ProblemText;

/**
 * A run file of a sweep (a cell's, or one a report reads) or a folder of them that cannot be used; the message names
 * the file and the problem in words on one line, problem() has the words alone (for a cell's JSON line).
 */
public final class SweepFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final String problem;

    public SweepFileException(Path file, String problem) {
        super(file + ": " + ProblemText.cap(problem));
        this.file = file;
        this.problem = ProblemText.cap(problem);
    }

    public Path file() {
        return file;
    }

    /** What is wrong, without the file's name: "is a folder, not a file", "damaged or cut short". */
    public String problem() {
        return problem;
    }
}
