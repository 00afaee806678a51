package org.activationexplorer.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds folders and files in CIFAR-10's binary format, valid or deliberately broken, for the tests. */
public final class CifarFiles {
    public static final int PIXELS = 3 * 32 * 32;
    public static final int RECORD = 1 + PIXELS;
    /** The official batches.meta.txt: ten names and a blank line. */
    public static final String META = "airplane\nautomobile\nbird\ncat\ndeer\ndog\nfrog\nhorse\nship\ntruck\n\n";

    private CifarFiles() {}

    /**
     * The pixels of image n of a file written with `salt`: red, green and blue planes with different levels (red
     * spread over 0..255, green half as bright, blue in 200..255), so each channel has its own mean and deviation,
     * and a bright square whose place depends on the label, so a network has something to learn.
     */
    public static byte[] pixels(int n, int label, int salt) {
        byte[] p = new byte[PIXELS];
        for (int i = 0; i < 1024; i++) {
            int v = (i * 37 + n * 11 + salt * 5) & 0xFF;
            int x = i % 32, y = i / 32;
            boolean square = x / 8 == label % 4 && y / 8 == label / 4;
            p[i] = (byte) (square ? 255 : v);
            p[1024 + i] = (byte) (square ? 255 : v / 2);
            p[2048 + i] = (byte) (200 + v % 56);
        }
        return p;
    }

    /** `count` records with labels n % 10 (starting at firstLabel) and pixels(n, label, salt). */
    public static byte[] batch(int count, int firstLabel, int salt) {
        byte[] bytes = new byte[count * RECORD];
        for (int n = 0; n < count; n++) {
            int label = (firstLabel + n) % 10;
            bytes[n * RECORD] = (byte) label;
            System.arraycopy(pixels(n, label, salt), 0, bytes, n * RECORD + 1, PIXELS);
        }
        return bytes;
    }

    /**
     * A valid CIFAR-10 folder: data_batch_1.bin … data_batch_5.bin with perBatch records each (batch b's labels start
     * at b, its salt is b), test_batch.bin with testCount (labels from 0, salt 9), and the official class names.
     */
    public static Path writeFolder(Path folder, int perBatch, int testCount) throws IOException {
        Files.createDirectories(folder);
        for (int b = 1; b <= 5; b++) {
            Files.write(folder.resolve("data_batch_" + b + ".bin"), batch(perBatch, b, b));
        }
        Files.write(folder.resolve("test_batch.bin"), batch(testCount, 0, 9));
        Files.writeString(folder.resolve("batches.meta.txt"), META, StandardCharsets.UTF_8);
        return folder;
    }
}
