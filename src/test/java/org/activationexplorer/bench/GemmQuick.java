package org.activationexplorer.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.activationexplorer.linalg.Gemm;
import org.activationexplorer.linalg.Gemms;

/** Quick GEMM GFLOPS for the MLP shapes (a main, not a test). */
public final class GemmQuick {
    public static void main(String[] args) {
        Gemm g = Gemms.create(args.length > 0 ? args[0] : "auto", args.length > 1 ? Integer.parseInt(args[1]) : 1);
        int[][] shapes = {{0, 0, 128, 256, 784}, {1, 0, 784, 256, 128}, {0, 1, 128, 256, 256}, {0, 0, 128, 256, 256},
            {1, 0, 256, 256, 128}, {0, 0, 16, 12800, 150}, {0, 1, 16, 150, 12800}, {1, 0, 150, 12800, 16}, {0, 1, 6, 25, 100352}};
        Random r = new Random(1);
        for (int[] s : shapes) {
            boolean ta = s[0] == 1, tb = s[1] == 1;
            int m = s[2], n = s[3], k = s[4];
            float[] a = new float[m * k], b = new float[k * n], c = new float[m * n];
            for (int i = 0; i < a.length; i++) a[i] = r.nextFloat();
            for (int i = 0; i < b.length; i++) b[i] = r.nextFloat();
            double[] t = new double[9];
            int reps = (int) Math.max(3, 2e8 / (2.0 * m * n * k));
            for (long end = System.nanoTime() + 700_000_000L; System.nanoTime() < end; ) g.multiply(ta, tb, m, n, k, a, b, c, false);
            for (int x = 0; x < t.length; x++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < reps; i++) g.multiply(ta, tb, m, n, k, a, b, c, false);
                t[x] = (System.nanoTime() - t0) / 1e9 / reps;
            }
            Arrays.sort(t);
            System.out.printf(Locale.ROOT, "%s%s m=%d n=%d k=%d: %.1f GFLOPS (%.0f us)%n", ta ? "T" : "N", tb ? "T" : "N",
                    m, n, k, 2.0 * m * n * k / t[4] / 1e9, t[4] * 1e6);
        }
    }
}
