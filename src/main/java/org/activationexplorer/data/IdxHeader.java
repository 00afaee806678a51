package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * An IDX file's header: two zero bytes, the element type (0x08, unsigned bytes: what every MNIST-like dataset
 * uses), the number of dimensions, then each size as a big-endian int32. Only sizes are read: what they claim is
 * checked against the file before any array of that size is made.
 *
 * @param dims [kept] one to MAX_DIMENSIONS sizes, each positive
 */
record IdxHeader(int[] dims) {
    static final int UNSIGNED_BYTE = 0x08;
    static final int MAX_DIMENSIONS = 4;

    /** The header's own length in bytes: 4, then 4 a dimension. */
    int length() {
        return 4 + 4 * dims.length;
    }

    /** The sizes as written in messages: "60000x28x28". */
    String shape() {
        StringBuilder b = new StringBuilder();
        for (int d : dims) {
            b.append(b.length() == 0 ? "" : "x").append(d);
        }
        return b.toString();
    }

    /** The bytes of data the sizes claim: their product, or Long.MAX_VALUE where that would overflow. */
    long claimedBytes() {
        long product = 1;
        for (int d : dims) {
            product = product > Long.MAX_VALUE / d ? Long.MAX_VALUE : product * d;
        }
        return product;
    }

    /**
     * Reads the header from the start of `in` (the decompressed data of a gzipped file).
     *
     * @throws IdxFormatException naming `file` when the header is empty, cut short, not IDX's, or of a type or a
     *                            number of dimensions this reader does not take
     */
    static IdxHeader read(Path file, InputStream in, boolean gzip) throws IOException {
        byte[] start = new byte[4];
        int found = in.readNBytes(start, 0, 4);
        if (found == 0) {
            throw new IdxFormatException(file, gzip ? "empty file (nothing inside the gzip data)" : "empty file");
        }
        if (start[0] != 0 || (found > 1 && start[1] != 0)) {
            throw new IdxFormatException(file, String.format(
                    "not an IDX file: it must start with two zero bytes, found %02x %02x",
                    start[0] & 0xFF, found > 1 ? start[1] & 0xFF : 0));
        }
        if (found < 4) {
            throw new IdxFormatException(file, "truncated header: expected 4 bytes, found " + found);
        }
        int type = start[2] & 0xFF;
        if (type != UNSIGNED_BYTE) {
            throw new IdxFormatException(file, String.format(
                    "unsupported IDX element type 0x%02X (only unsigned bytes, 0x%02X)", type, UNSIGNED_BYTE));
        }
        int rank = start[3] & 0xFF;
        if (rank < 1 || rank > MAX_DIMENSIONS) {
            throw new IdxFormatException(file,
                    "unsupported number of dimensions " + rank + " (1 to " + MAX_DIMENSIONS + ")");
        }
        byte[] sizes = new byte[4 * rank];
        found = in.readNBytes(sizes, 0, sizes.length);
        if (found < sizes.length) {
            throw new IdxFormatException(file, "truncated header: expected " + rank + " dimension sizes ("
                    + sizes.length + " bytes), found " + found + " bytes");
        }
        int[] dims = new int[rank];
        for (int i = 0; i < rank; i++) {
            int o = 4 * i;
            dims[i] = (sizes[o] & 0xFF) << 24 | (sizes[o + 1] & 0xFF) << 16 | (sizes[o + 2] & 0xFF) << 8
                    | (sizes[o + 3] & 0xFF);
            if (dims[i] <= 0) {
                throw new IdxFormatException(file, "dimension " + (i + 1) + " of " + rank + " has size "
                        + dims[i] + " (sizes must be positive)");
            }
        }
        return new IdxHeader(dims);
    }
}
