package org.activationexplorer.activation;

/**
 * Runs a piece of elementwise work in parts at once: the engine hands activations its worker thread through
 * this, so that costly families use both cores between the GEMMs. Parts never overlap; a family that
 * accumulates (parameter gradients) keeps one accumulator per part.
 */
public interface Splitter {
    /** Runs part.run(p, parts()) for every p, returning when all are done. */
    void split(Part part);

    int parts();

    @FunctionalInterface
    interface Part {
        void run(int part, int parts);
    }

    /** Everything on the calling thread. */
    Splitter SERIAL = new Splitter() {
        @Override
        public void split(Part part) {
            part.run(0, 1);
        }

        @Override
        public int parts() {
            return 1;
        }
    };

    /** [from, to) of the part-th of `parts` near-equal shares of n elements, ends rounded to multiples of 16. */
    static int start(int n, int part, int parts) {
        return part == parts ? n : Math.min(n, (int) ((long) n * part / parts) & ~15);
    }
}
