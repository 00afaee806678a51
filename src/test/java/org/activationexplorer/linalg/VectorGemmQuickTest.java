package org.activationexplorer.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VectorGemmQuickTest {
    @ParameterizedTest
    @CsvSource({"1,1,1", "3,10,7", "5,33,17", "128,256,784", "7,40,500", "6,25,1000", "16,150,3000", "2,3,300", "33,65,16"})
    void agreesWithScalar(int m, int n, int k) {
        Random r = new Random(345);
        for (int mode = 0; mode < 8; mode++) {
            boolean ta = (mode & 1) != 0, tb = (mode & 2) != 0, acc = (mode & 4) != 0;
            float[] a = new float[m * k + 3], b = new float[k * n + 5], c1 = new float[m * n + 7], c2;
            for (int i = 0; i < a.length; i++) a[i] = (float) r.nextGaussian();
            for (int i = 0; i < b.length; i++) b[i] = (float) r.nextGaussian();
            for (int i = 0; i < c1.length; i++) c1[i] = (float) r.nextGaussian();
            c2 = c1.clone();
            float[] c3 = c1.clone();
            new VectorGemm(1).multiply(ta, tb, m, n, k, a, b, c2, acc);
            try (VectorGemm two = new VectorGemm(2)) { two.multiply(ta, tb, m, n, k, a, b, c3, acc); }
            new ScalarGemm().multiply(ta, tb, m, n, k, a, b, c1, acc);
            for (int i = 0; i < c1.length; i++) {
                assertEquals(c1[i], c2[i], 1e-4 * Math.sqrt(k) * 3, "mode " + mode + " at " + i);
                assertEquals(c1[i], c3[i], 1e-4 * Math.sqrt(k) * 3, "2 threads, mode " + mode + " at " + i);
            }
        }
    }
}
