package org.activationexplorer.runs;

/**
 * What is wrong with a run file's content, in plain words, thrown where it is found (deep in the JSON or the arrays,
 * where the file's name is not known). It never leaves this package: RunFiles.load turns it into a
 * RunFileException that names the file.
 */
final class RunFileProblem extends RuntimeException {
    /** A value quoted in a message keeps this many characters (a 10 MB string field is not echoed whole). */
    static final int MAX_QUOTED = 24;

    RunFileProblem(String problem) {
        super(problem, null, false, false); // no stack trace: it is a message carrier, caught a few frames up
    }

    /** "damaged run.json: " + what: the usual wording for content that no writer of run files produces. */
    static RunFileProblem damaged(String what) {
        return new RunFileProblem("damaged " + RunFiles.JSON_ENTRY + ": " + what);
    }

    /** `value` between quotes, shortened to MAX_QUOTED characters, control characters shown as '?'. */
    static String quoted(String value) {
        String shown = value.length() <= MAX_QUOTED ? value : value.substring(0, MAX_QUOTED - 1) + "…";
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
