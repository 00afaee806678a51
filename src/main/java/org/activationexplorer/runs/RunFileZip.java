package org.activationexplorer.runs;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A run file opened as a ZIP archive, its two entries read by name with a limit each: java.util.zip's random
 * access, so unknown entries are never inflated, and nothing is allocated beyond what the entry may hold.
 * <ul>
 * <li>run.json: at most MAX_JSON_BYTES (and RunJson's budget of values). Measured on a real long run (MLP
 * 784-256-256, PAU per channel, 120 epochs, 15,360 steps: 7,680 loss points, 247 frames): 212 KB, a 6.6 MB file.
 * LeNet-5's four layers make about 350 KB of the same; a 10,000-epoch run about 9 MB. 16 MiB is 80 times the
 * measured file, and the largest run the settings allow still fits.</li>
 * <li>arrays.bin: exactly the bytes run.json describes (the reader computes them), at most MAX_ARRAYS_BYTES (1 GiB:
 * an MLP of four 8,192-neuron layers is 0.8 GiB; the measured run's is 7.3 MB), and refused when it would inflate
 * more than MAX_RATIO times its compressed size above BOMB_FLOOR: the measured arrays compress to 0.9 of their
 * size, a gigabyte of zeros to a thousandth.</li>
 * </ul>
 * Each entry is checked against the directory's CRC-32 and size as it is read (ZipFile does not check CRCs).
 * The file is opened read-only and never written. Library failures become RunFileProblems in plain words.
 */
final class RunFileZip implements Closeable {
    static final long MAX_JSON_BYTES = 16L << 20;
    static final long MAX_ARRAYS_BYTES = 1L << 30;
    static final long BOMB_FLOOR = 64L << 20;
    static final int MAX_RATIO = 100;
    private static final int ZIP_MAGIC = 0x504b0304; // "PK\3\4", a local header: every ZIP with entries starts so

    private final ZipFile zip;
    private final long fileSize;

    private RunFileZip(ZipFile zip, long fileSize) {
        this.zip = zip;
        this.fileSize = fileSize;
    }

    /** The archive; a RunFileProblem when it is not a regular file or not a readable ZIP. */
    static RunFileZip open(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new RunFileProblem("is a folder, not a run file");
        }
        if (!attributes.isRegularFile()) { // a pipe would block the reader until something writes into it
            throw new RunFileProblem("is not a regular file (a pipe or a device?), not a run file");
        }
        long size = attributes.size();
        if (size == 0) {
            throw new RunFileProblem("is empty, not an Activation Explorer run file");
        }
        if (size > MAX_JSON_BYTES + MAX_ARRAYS_BYTES + ZipDirectory.MAX_BYTES) {
            throw new RunFileProblem("is " + size + " bytes, larger than any run file");
        }
        try (SeekableByteChannel channel = Files.newByteChannel(file)) {
            ByteBuffer magic = ByteBuffer.allocate(4);
            while (magic.hasRemaining() && channel.read(magic) >= 0) {
                // the first four bytes
            }
            if (magic.hasRemaining() || magic.getInt(0) != ZIP_MAGIC) {
                throw new RunFileProblem("not an Activation Explorer run file (not a ZIP archive)");
            }
            ZipDirectory.check(channel, size);
        }
        try {
            return new RunFileZip(new ZipFile(file.toFile()), size);
        } catch (ZipException | IllegalArgumentException e) { // a broken directory; a name not in UTF-8
            throw new RunFileProblem("damaged or cut short: its ZIP directory cannot be read");
        }
    }

    /** run.json's bytes; a RunFileProblem when it is missing, too large or damaged. */
    byte[] json() {
        ZipEntry entry = entry(RunFiles.JSON_ENTRY);
        if (entry == null) {
            throw new RunFileProblem(entry(RunFiles.ARRAYS_ENTRY) == null
                    ? "not an Activation Explorer run file (no " + RunFiles.JSON_ENTRY + " inside)"
                    : "damaged: " + RunFiles.JSON_ENTRY + " is missing");
        }
        if (entry.getSize() > MAX_JSON_BYTES) {
            throw tooLarge(entry, MAX_JSON_BYTES);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.max(0, entry.getSize()));
        try (CheckedEntry in = open(entry)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
            in.finish();
        }
        return bytes.toByteArray();
    }

    /**
     * arrays.bin, which must hold exactly `bytes` bytes: read them, then call CheckedEntry.finish().
     * A RunFileProblem when it is missing, of another size, or compressed like a ZIP bomb.
     */
    CheckedEntry arrays(long bytes) {
        ZipEntry entry = entry(RunFiles.ARRAYS_ENTRY);
        if (entry == null) {
            throw new RunFileProblem("damaged: " + RunFiles.ARRAYS_ENTRY + " is missing");
        }
        if (bytes > MAX_ARRAYS_BYTES) {
            throw RunFileProblem.damaged("it describes " + bytes + " bytes of arrays, more than any run holds");
        }
        if (entry.getSize() != bytes) {
            throw new RunFileProblem("damaged: " + RunFiles.ARRAYS_ENTRY + " has " + entry.getSize() + " bytes, "
                    + RunFiles.JSON_ENTRY + " describes " + bytes);
        }
        long compressed = Math.min(entry.getCompressedSize() < 0 ? fileSize : entry.getCompressedSize(), fileSize);
        if (bytes > BOMB_FLOOR && bytes > MAX_RATIO * compressed) {
            throw new RunFileProblem("damaged: " + RunFiles.ARRAYS_ENTRY + " would inflate " + compressed
                    + " bytes to " + bytes + ", more than any run's arrays compress (a ZIP bomb?)");
        }
        return open(entry);
    }

    private CheckedEntry open(ZipEntry entry) {
        try {
            return new CheckedEntry(entry, zip.getInputStream(entry));
        } catch (IOException | IllegalArgumentException e) { // a broken local header
            throw CheckedEntry.unreadable(entry);
        }
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        return e == null || e.isDirectory() || !e.getName().equals(name) ? null : e;
    }

    private static RunFileProblem tooLarge(ZipEntry entry, long limit) {
        return new RunFileProblem("damaged or not a run file: " + entry.getName() + " declares " + entry.getSize()
                + " bytes, more than any run file's (" + limit + ")");
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
