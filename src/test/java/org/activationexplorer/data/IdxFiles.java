package org.activationexplorer.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds IDX files, valid or deliberately broken, for the tests. */
final class IdxFiles {

    private IdxFiles() {
    }

    /** An IDX file's bytes: header for the given element type and dims, then data [read] as it is. */
    static byte[] idx(int type, int[] dims, byte[] data) {
        ByteBuffer buffer = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        buffer.put((byte) 0).put((byte) 0).put((byte) type).put((byte) dims.length);
        for (int d : dims) {
            buffer.putInt(d);
        }
        return buffer.put(data).array();
    }

    /** A valid unsigned-byte IDX file's bytes. */
    static byte[] idx(int[] dims, byte[] data) {
        return idx(0x08, dims, data);
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        return Files.write(file, bytes);
    }

    /** count images of rows x cols whose pixels follow a simple pattern covering many byte values. */
    static byte[] pixels(int count, int rows, int cols, int salt) {
        byte[] data = new byte[count * rows * cols];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 37 + salt * 11);
        }
        return data;
    }

    /** count labels cycling through 0..classes-1. */
    static byte[] labels(int count, int classes) {
        byte[] data = new byte[count];
        for (int i = 0; i < count; i++) {
            data[i] = (byte) (i % classes);
        }
        return data;
    }

    static byte[] cut(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, length);
    }

    /**
     * Writes a small valid dataset (gzipped, standard names) into folder: trainCount and testCount images of
     * rows x cols, labels cycling through 0..classes-1.
     */
    static void writeDataset(Path folder, int trainCount, int testCount, int rows, int cols, int classes)
            throws IOException {
        write(folder.resolve("train-images-idx3-ubyte.gz"),
                gzip(idx(new int[]{trainCount, rows, cols}, pixels(trainCount, rows, cols, 1))));
        write(folder.resolve("train-labels-idx1-ubyte.gz"),
                gzip(idx(new int[]{trainCount}, labels(trainCount, classes))));
        write(folder.resolve("t10k-images-idx3-ubyte.gz"),
                gzip(idx(new int[]{testCount, rows, cols}, pixels(testCount, rows, cols, 2))));
        write(folder.resolve("t10k-labels-idx1-ubyte.gz"),
                gzip(idx(new int[]{testCount}, labels(testCount, classes))));
    }
}
