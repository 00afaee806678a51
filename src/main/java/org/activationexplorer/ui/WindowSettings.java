package org.activationexplorer.ui;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.session.TrainingSession;

/**
 * Every -Dexplorer.* setting of the window, read once at start (demos, screenshots, measurements).
 *
 * @param runsFolder      where finished and stopped runs are saved (explorer.runs, default "runs"; SaveFolders)
 * @param frameStats      print status, epochs' speed and frame timings every 5 s (explorer.frameStats)
 * @param blas            the GEMM backend for window runs (explorer.blas)
 * @param threads         training threads for window runs (explorer.threads)
 * @param publishPerSecond snapshots a second from the training thread (explorer.publishHz)
 * @param autostart       FAMILY[:ARCH[:SHARING]] to start at once, or null (explorer.autostart)
 * @param autostartEpochs epochs of that run (explorer.epochs)
 * @param open            a run file to replay at start, or null (explorer.open)
 * @param compare         run files to compare at start, or empty (explorer.compare, comma-separated)
 * @param presentation    start in presentation mode (explorer.presentation)
 * @param preset          FAMILY[:ARCH[:SHARING]] to fill in without starting (explorer.preset), or null
 */
record WindowSettings(Path runsFolder, boolean frameStats, String blas, int threads, int publishPerSecond,
                      String autostart, int autostartEpochs, Path open, List<Path> compare, boolean presentation,
                      String preset) {

    /**
     * Our Vector API kernels in the window where available: OpenBLAS's own threads spin on every core, and in the
     * window (1 training thread, 2 cores) the MLP trained at 13–33k samples/s with it against ~60k.
     */
    static final String WINDOW_BLAS = Gemms.vectorApiAvailable() ? "vector" : "auto";
    /**
     * Training threads in the window: one core stays with drawing. On 2 cores under software rendering the MLP
     * trained at 23–33k samples/s with 2 threads (the spinning worker and the renderer take turns on the cores) and
     * at 40–58k with 1 (bench, 1 thread: 64k).
     */
    static final int WINDOW_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));

    static WindowSettings fromSystemProperties() {
        String open = System.getProperty("explorer.open");
        String compare = System.getProperty("explorer.compare", "");
        return new WindowSettings(SaveFolders.runs(),
                Boolean.getBoolean("explorer.frameStats"), System.getProperty("explorer.blas", WINDOW_BLAS),
                Integer.getInteger("explorer.threads", WINDOW_THREADS),
                Integer.getInteger("explorer.publishHz", TrainingSession.DEFAULT_PUBLISH_PER_SECOND),
                System.getProperty("explorer.autostart"), Integer.getInteger("explorer.epochs", 3),
                open == null ? null : Path.of(open),
                compare.isBlank() ? List.of() : Arrays.stream(compare.split(",")).map(Path::of).toList(),
                Boolean.getBoolean("explorer.presentation"), System.getProperty("explorer.preset"));
    }
}
