package org.activationexplorer.data;

import java.io.IOException;
import java.nio.file.Path;

/** Thrown for a missing, truncated or corrupt IDX file; the message names the file and the problem. */
public final class IdxFormatException extends IOException {

    private final transient Path file;

    public IdxFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    /** The file at fault, or the dataset folder when the problem is a file missing from it. */
    public Path file() {
        return file;
    }
}
