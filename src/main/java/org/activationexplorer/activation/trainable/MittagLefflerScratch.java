package org.activationexplorer.activation.trainable;

/**
 * Per-element buffers of MittagLefflerGated's tabulated passes: the gate argument u and du/dx (for maps other than
 * LINEAR), the table position (index = 4·interval, fraction), and dA/dx, which forward leaves for its backward; and
 * whether they hold forward's values for the input at hand (ForwardMemo).
 */
final class MittagLefflerScratch {
    int[] index = new int[0];
    float[] fraction = new float[0];
    float[] slope = new float[0];
    float[] u = new float[0];
    float[] du = new float[0];
    final ForwardMemo memo = new ForwardMemo();

    /** Room for elements [0, n), u and du only if mapped; grown before parts run (prepare), never while they do. */
    void ensure(int n, boolean mapped, boolean splitting) {
        if (index.length < n && !splitting) {
            index = new int[n];
            fraction = new float[n];
            slope = new float[n];
            u = new float[mapped ? n : 0];
            du = new float[mapped ? n : 0];
            memo.reset();
        }
    }
}
