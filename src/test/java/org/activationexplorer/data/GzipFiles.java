package org.activationexplorer.data;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Gzip data as the tests need it: split into members, and bombs written as a stream, never held in memory. */
final class GzipFiles {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 255};
    private static final int BLOCK = 1 << 20;

    private GzipFiles() {
    }

    /** `bytes` as consecutive gzip members, cut at the ascending offsets `cuts` (what `cat a.gz b.gz` makes). */
    static byte[] members(byte[] bytes, int... cuts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int from = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int to = i < cuts.length ? cuts[i] : bytes.length;
            out.writeBytes(IdxFiles.gzip(java.util.Arrays.copyOfRange(bytes, from, to)));
            from = to;
        }
        return out.toByteArray();
    }

    /**
     * Writes to `file` one gzip member holding `start` and then `zeros` zero bytes, valid to its CRC and size; the
     * file is about a thousandth of that. A deflate block of a MiB of zeros is made once and repeated: whatever a
     * back-reference in it reaches holds zeros too, so the copies decode alike wherever they stand.
     */
    static void writeZeroBomb(Path file, byte[] start, long zeros) throws IOException {
        byte[] block = new byte[BLOCK];
        CRC32 crc = new CRC32();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write(HEADER);
            out.write(flushed(start, start.length));
            crc.update(start);
            byte[] compressedBlock = flushed(block, BLOCK);
            for (long left = zeros; left > 0; left -= BLOCK) {
                int n = (int) Math.min(BLOCK, left);
                out.write(n == BLOCK ? compressedBlock : flushed(block, n));
                crc.update(block, 0, n);
            }
            out.write(finalBlock());
            long size = start.length + zeros;
            out.write(littleEndian(crc.getValue()));
            out.write(littleEndian(size & 0xFFFFFFFFL));
        }
    }

    /** bytes[0, n) deflated by a fresh deflater and sync-flushed: blocks ending on a byte boundary, none final. */
    private static byte[] flushed(byte[] bytes, int n) {
        Deflater deflater = new Deflater(9, true);
        try {
            deflater.setInput(bytes, 0, n);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            int written;
            do {
                written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, written);
            } while (written == buffer.length);
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] finalBlock() {
        Deflater deflater = new Deflater(9, true);
        try {
            deflater.finish();
            byte[] buffer = new byte[64];
            return java.util.Arrays.copyOf(buffer, deflater.deflate(buffer));
        } finally {
            deflater.end();
        }
    }

    private static byte[] littleEndian(long word) {
        return new byte[]{(byte) word, (byte) (word >>> 8), (byte) (word >>> 16), (byte) (word >>> 24)};
    }
}
