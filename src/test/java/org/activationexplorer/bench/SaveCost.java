package org.activationexplorer.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * What the flushes of AtomicFiles cost (a main, not a test): a typical run file (PAU, MLP, one epoch on 2,000
 * images, about 1 MB) written N times into FOLDER by AtomicFiles.write and, interleaved, by the same steps without
 * either fsync; prints the medians in ms. Usage: SaveCost FOLDER [N].
 */
public final class SaveCost {
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/save-cost");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Files.createDirectories(folder);
        RunConfig c = RunConfig.defaults();
        RunConfig config = new RunConfig("mlp", List.of(256, 256), ActivationConfig.of("pau"), "adam", 1e-3, 1e-3, 0.9,
                0, 128, 1, 1, 2000, c.init(), "vector", 2);
        Path file = folder.resolve("save-cost.aerun");
        try (TrainingRun run = new TrainingRun(new Trainer(config, Dataset.load(DatasetFolders.bundledMnist())))) {
            while (!run.finished()) {
                run.trainBatch();
                if (run.epochComplete()) {
                    run.finishEpoch();
                }
            }
            RunFiles.save(run.record(), file);
        }
        byte[] bytes = Files.readAllBytes(file);
        double[] durable = new double[n], plain = new double[n];
        for (int i = -3; i < n; i++) { // three rounds of warm-up
            long t0 = System.nanoTime();
            AtomicFiles.write(file, bytes);
            long t1 = System.nanoTime();
            Path temporary = folder.resolve(".save-cost.plain");
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            long t2 = System.nanoTime();
            if (i >= 0) {
                durable[i] = (t1 - t0) / 1e6;
                plain[i] = (t2 - t1) / 1e6;
            }
        }
        System.out.printf("%d bytes, %d saves each: with fsync (file and folder) median %.1f ms %s; without %.1f ms %s%n",
                bytes.length, n, median(durable), Arrays.toString(durable), median(plain), Arrays.toString(plain));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
