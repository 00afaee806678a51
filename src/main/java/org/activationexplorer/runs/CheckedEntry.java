package org.activationexplorer.runs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A ZIP entry's bytes, never more than its directory declares, checked against the declared size and CRC-32 when
 * finished. The inflater's failures (a broken deflate stream, an end too early) are RunFileProblems naming the
 * entry, so readers of the stream see either bytes or the problem.
 */
final class CheckedEntry extends FilterInputStream {
    private final ZipEntry entry;
    private final CRC32 crc = new CRC32();
    private long count;

    CheckedEntry(ZipEntry entry, InputStream in) {
        super(in);
        this.entry = entry;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        int n;
        try {
            n = in.read(b, off, len);
        } catch (IOException | IllegalArgumentException e) {
            throw unreadable(entry);
        }
        if (n > 0) {
            count += n;
            if (count > entry.getSize()) {
                throw new RunFileProblem("damaged: " + entry.getName() + " holds more than its " + entry.getSize()
                        + " bytes");
            }
            crc.update(b, off, n);
        }
        return n;
    }

    /** `n` bytes, or a RunFileProblem when the entry ends before them. */
    byte[] readExactly(byte[] into, int n) {
        int done = 0;
        while (done < n) {
            int got = read(into, done, n - done);
            if (got < 0) {
                throw new RunFileProblem("damaged: " + entry.getName() + " ends after " + count + " of its "
                        + entry.getSize() + " bytes");
            }
            done += got;
        }
        return into;
    }

    /** Checks that the entry ended with its declared size and checksum. */
    void finish() {
        if (read(new byte[1], 0, 1) >= 0 || count != entry.getSize()) {
            throw new RunFileProblem("damaged: " + entry.getName() + " has " + count + " bytes, its ZIP entry "
                    + "declares " + entry.getSize());
        }
        if (crc.getValue() != entry.getCrc()) {
            throw new RunFileProblem("damaged: " + entry.getName() + " fails its checksum");
        }
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("a checked entry is read whole");
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException ignored) { // the entry was only read: nothing is lost
        }
    }

    static RunFileProblem unreadable(ZipEntry entry) {
        return new RunFileProblem("damaged: " + entry.getName() + " cannot be read (its compressed data is broken)");
    }
}
