package org.activationexplorer.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the GEMM backend (see docs/decisions/0001-gemm-backend.md). "auto" takes OpenBLAS through JNI
 * where it is installed (fastest measured here), else the Vector API kernel when the JVM has the
 * jdk.incubator.vector module, else the plain-Java fallback. A native BLAS that is not OpenBLAS (the slow
 * reference BLAS) is used only when asked for.
 */
public final class Gemms {
    public static final List<String> BACKENDS = List.of("auto", "vector", "native", "java");

    private Gemms() {}

    public static boolean vectorApiAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    public static boolean nativeAvailable() {
        try {
            new NativeGemm();
            return true;
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * A GEMM for one thread of a layer that runs its own parts in parallel: never the native BLAS, whose own
     * thread pool would fight the parts for the cores; the Vector API kernel is as fast on those shapes.
     */
    public static Gemm singleThreaded(String backend) {
        return !backend.equals("java") && vectorApiAvailable() ? new VectorGemm(1) : new ScalarGemm();
    }

    /** The Vector API kernel on `threads` threads, or plain Java without the module. */
    /** The Vector API kernel splitting over a shared Parallel, or plain Java without the module. */
    static Gemm vectorOrJava(Parallel shared) {
        return vectorApiAvailable() ? new VectorGemm(shared) : new ScalarGemm();
    }

    /** True when the system BLAS is OpenBLAS (the only native BLAS "auto" takes). */
    static boolean openBlasAvailable() {
        Gemm g = openBlasOrNull();
        return g != null;
    }

    private static Gemm openBlasOrNull() {
        try {
            Gemm g = new NativeGemm();
            return g.name().startsWith("openblas") ? g : null;
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    public static List<String> available() {
        List<String> names = new ArrayList<>(List.of("java"));
        if (vectorApiAvailable()) {
            names.add("vector");
        }
        if (nativeAvailable()) {
            names.add("native");
        }
        return names;
    }

    /** threads applies to the Vector API kernel (1 or 2); the native BLAS manages its own threads. */
    public static Gemm create(String backend, int threads) {
        return switch (backend) {
            case "auto" -> {
                Gemm openBlas = openBlasOrNull();
                yield openBlas != null ? openBlas
                        : vectorApiAvailable() ? new VectorGemm(Math.min(threads, 2)) : new ScalarGemm();
            }
            case "vector" -> {
                if (!vectorApiAvailable()) {
                    throw new IllegalArgumentException(
                            "the Vector API backend needs the JVM flag --add-modules jdk.incubator.vector");
                }
                yield new VectorGemm(threads);
            }
            case "native" -> {
                try {
                    yield new NativeGemm();
                } catch (RuntimeException | LinkageError e) {
                    throw new IllegalArgumentException("no native BLAS could be loaded (install one, e.g. "
                            + "apt-get install libopenblas0-pthread): " + e.getMessage());
                }
            }
            case "java" -> new ScalarGemm();
            default -> throw new IllegalArgumentException("unknown BLAS backend '" + backend + "'; valid: " + BACKENDS);
        };
    }
}
