package org.activationexplorer.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A small valid MNIST-layout dataset cut from the bundled MNIST: its first TRAIN training and TEST test images with
 * their labels (all ten digits are among them), as raw IDX bytes by standard file name.
 */
final class SmallMnist {
    static final int TRAIN = 200;
    static final int TEST = 100;
    static final List<String> NAMES = List.of(DatasetFiles.TRAIN_IMAGES, DatasetFiles.TRAIN_LABELS,
            DatasetFiles.TEST_IMAGES, DatasetFiles.TEST_LABELS);
    private static final Path BUNDLED = Path.of("datasets", "mnist");

    private SmallMnist() {
    }

    /** The four files' raw IDX bytes, in NAMES order; read from the start of each bundled file, not all of it. */
    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : NAMES) {
            files.put(name, firstItems(BUNDLED.resolve(name + ".gz"), name.startsWith("train") ? TRAIN : TEST));
        }
        return files;
    }

    /** The header (its count made `count`) and the first `count` items of a gzipped IDX file. */
    private static byte[] firstItems(Path gz, int count) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            byte[] start = in.readNBytes(4);
            int rank = start[3];
            ByteBuffer dims = ByteBuffer.wrap(in.readNBytes(4 * rank));
            int itemSize = 1;
            for (int i = 1; i < rank; i++) {
                itemSize *= dims.getInt(4 * i);
            }
            dims.putInt(0, count);
            byte[] data = in.readNBytes(count * itemSize);
            return ByteBuffer.allocate(4 + 4 * rank + data.length).put(start).put(dims.array()).put(data).array();
        }
    }

    /** The length of a raw IDX file's header: 4 bytes, then 4 a dimension. */
    static int headerLength(byte[] idx) {
        return 4 + 4 * idx[3];
    }
}
