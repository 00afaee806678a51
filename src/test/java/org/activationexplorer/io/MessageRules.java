package org.activationexplorer.io;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader's message must be (issue 14): short, naming the file, and in words, without the text of a library
 * ("For input string", a class name, "null", zlib's "Unexpected end of ZLIB input stream").
 */
public final class MessageRules {
    public static final int MAX_LENGTH = 300;
    public static final List<String> FORBIDDEN = List.of("For input string", "Exception", "null", "ZLIB");

    private MessageRules() {
    }

    /** The rules `message` breaks, empty when none; `name` is what it must name (a file's path). */
    public static List<String> broken(String message, String name) {
        List<String> broken = new ArrayList<>();
        if (message == null) {
            return List.of("no message");
        }
        if (message.length() > MAX_LENGTH) {
            broken.add("longer than " + MAX_LENGTH + " characters (" + message.length() + ")");
        }
        if (!message.contains(name)) {
            broken.add("does not name " + name);
        }
        for (String f : FORBIDDEN) {
            if (message.contains(f)) {
                broken.add("contains '" + f + "'");
            }
        }
        if (message.contains("\n")) {
            broken.add("more than one line");
        }
        return broken;
    }
}
