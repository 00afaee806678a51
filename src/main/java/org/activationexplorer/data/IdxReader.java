package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.ReadableFiles;

/**
 * Reads IDX files (the format of MNIST, see IdxHeader) of unsigned bytes, gzipped or raw. Nothing is allocated
 * that the file cannot fill: a raw file's header must claim exactly the bytes the file holds; a gzipped file's claim
 * must fit what gzip can expand its size to and this program's memory, and the data array grows only as decompressed
 * bytes arrive. The file is only read: never written, moved, or its times set.
 */
public final class IdxReader {

    // The largest array the JVM will reliably allocate
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;
    // DEFLATE expands by at most about 1032:1, so a corrupt header claiming more than that is caught before
    // the payload array is allocated instead of by an OutOfMemoryError
    private static final long MAX_DEFLATE_RATIO = 1032;
    // The gzip trailer's size gives the first capacity, but a damaged trailer may lie: trust it only up to 8 times
    // the compressed size (MNIST's images expand 4.8:1, its labels 2.1:1), beyond that grow as data arrives
    private static final long TRUSTED_EXPANSION = 8;
    // Extra bytes after the data are counted up to here for the message, not to the end of a gzip bomb
    private static final long EXTRA_COUNTED = 1 << 20;
    // Each image byte becomes a 4-byte float beside it when the dataset is normalised: a file of more than a fifth
    // of the heap can never be loaded, so its claim is refused before reading (and the person told about -Xmx)
    private static final long HEAP_SHARE = 5;

    private IdxReader() {
    }

    /**
     * Reads an IDX file of unsigned bytes (type 0x08), gzipped or raw (detect gzip by its magic bytes 1f 8b, not
     * by the file name).
     *
     * @throws IdxFormatException if the file is missing, not a regular readable file, empty, truncated, too long,
     *                            not gzip-decodable, claims more data than it can hold, or its header is not that
     *                            of an unsigned-byte IDX file
     */
    public static IdxArray read(Path file) throws IOException {
        String notAFile = ReadableFiles.problem(file);
        if (notAFile != null) {
            throw new IdxFormatException(file, notAFile);
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            long size = channel.size();
            // A raw IDX file starts with 00 00, so the gzip magic can never be mistaken for one
            if (!startsWithGzipMagic(channel)) {
                return readPayload(file, Channels.newInputStream(channel), size, -1);
            }
            long trailerSize = lastWord(channel, size);
            channel.position(0);
            try (GunzipStream inflated = new GunzipStream(Channels.newInputStream(channel))) {
                return readPayload(file, inflated, size, trailerSize);
            }
        } catch (IdxFormatException e) {
            throw e;
        } catch (GunzipStream.Damaged e) {
            throw withCause(new IdxFormatException(file, "corrupt gzip data: " + e.getMessage()), e);
        } catch (IOException e) {
            throw withCause(new IdxFormatException(file, "cannot be read: " + FileProblems.describe(file, e)), e);
        }
    }

    /** The most bytes of data one IDX file may claim in this JVM: a fifth of the heap it may grow to. */
    static long maxPayloadBytes() {
        return Math.min(MAX_ARRAY, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    private static boolean startsWithGzipMagic(SeekableByteChannel channel) throws IOException {
        ByteBuffer start = ByteBuffer.allocate(2);
        while (start.hasRemaining() && channel.read(start) > 0) {
            // a file shorter than 2 bytes is not gzip
        }
        channel.position(0);
        return start.position() == 2 && (start.get(0) & 0xFF) == GunzipStream.MAGIC1
                && (start.get(1) & 0xFF) == GunzipStream.MAGIC2;
    }

    /** The last 4 bytes, little-endian: a gzip file's uncompressed size modulo 2^32 (ISIZE); -1 when shorter. */
    private static long lastWord(SeekableByteChannel channel, long size) throws IOException {
        if (size < 4) {
            return -1;
        }
        ByteBuffer word = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
        channel.position(size - 4);
        while (word.hasRemaining() && channel.read(word) > 0) {
            // a positioned read of 4 bytes at most
        }
        return word.hasRemaining() ? -1 : word.getInt(0) & 0xFFFFFFFFL;
    }

    /**
     * The array after the header. fileSize is the exact length of the IDX content when raw, only a bound on it when
     * gzipped (then trailerSize is the gzip trailer's ISIZE, a hint for the first capacity, -1 when raw).
     */
    private static IdxArray readPayload(Path file, InputStream in, long fileSize, long trailerSize)
            throws IOException {
        boolean gzip = trailerSize >= 0;
        IdxHeader header = IdxHeader.read(file, in, gzip);
        long claimed = header.claimedBytes();
        if (claimed > MAX_ARRAY) {
            throw new IdxFormatException(file, "header claims more than " + MAX_ARRAY + " bytes of data");
        }
        if (!gzip && fileSize - header.length() != claimed) {
            throw lengthMismatch(file, claimed, fileSize - header.length());
        }
        if (gzip && claimed > fileSize * MAX_DEFLATE_RATIO) {
            throw new IdxFormatException(file, "header claims " + claimed
                    + " bytes of data, more than a gzip file of " + fileSize + " bytes can hold");
        }
        if (claimed > maxPayloadBytes()) {
            throw new IdxFormatException(file, "header claims " + claimed + " bytes of data (" + header.shape()
                    + "), more than this "
                    + "program's memory can load (" + maxPayloadBytes() / (1 << 20) + " MB a file; raise -Xmx), "
                    + "or the file is damaged");
        }
        long firstCapacity = claimed;
        if (gzip) {
            long hinted = trailerSize - header.length() > 0 ? trailerSize - header.length() : BoundedBytes.CHUNK;
            firstCapacity = Math.min(claimed, Math.min(hinted, TRUSTED_EXPANSION * fileSize));
        }
        BoundedBytes.Filled data = BoundedBytes.read(in, (int) claimed, (int) firstCapacity);
        if (!data.complete(claimed)) {
            throw lengthMismatch(file, claimed, data.count());
        }
        long extra = BoundedBytes.remaining(in, EXTRA_COUNTED);
        if (extra > 0) {
            throw lengthMismatch(file, claimed, claimed + extra);
        }
        return new IdxArray(header.dims(), data.bytes());
    }

    /** The cause stays for a bug report's stack trace (EXPLORER_DEBUG); the message has the words. */
    private static IdxFormatException withCause(IdxFormatException e, IOException cause) {
        e.initCause(cause);
        return e;
    }

    private static IdxFormatException lengthMismatch(Path file, long expected, long found) {
        if (found > expected + EXTRA_COUNTED) {
            return new IdxFormatException(file, "extra data (more than " + EXTRA_COUNTED + " bytes too many): "
                    + "expected " + expected + " bytes of data after the header");
        }
        String what = found < expected ? "truncated" : "extra data (" + (found - expected) + " bytes too many)";
        return new IdxFormatException(file,
                what + ": expected " + expected + " bytes of data after the header, found " + found);
    }
}
