package org.activationexplorer.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.data.CifarFormatException.Problem;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.ReadableFiles;

/**
 * Reads CIFAR-10 batch files (the binary version): records of 1 label byte (0 to 9) and 3,072 pixel bytes, the red,
 * green and blue 32×32 planes one after the other, each row-major. Every file's size is checked against the format
 * before anything is allocated, and no more bytes are read than the format allows (10,000 records a file).
 */
final class CifarReader {
    static final int CLASSES = 10;
    static final int PIXELS = ImageShape.CIFAR10.features();
    static final int RECORD = 1 + PIXELS;
    /** Records in each of the official files; a file claiming more is not CIFAR-10. */
    static final int MAX_RECORDS = 10_000;
    private static final int BUFFER_SIZE = 1 << 16;

    private CifarReader() {}

    /** Labels (one byte each, 0 to 9) and pixels (PIXELS bytes an image) of every record, in file order. */
    record Records(byte[] labels, byte[] pixels) {
        int count() {
            return labels.length;
        }
    }

    /** The records of `files`, one after another. */
    static Records read(List<Path> files) throws IOException {
        return read(files, MAX_RECORDS);
    }

    /**
     * The records of `files`, one after another, each file holding at most maxRecords (tests lower it).
     *
     * @throws CifarFormatException naming the file and its problem
     */
    static Records read(List<Path> files, int maxRecords) throws IOException {
        int[] counts = new int[files.size()];
        int total = 0;
        for (int f = 0; f < files.size(); f++) {
            counts[f] = recordCount(files.get(f), size(files.get(f)), maxRecords);
            total += counts[f]; // at most 5 files of 10,000: no overflow
        }
        byte[] labels = new byte[total];
        byte[] pixels = new byte[Math.multiplyExact(total, PIXELS)];
        int first = 0;
        for (int f = 0; f < files.size(); f++) {
            readRecords(files.get(f), counts[f], labels, pixels, first);
            first += counts[f];
        }
        return new Records(labels, pixels);
    }

    /** The size of `file` once it is known to be a regular file that can be read (a pipe's "size" is 0). */
    private static long size(Path file) throws IOException {
        requireReadable(file);
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Refuses anything but a regular file that can be read, before it is opened (opening a pipe blocks). */
    static void requireReadable(Path file) throws CifarFormatException {
        String problem = ReadableFiles.problem(file);
        if (problem != null) {
            throw new CifarFormatException(file, problem.equals("does not exist") ? Problem.MISSING_FILE
                    : Problem.UNREADABLE, problem);
        }
    }

    /** A read that failed after the checks (the file removed meanwhile, a disk error), in words. */
    static CifarFormatException unreadable(Path file, IOException e) {
        CifarFormatException named = e instanceof NoSuchFileException
                ? new CifarFormatException(file, Problem.MISSING_FILE, "not found")
                : new CifarFormatException(file, Problem.UNREADABLE, "cannot be read: " + FileProblems.describe(file, e));
        named.initCause(e);
        return named;
    }

    /** The number of records a file of `size` bytes holds, or the reason it is no CIFAR-10 batch file. */
    static int recordCount(Path file, long size, int maxRecords) throws CifarFormatException {
        if (size == 0) {
            throw new CifarFormatException(file, Problem.EMPTY_FILE, "empty file (a batch file holds records of "
                    + RECORD + " bytes)");
        }
        if (size % RECORD != 0) {
            throw new CifarFormatException(file, Problem.TRUNCATED_RECORD, "truncated: its " + size + " bytes are "
                    + size / RECORD + " whole records and " + size % RECORD + " bytes of record " + (size / RECORD + 1)
                    + " (a record is 1 label byte and " + PIXELS + " pixel bytes, " + RECORD + " in all)");
        }
        if (size / RECORD > maxRecords) {
            throw new CifarFormatException(file, Problem.TOO_MANY_RECORDS, "holds " + size / RECORD
                    + " records; a CIFAR-10 batch file holds at most " + maxRecords);
        }
        return (int) (size / RECORD);
    }

    /** Reads exactly `count` records of `file` into labels[first…] and pixels[first * PIXELS…]. */
    private static void readRecords(Path file, int count, byte[] labels, byte[] pixels, int first) throws IOException {
        byte[] record = new byte[RECORD];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER_SIZE)) {
            for (int r = 0; r < count; r++) {
                int found = in.readNBytes(record, 0, RECORD);
                if (found < RECORD) {
                    throw new CifarFormatException(file, Problem.CHANGED_WHILE_READ, "ended in record " + (r + 1)
                            + " of the " + count + " its size promised: it changed while it was read");
                }
                int label = record[0] & 0xFF;
                if (label >= CLASSES) {
                    throw new CifarFormatException(file, Problem.LABEL_OUT_OF_RANGE, "record " + (r + 1) + " of "
                            + count + " has label " + label + "; CIFAR-10's labels are 0 to " + (CLASSES - 1));
                }
                labels[first + r] = record[0];
                System.arraycopy(record, 1, pixels, (first + r) * PIXELS, PIXELS);
            }
            if (in.read() != -1) {
                throw new CifarFormatException(file, Problem.CHANGED_WHILE_READ, "longer than the " + count
                        + " records its size promised: it changed while it was read");
            }
        } catch (CifarFormatException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }
}
