package org.activationexplorer.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.io.ReadableFiles;
import org.activationexplorer.runs.ConfigFields;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.train.RunConfig;

/**
 * What a cell's run file already holds, which decides whether the sweep trains it: nothing (no file), all of it
 * (it loads, is the same experiment and has every epoch: skipped), part of it (damaged, cut short, fewer epochs:
 * trained again and replaced), or another experiment (refused: a sweep never overwrites different work).
 */
public final class CellFiles {
    private CellFiles() {}

    public sealed interface State {}

    public record Missing() implements State {}

    public record Complete(RunRecord run) implements State {}

    /** Worth nothing as it is; `why` says what is wrong with it. */
    public record Partial(String why) implements State {}

    /** A complete or partial run of other settings; `differences` names them ("epochs 2 ≠ 1"). */
    public record OtherSettings(String differences) implements State {}

    /**
     * What the cell's file holds. Something under its name that is not a regular file (a folder, a pipe, a link
     * loop) or cannot be read is OtherSettings: a sweep replaces only its own damaged files, and a pipe is never
     * opened (reading one blocks the sweep).
     */
    public static State state(SweepCell cell) {
        Path file = cell.file();
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Missing();
        }
        String notAFile = ReadableFiles.problem(file);
        if (notAFile != null) {
            return new OtherSettings(notAFile + "; not a run file");
        }
        RunRecord run;
        try {
            run = SweepRunFiles.load(file);
        } catch (SweepFileException e) {
            return new Partial(e.problem());
        }
        Map<String, String> found = ConfigFields.experiment(run.config(), true);
        Map<String, String> wanted = ConfigFields.experiment(cell.config(), true);
        if (!found.equals(wanted)) {
            return new OtherSettings(ConfigFields.differences(found, wanted));
        }
        return complete(run, cell.config()) ? new Complete(run)
                : new Partial(run.epochs().size() + " of " + cell.config().epochs() + " epochs");
    }

    /** Every epoch of `config` is in the run, and it trained at least one step. */
    public static boolean complete(RunRecord run, RunConfig config) {
        return run.steps() > 0 && run.epochs().size() >= config.epochs();
    }

    /**
     * Removes the temporary files killed sweeps left in the cells' folder, before training (io/AtomicFiles does it
     * on every save too; a cell that diverges never saves). Only files whose writer is gone: another shard may be
     * writing its own.
     */
    public static void removeLeftovers(SweepCell cell) {
        AtomicFiles.removeStaleTemporaries(cell.file());
    }
}
