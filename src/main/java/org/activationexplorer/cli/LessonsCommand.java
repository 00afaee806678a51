package org.activationexplorer.cli;

import java.util.concurrent.Callable;
import org.activationexplorer.lessons.Lesson;
import org.activationexplorer.lessons.Lessons;
import picocli.CommandLine.Command;

/** One line per bundled lesson: its id (for --lesson ID) and its title. */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the bundled lessons: id and title. Open one with `bin/explorer --lesson ID` (the window) "
                + "or train it with `bin/explorer train --lesson ID`.")
final class LessonsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (Lesson l : Lessons.bundled()) {
            out.println(l.id() + "\t" + l.title());
        }
        out.flush();
        return 0;
    }
}
