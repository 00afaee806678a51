package org.activationexplorer.nn;

import org.activationexplorer.activation.Splitter;
import org.activationexplorer.linalg.Parallel;

/** Lends an activation the network's worker thread; one adapter per layer, so a split allocates nothing. */
final class ParallelSplitter implements Splitter, Parallel.Task {
    private final Parallel parallel;
    private Part current;

    ParallelSplitter(Parallel parallel) {
        this.parallel = parallel;
    }

    @Override
    public void split(Part part) {
        current = part;
        try {
            parallel.run(this);
        } finally {
            current = null;
        }
    }

    @Override
    public void run(int part, int parts) {
        current.run(part, parts);
    }

    @Override
    public int parts() {
        return parallel.threads();
    }
}
