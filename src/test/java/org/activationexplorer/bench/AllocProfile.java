package org.activationexplorer.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Layer;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/** Bytes allocated per layer call on the calling thread (a main, not a test). */
public final class AllocProfile {
    public static void main(String[] args) throws Exception {
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        RunConfig d = RunConfig.defaults();
        RunConfig c = new RunConfig(args[0], d.hidden(), ActivationConfig.of("relu"), "adam", 1e-3, 1e-3, 0.9, 0, 64, 1, 1,
                2000, d.init(), args.length > 1 ? args[1] : "auto", args.length > 2 ? Integer.parseInt(args[2]) : 2);
        Trainer t = new Trainer(c, Dataset.load(DatasetFolders.bundledMnist()));
        t.trainSteps(300);
        for (int i = 0; i < 40; i++) {
            long b = mx.getThreadAllocatedBytes(id);
            t.trainSteps(1);
            long a = mx.getThreadAllocatedBytes(id) - b;
            if (a > 100) System.out.println("step " + i + ": " + a);
        }
        List<Layer> layers = t.network().layers();
        float[] x = new float[64 * 784];
        for (int rep = 0; rep < 3; rep++) {
            float[] h = x;
            for (Layer l : layers) {
                long b = mx.getThreadAllocatedBytes(id);
                h = l.forward(h, 64);
                System.out.println("fwd " + l.describe() + ": " + (mx.getThreadAllocatedBytes(id) - b));
            }
            float[] g = new float[64 * 10];
            for (int i = layers.size() - 1; i >= 0; i--) {
                long b = mx.getThreadAllocatedBytes(id);
                g = layers.get(i).backward(g, 64, i > 0);
                System.out.println("bwd " + layers.get(i).describe() + ": " + (mx.getThreadAllocatedBytes(id) - b));
            }
        }
        t.close();
    }
}
