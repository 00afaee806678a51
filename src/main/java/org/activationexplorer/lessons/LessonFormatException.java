package org.activationexplorer.lessons;

import java.io.IOException;

/** A lesson file that cannot be used; the message names the file and the field, in words. */
public final class LessonFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public LessonFormatException(String source, String problem) {
        super(source + ": " + problem);
    }
}
