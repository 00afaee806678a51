package org.activationexplorer.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads IDX files (the format of MNIST): two zero bytes, an element type byte, a dimension count byte,
 * the sizes as big-endian int32, then the elements. Only unsigned bytes (type 0x08) are supported, which
 * is what every MNIST-like dataset uses.
 */
public final class IdxReader {

    static final int UNSIGNED_BYTE = 0x08;
    static final int MAX_DIMENSIONS = 4;

    private static final int BUFFER_SIZE = 1 << 16;
    // The largest array the JVM will reliably allocate
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    // DEFLATE expands by at most about 1032:1, so a corrupt header claiming more than that is caught before
    // the payload array is allocated instead of by an OutOfMemoryError
    private static final long MAX_DEFLATE_RATIO = 1032;

    private IdxReader() {
    }

    /**
     * Reads an IDX file of unsigned bytes (type 0x08), gzipped or raw (detect gzip by its magic bytes 1f 8b, not
     * by the file name).
     *
     * @throws IdxFormatException if the file is missing, empty, truncated, too long, not gzip-decodable, or its
     *                            header is not that of an unsigned-byte IDX file
     */
    public static IdxArray read(Path file) throws IOException {
        long fileSize;
        InputStream in;
        try {
            fileSize = Files.size(file);
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new IdxFormatException(file, "file not found");
        }
        try (BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE)) {
            // A raw IDX file starts with 00 00, so the gzip magic can never be mistaken for one
            if (!startsWithGzipMagic(buffered)) {
                return readPayload(file, buffered, fileSize, false);
            }
            try (GZIPInputStream inflated = new GZIPInputStream(buffered, BUFFER_SIZE)) {
                return readPayload(file, inflated, fileSize, true);
            } catch (EOFException | ZipException e) {
                IdxFormatException corrupt = new IdxFormatException(file, "corrupt gzip data (" + e.getMessage() + ")");
                corrupt.initCause(e);
                throw corrupt;
            }
        }
    }

    private static boolean startsWithGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    /** fileSize is the exact length of the IDX content when raw, only a bound on it when gzipped. */
    private static IdxArray readPayload(Path file, InputStream in, long fileSize, boolean gzip) throws IOException {
        int[] dims = readHeader(file, in, gzip);
        long expected = 1;
        for (int d : dims) {
            expected *= d;
            if (expected > MAX_ARRAY) {
                throw new IdxFormatException(file, "header claims more than " + MAX_ARRAY + " bytes of data");
            }
        }
        int headerLength = 4 + 4 * dims.length;
        if (!gzip && fileSize - headerLength != expected) {
            throw lengthMismatch(file, expected, fileSize - headerLength);
        }
        if (gzip && expected > fileSize * MAX_DEFLATE_RATIO) {
            throw new IdxFormatException(file, "header claims " + expected
                    + " bytes of data, more than a gzip file of " + fileSize + " bytes can hold");
        }
        byte[] data = new byte[(int) expected];
        int found = in.readNBytes(data, 0, data.length);
        if (found < expected) {
            throw lengthMismatch(file, expected, found);
        }
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw lengthMismatch(file, expected, expected + extra);
        }
        return new IdxArray(dims, data);
    }

    private static int[] readHeader(Path file, InputStream in, boolean gzip) throws IOException {
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
        return dims;
    }

    private static IdxFormatException lengthMismatch(Path file, long expected, long found) {
        String what = found < expected ? "truncated" : "extra data (" + (found - expected) + " bytes too many)";
        return new IdxFormatException(file,
                what + ": expected " + expected + " bytes of data after the header, found " + found);
    }
}
