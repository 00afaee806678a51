package org.activationexplorer.data;

import java.util.Arrays;

/**
 * The contents of one IDX file of unsigned bytes. dims e.g. [60000, 28, 28] or [60000]; data holds the
 * unsigned bytes as stored, item after item (read them with {@code b & 0xFF}).
 *
 * @param dims [kept] at least one size, all positive
 * @param data [kept] exactly the product of dims bytes
 */
public record IdxArray(int[] dims, byte[] data) {

    public IdxArray {
        if (dims.length == 0) {
            throw new IllegalArgumentException("an IDX array has at least one dimension");
        }
        long size = 1;
        for (int d : dims) {
            if (d <= 0) {
                throw new IllegalArgumentException("non-positive dimension in " + Arrays.toString(dims));
            }
            size *= d;
        }
        if (size != data.length) {
            throw new IllegalArgumentException(
                    "dims " + Arrays.toString(dims) + " need " + size + " bytes, data has " + data.length);
        }
    }

    /** The number of items: dims[0]. */
    public int count() {
        return dims[0];
    }

    /** Bytes per item: the product of dims[1..], 1 for a 1-D array. */
    public int itemSize() {
        int size = 1;
        for (int i = 1; i < dims.length; i++) {
            size *= dims[i];
        }
        return size;
    }

    // The default would print array identities, useless in a failed assertion or a log line
    @Override
    public String toString() {
        return "IdxArray[dims=" + Arrays.toString(dims) + "]";
    }
}
