package org.activationexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.runs.RunFileException;
import picocli.CommandLine;

/**
 * What the command line prints when it cannot do what was asked: one "error: ..." line and at most one more.
 * picocli's default prints the whole usage after a bad argument (10 to 30 lines that bury the one that matters),
 * and an uncaught exception prints a stack trace; neither tells a person what to change.
 */
final class ErrorMessages {
    /** Set (to anything) to get the stack trace of an internal error as well, for a bug report. */
    static final String DEBUG_VARIABLE = "EXPLORER_DEBUG";

    private ErrorMessages() {}

    /** A bad argument or setting: the problem, and where to read the options instead of the usage itself; exit 2. */
    static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("error: " + oneLine(e.getMessage()) + suggestions(e));
        err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for the "
                + (command.getSubcommands().isEmpty() ? "options." : "commands."));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** A failure while running (a file that cannot be read or written, a bug): one error line, no stack trace; 1. */
    static int failure(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = describe(cause);
        if (message == null) {
            err.println("error: internal error in '" + command.getCommandSpec().qualifiedName() + "'");
            err.println("This is a bug; " + DEBUG_VARIABLE + "=1 prints the details for a report.");
        } else {
            err.println("error: " + oneLine(message));
        }
        if (System.getenv(DEBUG_VARIABLE) != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return command.getCommandSpec().exitCodeOnExecutionException();
    }

    /** The failure in words, or null when it has none fit to show (a bug's NullPointerException, ...). */
    private static String describe(Throwable cause) {
        if (cause instanceof RunFileException r) { // worded for people already: the file and its problem
            return r.getMessage();
        }
        if (cause instanceof FileSystemException f && f.getFile() != null) { // its message is often just the path
            Path file = Path.of(f.getFile());
            return file + ": " + FileProblems.describe(file, f);
        }
        boolean readable = FileProblems.isReadable(cause.getMessage());
        if (cause instanceof IOException) {
            return readable ? cause.getMessage() : "input/output error";
        }
        boolean ours = cause instanceof IllegalArgumentException || cause instanceof IllegalStateException;
        return ours && readable ? cause.getMessage() : null; // the types our code throws with worded messages
    }

    /** "Unknown option: '--epoch'" gains " (did you mean --epochs?)" when picocli has a close match. */
    private static String suggestions(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            List<String> close = u.getSuggestions().subList(0, Math.min(3, u.getSuggestions().size()));
            return " (did you mean " + String.join(" or ", close) + "?)";
        }
        return "";
    }

    private static String oneLine(String message) {
        return String.valueOf(message).strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
