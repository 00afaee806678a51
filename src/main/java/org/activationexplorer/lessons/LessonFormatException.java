package org.activationexplorer.lessons;

import java.io.IOException;
import org.activationexplorer.io.ProblemText;

/**
 * A lesson file that cannot be used; the message names the file and the field, in words, on one line (values from the
 * file are cut: see ProblemText).
 */
public final class LessonFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public LessonFormatException(String source, String problem) {
        super(source + ": " + ProblemText.cap(problem));
    }
}
