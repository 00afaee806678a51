package org.activationexplorer.activation;

/**
 * One elementwise pass (forward or backward) over n elements, run in parts on a Splitter's threads when it is long
 * enough: the job that fixed and trainable families share. The family gives the work on a range [from, to) of the
 * pass as a method; the pass remembers the arrays while its parts run, so the parts allocate nothing.
 */
public final class SplitPass {
    /** Passes at least this long are worth splitting: below, the hand-off costs more than the second core gives. */
    public static final int MIN = 8192;

    /** y on [from, to) of a pass of n elements, as part `part`. */
    @FunctionalInterface
    public interface Forward {
        void range(float[] x, float[] y, int n, int from, int to, int part);
    }

    /** dx (and the part's parameter sums) on [from, to) of a pass of n elements, as part `part`. */
    @FunctionalInterface
    public interface Backward {
        void range(float[] x, float[] y, float[] dy, float[] dx, int n, int from, int to, int part);
    }

    private Splitter splitter = Splitter.SERIAL;
    private float[] x, y, dy, dx;
    private int n;
    private volatile boolean running;
    private final Splitter.Part forwardPart;
    private final Splitter.Part backwardPart;

    public SplitPass(Forward forward, Backward backward) {
        forwardPart = (p, parts) -> forward.range(x, y, n, Splitter.start(n, p, parts), Splitter.start(n, p + 1, parts),
                p);
        backwardPart = (p, parts) -> backward.range(x, y, dy, dx, n, Splitter.start(n, p, parts),
                Splitter.start(n, p + 1, parts), p);
    }

    public void setSplitter(Splitter splitter) {
        this.splitter = splitter;
    }

    public Splitter splitter() {
        return splitter;
    }

    public int parts() {
        return splitter.parts();
    }

    /** True when a pass of n elements would run in parts (the family decides whether it may). */
    public boolean worthSplitting(int n) {
        return n >= MIN && splitter.parts() > 1;
    }

    /** True while the parts of a pass run: they must leave what the family prepared for the pass alone. */
    public boolean running() {
        return running;
    }

    public void forward(float[] x, float[] y, int n) {
        run(x, y, null, null, n, forwardPart);
    }

    public void backward(float[] x, float[] y, float[] dy, float[] dx, int n) {
        run(x, y, dy, dx, n, backwardPart);
    }

    private void run(float[] x, float[] y, float[] dy, float[] dx, int n, Splitter.Part part) {
        this.x = x;
        this.y = y;
        this.dy = dy;
        this.dx = dx;
        this.n = n;
        running = true;
        try {
            splitter.split(part);
        } finally {
            running = false;
            this.x = this.y = this.dy = this.dx = null; // the pass's arrays are the network's, not ours to keep
        }
    }
}
