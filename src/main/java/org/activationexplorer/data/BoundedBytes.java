package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads up to a claimed number of bytes into an array that grows only as the bytes arrive, so that a header claiming
 * gigabytes over a few kilobytes of data costs a few kilobytes. Reads in chunks of at most CHUNK: a larger read
 * from a file channel makes the JDK allocate a temporary direct buffer of the whole request outside the heap.
 */
final class BoundedBytes {
    static final int CHUNK = 1 << 20;

    private BoundedBytes() {}

    /** The bytes read, bytes[0, count); bytes.length == count when all that was claimed arrived. */
    record Filled(byte[] bytes, int count) {
        boolean complete(long claimed) {
            return count == claimed;
        }
    }

    /**
     * Reads from `in` until `claimed` bytes or its end, into an array of firstCapacity (at most claimed) that
     * doubles, up to claimed, whenever it is full and more data comes. At most about three times the bytes that
     * really arrived are ever allocated (the old array and the doubled one while copying).
     */
    static Filled read(InputStream in, int claimed, int firstCapacity) throws IOException {
        byte[] bytes = new byte[Math.max(0, Math.min(claimed, firstCapacity))];
        int count = 0;
        while (count < claimed) {
            if (count == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(claimed, Math.max(2L * bytes.length, CHUNK)));
            }
            int n = in.read(bytes, count, Math.min(CHUNK, bytes.length - count));
            if (n < 0) {
                break;
            }
            count += n;
        }
        return new Filled(count == bytes.length ? bytes : Arrays.copyOf(bytes, count), count);
    }

    /** How many bytes `in` still holds, counted up to `atMost` + 1 (more than atMost: the rest is not read). */
    static long remaining(InputStream in, long atMost) throws IOException {
        byte[] scratch = new byte[(int) Math.min(CHUNK, atMost + 1)];
        long total = 0;
        for (int n; total <= atMost && (n = in.read(scratch, 0, scratch.length)) > 0; ) {
            total += n;
        }
        return total;
    }
}
