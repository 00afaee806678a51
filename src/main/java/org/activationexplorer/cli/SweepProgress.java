package org.activationexplorer.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.activationexplorer.sweep.CellOutcome;
import org.activationexplorer.sweep.SweepCell;
import org.activationexplorer.sweep.SweepRunner;
import org.activationexplorer.train.EpochResult;

/**
 * A sweep's output: one JSON line per cell on stdout (settings, status, results, file); on stderr a progress bar
 * with ETA over the batches to train when stderr is a terminal, else one line per cell (a log file gets no bar's
 * control characters). Called by one worker at a time (SweepRunner serialises its calls).
 */
final class SweepProgress implements SweepRunner.Listener, AutoCloseable {
    private final PrintWriter out;
    private final PrintWriter err;
    private final ProgressBar bar;
    private final int toTrain;
    private int trained;

    SweepProgress(PrintWriter out, PrintWriter err, int toTrain, long batches) {
        this.out = out;
        this.err = err;
        this.toTrain = toTrain;
        this.bar = toTrain > 0 && stderrIsTerminal() ? new ProgressBarBuilder().setTaskName("sweep")
                .setInitialMax(batches).setUnit(" batches", 1).setStyle(ProgressBarStyle.UNICODE_BLOCK)
                .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err)).build() : null;
    }

    @Override
    public void started(SweepCell cell) {
        if (bar != null) {
            bar.setExtraMessage(cell.name());
        }
    }

    @Override
    public void batch() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void finished(CellOutcome o) {
        out.println(json(o));
        out.flush();
        if (o.status() != CellOutcome.Status.SKIPPED) {
            trained++;
        }
        String line = "sweep: " + (o.status() == CellOutcome.Status.SKIPPED ? "complete already" : trained + "/"
                + toTrain) + " " + o.cell().name() + ": " + summary(o);
        if (bar == null) {
            err.println(line);
            err.flush();
        } else if (!o.ok()) { // a problem must stay on screen, not only in the bar's message
            bar.setExtraMessage(line);
            System.err.println();
            System.err.println(line);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }

    /** One cell's JSON line: cell, status, its settings by name, results of its last epoch, samples/s, file. */
    static JsonLine json(CellOutcome o) {
        JsonLine line = new JsonLine().put("cell", o.cell().index()).put("status",
                o.status().name().toLowerCase(Locale.ROOT));
        o.cell().settings().forEach((option, value) -> line.put(SweepCells.key(option), valueOf(value)));
        EpochResult last = o.last();
        if (last != null) {
            line.put("epochs_done", o.epochs().size()).put("test_acc", last.testAccuracy())
                    .put("test_loss", last.testLoss()).put("train_loss", last.trainLoss())
                    .put("samples_per_s", o.samplesPerSecond());
        }
        if (o.status() != CellOutcome.Status.SKIPPED) {
            line.put("seconds", o.seconds());
        }
        if (o.problem() != null) {
            line.put("problem", o.problem());
        }
        return line.put("file", o.cell().file().toString());
    }

    private static String summary(CellOutcome o) {
        EpochResult last = o.last();
        String time = o.status() == CellOutcome.Status.TRAINED ? String.format(Locale.ROOT, ", %.1f s", o.seconds()) : "";
        return switch (o.status()) {
            case TRAINED, SKIPPED -> String.format(Locale.ROOT, "test accuracy %.2f %%, %.0f samples/s%s",
                    100 * last.testAccuracy(), o.samplesPerSecond(), time);
            case DIVERGED -> "diverged, nothing saved: " + o.problem();
            case FAILED -> "failed: " + o.problem();
        };
    }

    /** A number as a JSON number (seed 1, lr 0.001), anything else as text. */
    private static Object valueOf(String value) {
        try {
            BigDecimal d = new BigDecimal(value.strip());
            boolean whole = d.scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            return whole ? (Object) d.longValueExact() : (Object) d.doubleValue();
        } catch (NumberFormatException | ArithmeticException notANumber) {
            return value;
        }
    }

    /**
     * Whether this process's stderr is a terminal: on Linux what /proc says file descriptor 2 is; elsewhere whether
     * the JVM has a console. TERM=dumb (an editor's shell) counts as no terminal.
     */
    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.exists(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (java.io.IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
