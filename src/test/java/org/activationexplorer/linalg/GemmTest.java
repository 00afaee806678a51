package org.activationexplorer.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every backend against EJML, for every transpose combination, awkward sizes and the training shapes. */
class GemmTest {
    private static final int[][] SHAPES = { // m, n, k
        {1, 1, 1}, {2, 3, 1}, {3, 10, 7}, {7, 15, 16}, {16, 16, 17}, {17, 31, 33}, {33, 65, 15}, {65, 129, 2},
        {129, 10, 64}, {128, 256, 784}, {6, 25, 2000}, {16, 150, 600}, {150, 600, 16}, {8, 40, 1}, {40, 8, 300},
    };

    static Stream<Arguments> backendsAndShapes() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String backend : new String[] {"java", "vector-1", "vector-2", "native"}) {
            for (int[] s : SHAPES) {
                cases.add(Arguments.of(backend, s[0], s[1], s[2]));
            }
        }
        return cases.build();
    }

    private static Gemm create(String backend) {
        return switch (backend) {
            case "vector-1" -> Gemms.create("vector", 1);
            case "vector-2" -> Gemms.create("vector", 2);
            default -> Gemms.create(backend, 1);
        };
    }

    @ParameterizedTest(name = "{0} m={1} n={2} k={3}")
    @MethodSource("backendsAndShapes")
    void agreesWithEjmlForEveryTransposeAndAccumulateMode(String backend, int m, int n, int k) {
        assumeTrue(!backend.startsWith("vector") || Gemms.vectorApiAvailable(), "no Vector API module");
        assumeTrue(!backend.equals("native") || Gemms.nativeAvailable(), "no native BLAS");
        Random random = new Random(345);
        try (Gemm gemm = create(backend)) {
            for (int mode = 0; mode < 8; mode++) {
                boolean transA = (mode & 1) != 0, transB = (mode & 2) != 0, accumulate = (mode & 4) != 0;
                FMatrixRMaj a = transA ? random(k, m, random) : random(m, k, random);
                FMatrixRMaj b = transB ? random(n, k, random) : random(k, n, random);
                FMatrixRMaj c0 = random(m, n, random);
                FMatrixRMaj expected = new FMatrixRMaj(m, n);
                if (transA && transB) {
                    CommonOps_FDRM.multTransAB(a, b, expected);
                } else if (transA) {
                    CommonOps_FDRM.multTransA(a, b, expected);
                } else if (transB) {
                    CommonOps_FDRM.multTransB(a, b, expected);
                } else {
                    CommonOps_FDRM.mult(a, b, expected);
                }
                if (accumulate) {
                    CommonOps_FDRM.addEquals(expected, c0);
                }
                // arrays longer than needed: nothing past m·n may be written
                float[] c = Arrays.copyOf(c0.data, m * n + 5);
                Arrays.fill(c, m * n, c.length, 42f);
                gemm.multiply(transA, transB, m, n, k, Arrays.copyOf(a.data, a.data.length + 3),
                        Arrays.copyOf(b.data, b.data.length + 7), c, accumulate);
                float tolerance = 1e-5f * (float) Math.sqrt(k) * 4;
                for (int i = 0; i < m * n; i++) {
                    assertEquals(expected.data[i], c[i], tolerance * (1 + Math.abs(expected.data[i])),
                            backend + " mode " + mode + " at " + i);
                }
                for (int i = m * n; i < c.length; i++) {
                    assertEquals(42f, c[i], "wrote past m·n");
                }
            }
        }
    }

    private static FMatrixRMaj random(int rows, int cols, Random random) {
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) (2 * random.nextDouble() - 1);
        }
        return x;
    }

    @Test
    @Timeout(20)
    void twoThreadsSurviveManyCallsInARow() {
        assumeTrue(Gemms.vectorApiAvailable());
        Random random = new Random(1);
        float[] a = new float[128 * 256], b = new float[256 * 256], c = new float[128 * 256];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat();
        }
        Arrays.fill(b, 1f);
        try (Gemm gemm = Gemms.create("vector", 2)) {
            for (int i = 0; i < 2000; i++) {
                gemm.multiply(false, false, 128, 256, 256, a, b, c, false);
            }
        }
        double rowSum = 0;
        for (int p = 0; p < 256; p++) {
            rowSum += a[p];
        }
        assertEquals(rowSum, c[0], 1e-3 * rowSum);
    }

    @Test
    void autoAlwaysGivesABackendAndUnknownNamesAreRefused() {
        try (Gemm gemm = Gemms.create("auto", 2)) {
            assertTrue(Gemms.available().size() >= 1 && !gemm.name().isBlank());
        }
        var e = assertThrows(IllegalArgumentException.class, () -> Gemms.create("cublas", 1));
        assertTrue(e.getMessage().contains("cublas") && e.getMessage().contains("auto"), e.getMessage());
    }
}
