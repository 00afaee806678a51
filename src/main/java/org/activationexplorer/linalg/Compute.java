package org.activationexplorer.linalg;

import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic resources a network shares: one GEMM for whole-batch products (it may split them over
 * threads itself), and, for layers that split their own work into parts (convolution over chunks of the
 * batch), a Parallel with one single-threaded GEMM per part.
 */
public record Compute(Gemm gemm, Parallel parallel, List<Gemm> partGemms) implements AutoCloseable {

    public Compute {
        partGemms = List.copyOf(partGemms);
        if (partGemms.size() != parallel.threads()) {
            throw new IllegalArgumentException("one GEMM per part needed");
        }
    }

    /**
     * backend as for Gemms.create; threads 1 or 2. For convolutional networks "auto" skips OpenBLAS: its
     * spinning thread pool fights the convolution's own worker (LeNet-5 measured 9.2k–15.3k samples/s with
     * it, 14.6k–15.2k without); dense-only networks gain from it (MLP ~107k against ~80–88k).
     */
    public static Compute create(String backend, int threads, boolean convolutional) {
        // one worker thread for everything the network splits (GEMM halves, convolution chunks, Adam): two
        // spinning workers on two cores would take turns stealing the caller's core
        boolean vector = backend.equals("vector") && Gemms.vectorApiAvailable()
                || backend.equals("auto") && (convolutional || !Gemms.openBlasAvailable());
        boolean ownPool = !vector && !backend.equals("java"); // OpenBLAS spins its own threads: leave it the cores
        Parallel parallel = new Parallel(ownPool ? 1 : threads);
        Gemm gemm = vector ? Gemms.vectorOrJava(parallel) : Gemms.create(backend, threads);
        List<Gemm> parts = new ArrayList<>();
        for (int i = 0; i < parallel.threads(); i++) {
            parts.add(Gemms.singleThreaded(backend));
        }
        return new Compute(gemm, parallel, parts);
    }

    /** One thread, plain Java: for tests. */
    public static Compute serial(Gemm gemm) {
        return new Compute(gemm, new Parallel(1), List.of(gemm));
    }

    @Override
    public void close() {
        gemm.close();
        parallel.close();
        partGemms.forEach(Gemm::close);
    }
}
