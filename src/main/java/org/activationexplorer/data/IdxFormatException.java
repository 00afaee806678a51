package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import org.activationexplorer.io.ProblemText;

/**
 * Thrown for a missing, truncated or corrupt IDX file, or files that do not fit together; the message names the file
 * and the problem in words, on one line.
 */
public final class IdxFormatException extends IOException {

    private final transient Path file;

    public IdxFormatException(Path file, String problem) {
        super(file + ": " + ProblemText.oneLine(problem));
        this.file = file;
    }

    /** The file at fault, or the dataset folder when the problem is a file missing from it. */
    public Path file() {
        return file;
    }
}
