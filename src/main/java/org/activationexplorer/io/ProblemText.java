package org.activationexplorer.io;

import java.util.List;
import java.util.Locale;

/**
 * Keeps a file's problem, as told to a person, short and in words: values quoted from a damaged file are cut (a
 * 60 KB "name" would otherwise become the message), a problem is at most a line or two, and text a library wrote for
 * programmers ("For input string", class names, "Unexpected end of ZLIB input stream") is recognised so that callers
 * can say what happened instead.
 */
public final class ProblemText {
    /** A quoted value keeps this many characters: enough to recognise it, short enough to keep the line. */
    static final int QUOTED = 40;
    /** A problem's words after the file's name: two lines of a terminal, with room for the name. */
    public static final int MAX_PROBLEM = 220;
    private static final List<String> LIBRARY_WORDS = List.of("for input string", "exception", "null", "zlib",
            "java.", "unexpected end");

    private ProblemText() {}

    /**
     * `value` in single quotes, cut to QUOTED characters with "…" and with line breaks and other control characters
     * shown as '?', so that a quoted value never breaks the message's line.
     */
    public static String quote(String value) {
        return "'" + shorten(value) + "'";
    }

    /** `value` cut to QUOTED characters with "…", control characters (line breaks) shown as '?'. */
    public static String shorten(String value) {
        StringBuilder b = new StringBuilder();
        int end = Math.min(value.length(), QUOTED);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        return b.append(value.length() > QUOTED ? "…" : "").toString();
    }

    /** `problem` on one line: line breaks and the spaces around them become one space. */
    public static String oneLine(String problem) {
        return problem.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * `problem` on one line and at most MAX_PROBLEM characters ("…" where it was cut): for problems that may carry
     * text from the file itself or from a library, where no construction bounds the length.
     */
    public static String cap(String problem) {
        String line = oneLine(problem);
        return line.length() <= MAX_PROBLEM ? line : line.substring(0, MAX_PROBLEM - 1) + "…";
    }

    /** Whether `text` looks written by a library for programmers rather than for the person using this program. */
    public static boolean isLibraryText(String text) {
        if (text == null || !FileProblems.isReadable(text)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return LIBRARY_WORDS.stream().anyMatch(lower::contains);
    }
}
