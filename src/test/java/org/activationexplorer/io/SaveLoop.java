package org.activationexplorer.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process that saves a file over and over, for KillDuringSaveTest to kill at random moments (a main, not a
 * test): SaveLoop TARGET FILE… reads the FILEs (whole run files), prints "saving", and writes them in turn at
 * TARGET with AtomicFiles.write until it is killed. The run files are made by the test beforehand, so that the
 * loop spends its time in AtomicFiles.write: making one (a ZIP of 1 MB) took 65 ms in a fresh JVM and writing it
 * 2-10 ms, so a kill would rarely have met a write.
 */
public final class SaveLoop {
    private SaveLoop() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        byte[][] files = new byte[args.length - 1][];
        for (int i = 1; i < args.length; i++) {
            files[i - 1] = Files.readAllBytes(Path.of(args[i]));
        }
        Path warmUp = Files.createTempDirectory("save-loop"); // the first writes load classes, seed SecureRandom …
        for (int i = 0; i < 3; i++) {
            AtomicFiles.write(warmUp.resolve("warm-up"), files[i % files.length]);
        }
        Files.delete(warmUp.resolve("warm-up"));
        Files.delete(warmUp);
        System.out.println("saving");
        System.out.flush();
        for (int i = 0; ; i = (i + 1) % files.length) {
            AtomicFiles.write(target, files[i]);
        }
    }
}
