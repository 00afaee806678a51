package org.activationexplorer.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.TrainingRun;

/**
 * Saves a trained run at --save, and keeps it when that fails after training although the target was checked
 * before (the folder removed or made read-only meanwhile, the disk full): a run that took hours is not thrown away
 * for a file name. It is written into the temporary folder under a new name, and the error line says why the
 * target failed and where the run is. The exit code stays 4 all the same: the file asked for is not there, and a
 * script must not take the run for saved.
 */
final class SaveWithFallback {
    /** train's exit code when the run is not at --save (whether or not the fallback kept it). */
    static final int NOT_SAVED = 4;

    private SaveWithFallback() {}

    /** 0 when the run is at `target`; else NOT_SAVED, with one error line saying why and where the run went. */
    static int save(TrainingRun run, Path target, Path fallbackFolder, PrintWriter err) {
        RunEvent.SaveOutcome outcome = run.save(target);
        if (outcome instanceof RunEvent.Saved) {
            err.println("saved " + target + " (" + run.recordedFrames() + " frames)");
            return 0;
        }
        if (!(outcome instanceof RunEvent.SaveFailed failed)) {
            err.println("error: nothing to save (no step was trained)");
            return NOT_SAVED;
        }
        Path fallback = fallbackFile(target, fallbackFolder);
        RunEvent.SaveOutcome kept = run.save(fallback);
        err.println("error: " + failed.reason() + (kept instanceof RunEvent.Saved
                ? "; the trained run was saved to " + fallback + " instead (move it: that folder may be emptied "
                        + "on restart)"
                : "; saving it to " + fallback + " failed too ("
                        + (kept instanceof RunEvent.SaveFailed f ? f.reason() : "nothing to save")
                        + "): the trained run is lost"));
        return NOT_SAVED;
    }

    /** TARGET-STEM-yyyyMMdd-HHmmss.aerun in `folder`, with -2, -3 … if that exists. */
    static Path fallbackFile(Path target, Path folder) {
        String stem = target.getFileName().toString().replaceFirst("\\" + RunFiles.EXTENSION + "$", "") + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path file = folder.resolve(stem + RunFiles.EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(stem + "-" + n + RunFiles.EXTENSION);
        }
        return file;
    }
}
