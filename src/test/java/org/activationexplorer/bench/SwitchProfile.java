package org.activationexplorer.bench;

import java.lang.management.ManagementFactory;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/** Throughput and allocation of one architecture after another ran in the same JVM (a main, not a test). */
public final class SwitchProfile {
    public static void main(String[] args) throws Exception {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Dataset data = Dataset.load(DatasetFolders.bundledMnist());
        for (String arch : args) {
            RunConfig d = RunConfig.defaults();
            RunConfig c = new RunConfig(arch, d.hidden(), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0, 128,
                    1, 1, 0, d.init(), System.getProperty("blas", "vector"), Integer.getInteger("threads", 2));
            try (Trainer t = new Trainer(c, data)) {
                t.trainSteps(200);
                long b = mx.getThreadAllocatedBytes(Thread.currentThread().getId()), t0 = System.nanoTime();
                t.trainSteps(100);
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s: %.0f samples/s, %d bytes allocated per step%n", arch, 12800 / s,
                        (mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - b) / 100);
            }
        }
    }
}
