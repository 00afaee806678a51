package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The decompressed bytes of gzip data (RFC 1952), checked as strictly as the gzip tool: every member's header,
 * compressed data, CRC-32 and size (ISIZE) in its trailer, members one after another (what `cat a.gz b.gz` makes),
 * and nothing else after the last one. java.util.zip.GZIPInputStream instead ignores bytes after a member that do
 * not start a new one (a damaged file can load as if whole) and reports damage in zlib's words; here every problem
 * is a Damaged exception in words. Both inflate with the same native zlib, so neither is faster.
 */
final class GunzipStream extends InputStream {
    static final int MAGIC1 = 0x1f, MAGIC2 = 0x8b;
    private static final int DEFLATE = 8;
    private static final int FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16, RESERVED_FLAGS = 0xE0;

    /** Damaged or cut-short gzip data; the message says how, in words. */
    static final class Damaged extends IOException {
        Damaged(String problem) {
            super(problem);
        }
    }

    private final InputStream raw;
    private final Inflater inflater = new Inflater(true); // raw deflate: the gzip framing is read here
    private final CRC32 crc = new CRC32();
    private final byte[] input = new byte[1 << 16];
    private int position; // input[position, limit) is read from raw but not yet handed to the inflater
    private int limit;
    private long memberBytes;
    private int members;
    private boolean inMember;
    private boolean ended;

    GunzipStream(InputStream raw) {
        this.raw = raw;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!ended) {
            if (!inMember) {
                startMember();
                continue;
            }
            int n = inflate(into, offset, length);
            if (n > 0) {
                crc.update(into, offset, n);
                memberBytes += n;
                return n;
            }
            if (inflater.finished()) {
                endMember();
            } else if (inflater.needsDictionary()) {
                throw new Damaged("damaged gzip data (it asks for a preset dictionary, which gzip never uses)");
            } else if (inflater.needsInput()) {
                if (position == limit && fill() < 0) { // bytes left from the last member's buffer go first
                    throw new Damaged("cut short inside the compressed data");
                }
                inflater.setInput(input, position, limit - position);
                position = limit;
            }
        }
        return -1;
    }

    private int inflate(byte[] into, int offset, int length) throws Damaged {
        try {
            return inflater.inflate(into, offset, length);
        } catch (DataFormatException e) { // zlib's words ("invalid distance too far back") help no one here
            throw new Damaged("damaged compressed data in gzip member " + (members + 1));
        }
    }

    /** Reads a member's header, or ends the stream where the data ends after a member. */
    private void startMember() throws IOException {
        int first = next();
        if (first < 0) {
            if (members == 0) {
                throw new Damaged("empty gzip data");
            }
            ended = true;
            return;
        }
        if (first != MAGIC1 || next() != MAGIC2) {
            throw new Damaged(members == 0 ? "not gzip data" : "unexpected bytes after the end of the gzip data");
        }
        CRC32 header = new CRC32();
        header.update(MAGIC1);
        header.update(MAGIC2);
        int method = headerByte(header);
        int flags = headerByte(header);
        if (method != DEFLATE) {
            throw new Damaged("gzip member " + (members + 1) + " uses compression method " + method
                    + "; gzip has only method 8 (deflate)");
        }
        if ((flags & RESERVED_FLAGS) != 0) {
            throw new Damaged("damaged gzip header in member " + (members + 1) + " (reserved flags are set)");
        }
        for (int i = 0; i < 6; i++) { // modification time, extra flags, operating system
            headerByte(header);
        }
        if ((flags & FEXTRA) != 0) {
            int length = headerByte(header) | headerByte(header) << 8;
            for (int i = 0; i < length; i++) {
                headerByte(header);
            }
        }
        skipZeroTerminated(flags, FNAME, header);
        skipZeroTerminated(flags, FCOMMENT, header);
        if ((flags & FHCRC) != 0) {
            int expected = (int) (header.getValue() & 0xFFFF);
            int found = next() | next() << 8;
            if (found != expected) {
                throw new Damaged("damaged gzip header in member " + (members + 1) + " (its checksum does not match)");
            }
        }
        inflater.reset();
        crc.reset();
        memberBytes = 0;
        inMember = true;
    }

    private void skipZeroTerminated(int flags, int flag, CRC32 header) throws IOException {
        if ((flags & flag) != 0) {
            while (headerByte(header) != 0) {
                // a file name or comment: its length is bounded only by the file, and it is not kept
            }
        }
    }

    private int headerByte(CRC32 header) throws IOException {
        int b = next();
        if (b < 0) {
            throw new Damaged("cut short inside the gzip header");
        }
        header.update(b);
        return b;
    }

    /** Checks the trailer of the member the inflater has just finished: CRC-32, then the size modulo 2^32. */
    private void endMember() throws IOException {
        position = limit - inflater.getRemaining(); // the bytes after the compressed data are the trailer's
        long crcFound = trailerWord();
        long sizeFound = trailerWord();
        members++;
        if (crcFound != crc.getValue()) {
            throw new Damaged("the data does not match its checksum in gzip member " + members + ": it is damaged");
        }
        if (sizeFound != (memberBytes & 0xFFFFFFFFL)) {
            throw new Damaged("gzip member " + members + " says it holds " + sizeFound + " bytes (modulo 2^32), "
                    + "but " + memberBytes + " came out of it");
        }
        inMember = false;
    }

    private long trailerWord() throws IOException {
        long word = 0;
        for (int i = 0; i < 4; i++) {
            int b = next();
            if (b < 0) {
                throw new Damaged("cut short in the gzip trailer (checksum and size) of member " + (members + 1));
            }
            word |= (long) b << (8 * i);
        }
        return word;
    }

    /** The next byte not handed to the inflater, or -1 at the end of the data. */
    private int next() throws IOException {
        if (position == limit && fill() < 0) {
            return -1;
        }
        return input[position++] & 0xFF;
    }

    /** Refills input once position has reached limit; -1 at the end of the data. */
    private int fill() throws IOException {
        int n = raw.read(input, 0, input.length);
        position = 0;
        limit = Math.max(n, 0);
        return n;
    }

    @Override
    public void close() throws IOException {
        inflater.end(); // its native memory is not the garbage collector's to free soon
        raw.close();
    }
}
