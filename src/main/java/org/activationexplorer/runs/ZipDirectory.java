package org.activationexplorer.runs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;

/**
 * A look at a ZIP archive's end record before java.util.zip.ZipFile reads the central directory it points to:
 * ZipFile allocates the directory whole, as large as the record declares (up to the file's size), so a run file
 * whose directory claims a gigabyte would cost a gigabyte. A run file's directory lists two entries in about 120
 * bytes; MAX_BYTES and MAX_ENTRIES leave room for entries that later versions or other tools add.
 */
final class ZipDirectory {
    static final int MAX_ENTRIES = 64;
    static final long MAX_BYTES = 64 * 1024;
    private static final int END_SIGNATURE = 0x06054b50, END_LENGTH = 22, MAX_COMMENT = 0xFFFF;

    private ZipDirectory() {}

    /**
     * Refuses a declared directory beyond the limits (ZIP64's markers, 0xFFFF entries or 0xFFFFFFFF bytes,
     * included: no run file needs them). An archive without an end record passes: ZipFile then refuses it.
     */
    static void check(SeekableByteChannel file, long size) throws IOException {
        int tail = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
        ByteBuffer bytes = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
        file.position(size - tail);
        while (bytes.hasRemaining() && file.read(bytes) >= 0) {
            // read the whole tail
        }
        for (int at = tail - END_LENGTH; at >= 0; at--) {
            if (bytes.getInt(at) == END_SIGNATURE && at + END_LENGTH + (bytes.getShort(at + 20) & 0xFFFF) == tail) {
                int entries = bytes.getShort(at + 10) & 0xFFFF;
                long directory = bytes.getInt(at + 12) & 0xFFFFFFFFL;
                if (entries > MAX_ENTRIES || directory > MAX_BYTES) {
                    throw new RunFileProblem("damaged or not a run file: its ZIP directory declares " + entries
                            + " entries in " + directory + " bytes (a run file has 2 in a few hundred)");
                }
                return;
            }
        }
    }
}
