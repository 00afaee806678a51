package org.activationexplorer.activation.trainable;

/**
 * Whether per-element values a family's forward left in its scratch (table positions, slopes) still hold for a
 * backward: the Activation contract has backward follow its forward on the same, unchanged arrays, so they do when
 * the input array is the same, the elements were covered and the family's table is the version forward used.
 * Parts of a split pass record at once; a lost update of the covered length only costs a recomputation.
 */
final class ForwardMemo {
    private float[] input;
    private int covered;
    private int version = -1;

    /** Before forward writes the scratch (or the scratch is reallocated): nothing holds. */
    void forget() {
        input = null;
    }

    /** The scratch was reallocated: nothing holds, and the covered length starts again. */
    void reset() {
        input = null;
        covered = 0;
    }

    /** Forward filled the scratch for x on [.., to) under the table's version. */
    void remember(float[] x, int to, int tableVersion) {
        version = tableVersion;
        covered = Math.max(covered, to);
        input = x;
    }

    /** True if the scratch holds forward's values for x on [.., to) under the table's version. */
    boolean holds(float[] x, int to, int tableVersion) {
        return x == input && version == tableVersion && to <= covered;
    }
}
