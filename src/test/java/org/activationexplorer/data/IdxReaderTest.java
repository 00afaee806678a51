package org.activationexplorer.data;

import static org.activationexplorer.data.IdxFiles.cut;
import static org.activationexplorer.data.IdxFiles.gzip;
import static org.activationexplorer.data.IdxFiles.idx;
import static org.activationexplorer.data.IdxFiles.pixels;
import static org.activationexplorer.data.IdxFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdxReaderTest {

    private static final int[] DIMS = {3, 4, 5};
    private static final byte[] DATA = pixels(3, 4, 5, 0);

    @TempDir
    Path dir;

    private Path file(String name, byte[] idxBytes, boolean gzipped) throws IOException {
        return write(dir.resolve(name), gzipped ? gzip(idxBytes) : idxBytes);
    }

    private IdxFormatException failure(Path file) {
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e;
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void readsDimensionsAndBytesAsStored(boolean gzipped) throws IOException {
        IdxArray array = IdxReader.read(file("images", idx(DIMS, DATA), gzipped));

        assertArrayEquals(DIMS, array.dims());
        assertArrayEquals(DATA, array.data());
        assertEquals(3, array.count());
        assertEquals(20, array.itemSize());
    }

    @Test
    void oneDimensionalArraysHaveItemsOfOneByte() throws IOException {
        IdxArray labels = IdxReader.read(file("labels", idx(new int[]{7}, new byte[7]), false));

        assertEquals(7, labels.count());
        assertEquals(1, labels.itemSize());
    }

    @Test
    void detectsGzipByItsMagicBytesNotByTheName() throws IOException {
        Path gzippedWithoutSuffix = file("images-idx3-ubyte", idx(DIMS, DATA), true);
        Path rawWithGzSuffix = file("images-idx3-ubyte.gz", idx(DIMS, DATA), false);

        assertArrayEquals(DATA, IdxReader.read(gzippedWithoutSuffix).data());
        assertArrayEquals(DATA, IdxReader.read(rawWithGzSuffix).data());
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void truncatedImageFileNamesTheFileAndTheMissingBytes(boolean gzipped) throws IOException {
        byte[] whole = idx(DIMS, DATA);
        Path file = file("images", cut(whole, whole.length - 7), gzipped);

        assertTrue(failure(file).getMessage()
                .endsWith("truncated: expected 60 bytes of data after the header, found 53"));
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void extraTrailingBytesAreAnError(boolean gzipped) throws IOException {
        byte[] whole = idx(DIMS, DATA);
        Path file = file("images", Arrays.copyOf(whole, whole.length + 5), gzipped);

        String message = failure(file).getMessage();
        assertTrue(message.contains("extra data (5 bytes too many)"), message);
        assertTrue(message.endsWith("expected 60 bytes of data after the header, found 65"), message);
    }

    @Test
    void truncatedGzipStreamIsCorruptGzipData() throws IOException {
        byte[] gzipped = gzip(idx(DIMS, pixels(100, 28, 28, 0)));
        Path file = write(dir.resolve("images.gz"), cut(gzipped, gzipped.length / 2));

        IdxFormatException e = failure(file);
        assertTrue(e.getMessage().contains("corrupt gzip data"), e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void gzipStreamMissingOnlyItsTrailerIsCorruptGzipData() throws IOException {
        byte[] gzipped = gzip(idx(DIMS, DATA));
        Path file = write(dir.resolve("images.gz"), cut(gzipped, gzipped.length - 4));

        assertTrue(failure(file).getMessage().contains("corrupt gzip data"));
    }

    @Test
    void damagedGzipStreamIsCorruptGzipData() throws IOException {
        byte[] gzipped = gzip(idx(DIMS, pixels(100, 28, 28, 0)));
        for (int i = 20; i < 40; i++) {
            gzipped[i] ^= (byte) 0x5A;
        }
        Path file = write(dir.resolve("images.gz"), gzipped);

        assertTrue(failure(file).getMessage().contains("corrupt gzip data"));
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void wrongMagicIsNotAnIdxFile(boolean gzipped) throws IOException {
        byte[] bytes = idx(DIMS, DATA);
        bytes[1] = 0x03;
        Path file = file("images", bytes, gzipped);

        assertTrue(failure(file).getMessage()
                .endsWith("not an IDX file: it must start with two zero bytes, found 00 03"));
    }

    @Test
    void wrongElementTypeIsNamed() throws IOException {
        Path file = file("doubles", idx(0x0D, new int[]{2}, new byte[8]), false);

        assertTrue(failure(file).getMessage()
                .endsWith("unsupported IDX element type 0x0D (only unsigned bytes, 0x08)"));
    }

    @ParameterizedTest(name = "gzipped={0}")
    @ValueSource(booleans = {false, true})
    void emptyFileIsAnError(boolean gzipped) throws IOException {
        Path file = file("empty", new byte[0], gzipped);

        assertTrue(failure(file).getMessage().contains("empty file"));
    }

    @Test
    void missingFileIsAnIdxFormatException() {
        Path file = dir.resolve("absent-idx3-ubyte");

        assertTrue(failure(file).getMessage().endsWith("does not exist"));
    }

    @Test
    void headerCutShortIsTruncated() throws IOException {
        Path inStart = file("a", cut(idx(DIMS, DATA), 3), false);
        Path inSizes = file("b", cut(idx(DIMS, DATA), 10), false);

        assertTrue(failure(inStart).getMessage().endsWith("truncated header: expected 4 bytes, found 3"));
        assertTrue(failure(inSizes).getMessage()
                .endsWith("truncated header: expected 3 dimension sizes (12 bytes), found 6 bytes"));
    }

    @Test
    void dimensionCountMustBeOneToFour() throws IOException {
        Path none = file("none", idx(new int[0], new byte[0]), false);
        Path five = file("five", idx(new int[]{1, 1, 1, 1, 1}, new byte[1]), false);

        assertTrue(failure(none).getMessage().endsWith("unsupported number of dimensions 0 (1 to 4)"));
        assertTrue(failure(five).getMessage().endsWith("unsupported number of dimensions 5 (1 to 4)"));
    }

    @Test
    void dimensionSizesMustBePositive() throws IOException {
        Path zero = file("zero", idx(new int[]{0, 28, 28}, new byte[0]), false);
        Path negative = file("negative", idx(new int[]{2, -1}, new byte[0]), false);

        assertTrue(failure(zero).getMessage().endsWith("dimension 1 of 3 has size 0 (sizes must be positive)"));
        assertTrue(failure(negative).getMessage().contains("dimension 2 of 2 has size -1"));
    }

    @Test
    void implausibleSizesAreRejectedBeforeAllocating() throws IOException {
        Path overflowing = file("overflowing", idx(new int[]{65536, 65536}, new byte[0]), true);
        Path tooBigForItsGzip = file("big", idx(new int[]{40000, 40000}, new byte[0]), true);

        assertTrue(failure(overflowing).getMessage().contains("header claims more than"));
        assertTrue(failure(tooBigForItsGzip).getMessage()
                .contains("header claims 1600000000 bytes of data, more than a gzip file of"));
    }
}
