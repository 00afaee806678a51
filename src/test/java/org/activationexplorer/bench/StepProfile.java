package org.activationexplorer.bench;

import java.util.List;
import java.util.Locale;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.data.Batches;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.nn.Layer;
import org.activationexplorer.nn.Network;
import org.activationexplorer.nn.SoftmaxCrossEntropy;
import org.activationexplorer.optim.Optimizer;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/** Where a training step's time goes, layer by layer (a main, not a test): arch activation blas threads [warm-up steps]. */
public final class StepProfile {
    public static void main(String[] args) throws Exception {
        String arch = args.length > 0 ? args[0] : "mlp", act = args.length > 1 ? args[1] : "relu";
        String blas = args.length > 2 ? args[2] : "auto";
        int threads = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        RunConfig d = RunConfig.defaults();
        RunConfig c = new RunConfig(arch, d.hidden(), ActivationConfig.of(act), "adam", 1e-3, 1e-3, 0.9, 0, 128, 1, 1,
                0, d.init(), blas, threads);
        Dataset data = Dataset.load(DatasetFolders.bundledMnist());
        Trainer trainer = new Trainer(c, data);
        Network net = trainer.network();
        trainer.trainSteps(args.length > 4 ? Integer.parseInt(args[4]) : 300); // warm-up steps
        List<Layer> layers = net.layers();
        long[] fwd = new long[layers.size()], bwd = new long[layers.size()];
        long lossT = 0, optT = 0, batchT = 0;
        Batches batches = new Batches(data.trainImages(), data.trainLabels(), data.trainSize(), data.features(), 128, 1, true);
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy(10, 128);
        var optimizerField = Trainer.class.getDeclaredField("optimizer");
        optimizerField.setAccessible(true);
        Optimizer optimizer = (Optimizer) optimizerField.get(trainer);
        int steps = 400;
        long total = System.nanoTime();
        for (int s = 0; s < steps; s++) {
            long t = System.nanoTime();
            if (!batches.next()) {
                batches.startEpoch(s);
                batches.next();
            }
            batchT += System.nanoTime() - t;
            float[] h = batches.x();
            for (int i = 0; i < layers.size(); i++) {
                t = System.nanoTime();
                h = layers.get(i).forward(h, 128);
                fwd[i] += System.nanoTime() - t;
            }
            t = System.nanoTime();
            loss.forward(h, batches.labels(), 128);
            float[] g = loss.backward(batches.labels(), 128);
            lossT += System.nanoTime() - t;
            for (int i = layers.size() - 1; i >= 0; i--) {
                t = System.nanoTime();
                g = layers.get(i).backward(g, 128, i > 0);
                bwd[i] += System.nanoTime() - t;
            }
            t = System.nanoTime();
            optimizer.step();
            optT += System.nanoTime() - t;
        }
        total = System.nanoTime() - total;
        for (var prm : net.parameters()) {
            int den = 0, zero = 0;
            for (float v : prm.value()) { if (v != 0 && Math.abs(v) < Float.MIN_NORMAL) den++; if (v == 0) zero++; }
            int gden = 0;
            for (float v : prm.gradient()) { if (v != 0 && Math.abs(v) < Float.MIN_NORMAL) gden++; }
            System.out.println(prm.name() + ": " + prm.size() + " values, denormal " + den + ", zero " + zero + ", grad denormal " + gden);
        }
        for (int i = 0; i < layers.size(); i++) {
            System.out.printf(Locale.ROOT, "%-32s fwd %7.1f us  bwd %7.1f us%n", layers.get(i).describe(),
                    fwd[i] / 1e3 / steps, bwd[i] / 1e3 / steps);
        }
        System.out.printf(Locale.ROOT, "batch gather %.1f us, loss %.1f us, optimizer %.1f us, step %.1f us = %.0f samples/s (%s)%n",
                batchT / 1e3 / steps, lossT / 1e3 / steps, optT / 1e3 / steps, total / 1e3 / steps,
                128.0 * steps / (total / 1e9), trainer.blas());
    }
}
