package org.activationexplorer.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Where the time to the first window goes. With -Dexplorer.startupStats=true the window prints two lines on stderr
 * once it has been drawn: the milliseconds from the process's start (the launcher included) to each phase, with the
 * process's CPU milliseconds by then in parentheses (all threads: on a busy machine a steadier figure), and the CPU
 * time per kind of thread, for example
 * <pre>
 * startup: main 268 ms (cpu 70), toolkit 415 (210), window 644 (560), shown 1077 (1380), drawn 1153 (1520)
 * startup threads, cpu ms: JavaFX Applicat 980, C2 CompilerThre 710, C1 CompilerThre 550, …
 * </pre>
 * main: our code runs (JVM started, launcher classes loaded); toolkit: JavaFX is up and calls start(); window: the
 * views are built; shown: stage.show() returned (the window is mapped); drawn: the second pulse after that (the
 * first rendered the scene). Off by default: then nothing is recorded.
 */
final class StartupStats {
    static final boolean ON = Boolean.getBoolean("explorer.startupStats");
    private static final Map<String, long[]> MARKS = new LinkedHashMap<>();

    private StartupStats() {}

    /** Records that `phase` is reached now. */
    static synchronized void mark(String phase) {
        if (ON) {
            MARKS.put(phase, new long[] {System.currentTimeMillis(), ProcessClock.cpuMillis()});
        }
    }

    /**
     * Runs `then` at the second pulse from now, when the window has been drawn once (a pulse renders after its
     * layout), so that work started then does not delay the first frame; marks "drawn" and prints the figures first.
     */
    static void whenDrawn(Runnable then) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    if (ON) {
                        mark("drawn");
                        System.err.println(line(marks(), ProcessClock.startMillis()));
                        System.err.println(threadsLine(ProcessClock.cpuMillisByThreadKind()));
                    }
                    then.run();
                }
            }
        }.start();
    }

    /**
     * With -Dexplorer.quitAfter=SECONDS, runs `quit` on the FX thread that long from now: start-time measurements,
     * and the packaging's run of the window that lists the classes for the class-data-sharing archive.
     */
    static void quitAfterIfAsked(Runnable quit) {
        String seconds = System.getProperty("explorer.quitAfter");
        if (seconds != null) {
            PauseTransition wait = new PauseTransition(Duration.seconds(Double.parseDouble(seconds)));
            wait.setOnFinished(e -> quit.run());
            wait.play();
        }
    }

    private static synchronized Map<String, long[]> marks() {
        return new LinkedHashMap<>(MARKS);
    }

    /** Marks (phase to wall-clock and CPU milliseconds) as milliseconds since `processStart`, each with its CPU. */
    static String line(Map<String, long[]> marks, long processStart) {
        StringJoiner line = new StringJoiner(", ", "startup: ", "");
        boolean first = true;
        for (Map.Entry<String, long[]> mark : marks.entrySet()) {
            long wall = mark.getValue()[0] - processStart, cpu = mark.getValue()[1];
            line.add(mark.getKey() + " " + wall + (first ? " ms (cpu " + cpu + ")" : " (" + cpu + ")"));
            first = false;
        }
        return line.toString();
    }

    static String threadsLine(Map<String, Long> cpuByThreadKind) {
        StringJoiner line = new StringJoiner(", ", "startup threads, cpu ms: ", "");
        cpuByThreadKind.forEach((kind, ms) -> line.add(kind + " " + ms));
        return line.toString();
    }
}
