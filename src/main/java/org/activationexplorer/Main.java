package org.activationexplorer;

import java.io.PrintWriter;
import org.activationexplorer.cli.Cli;
import org.activationexplorer.ui.ExplorerApp;

/**
 * No arguments (or --lesson ID): the window; otherwise the command line. Not an Application subclass, so the jar starts
 * with JavaFX on the classpath (a main class extending Application fails with "JavaFX runtime components
 * are missing").
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("--lesson")) { // the window, perhaps with a lesson on screen
            ExplorerApp.launchWindow(args);
            return;
        }
        System.exit(Cli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }
}
