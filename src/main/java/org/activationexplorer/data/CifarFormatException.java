package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;
import org.activationexplorer.io.ProblemText;

/**
 * A CIFAR-10 dataset folder that cannot be read: a missing file, a damaged batch file or class-name file. The
 * message names the file and the problem in words; problem() says which problem for code that acts on it.
 */
public final class CifarFormatException extends IOException {

    /** What is wrong. */
    public enum Problem {
        /** A file of the dataset is not in the folder (file() is the first missing one, the message lists all). */
        MISSING_FILE,
        /**
         * A file of the dataset is there but is no regular file that can be read: a folder, a pipe or a device, a
         * link loop or to nowhere, without permission, or a read failed.
         */
        UNREADABLE,
        /** A batch file of no bytes. */
        EMPTY_FILE,
        /** A batch file's size is not a whole number of records (1 label byte + 3,072 pixel bytes): cut short. */
        TRUNCATED_RECORD,
        /** A batch file holds more records than CIFAR-10's 10,000 a file. */
        TOO_MANY_RECORDS,
        /** A record's label byte is not one of the 10 classes (0 to 9). */
        LABEL_OUT_OF_RANGE,
        /** A file gave more or fewer bytes than its size said (it changed while it was read). */
        CHANGED_WHILE_READ,
        /** batches.meta.txt is longer than a list of ten class names can be. */
        META_TOO_LONG,
        /** batches.meta.txt is not text (not UTF-8, or control characters). */
        META_NOT_TEXT,
        /** batches.meta.txt does not hold ten class names, one a line. */
        CLASS_NAMES
    }

    private final transient Path file;
    private final Problem problem;

    public CifarFormatException(Path file, Problem problem, String description) {
        super(file + ": " + ProblemText.oneLine(description));
        this.file = file;
        this.problem = problem;
    }

    /** The file at fault (a missing one: where it was looked for). */
    public Path file() {
        return file;
    }

    public Problem problem() {
        return problem;
    }
}
