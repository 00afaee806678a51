package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.activationexplorer.io.HeapAllocation;
import org.activationexplorer.io.MessageRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Headers that claim more than their files hold, and gzip bombs, are refused having allocated a few megabytes: the
 * heap's size does not matter (the bound is on what the reading thread allocated), and run with -Dtest.heap=256m the
 * suite shows none of them needs more.
 */
class HostileSizesTest {
    /** The damage report's header: 2,739,137 images of 28×28, 2.1 GB, which the reader once allocated. */
    private static final int CLAIMED_IMAGES = 2_739_137;
    private static final long FEW_MEGABYTES = 16L << 20;

    @TempDir
    static Path dir;
    private static Map<String, byte[]> small;

    @BeforeAll
    static void cut() throws IOException {
        small = SmallMnist.files();
    }

    private static byte[] withCount(byte[] idx, int count) {
        byte[] copy = idx.clone();
        ByteBuffer.wrap(copy).putInt(4, count);
        return copy;
    }

    /** Reads `file`, which must be refused naming it, allocating at most `bound` bytes and leaving it as it was. */
    private static void assertRefusedWithin(Path file, long bound) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        long start = HeapAllocation.soFar();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(file));
        long allocated = HeapAllocation.soFar() - start;
        assertTrue(allocated < bound, allocated + " bytes allocated");
        assertEquals(file, e.file());
        assertEquals(List.of(), MessageRules.broken(e.getMessage(), file.toString()));
        assertEquals(modified, Files.getLastModifiedTime(file));
        assertEquals(size, Files.size(file));
    }

    @Test
    void aGzippedHeaderClaimingMillionsOfImagesIsRefusedAllocatingLittle() throws IOException {
        Path file = IdxFiles.write(dir.resolve("claims-millions.gz"),
                IdxFiles.gzip(withCount(small.get(DatasetFiles.TRAIN_IMAGES), CLAIMED_IMAGES)));

        assertRefusedWithin(file, FEW_MEGABYTES);
    }

    @Test
    void aRawHeaderClaimingMillionsOfImagesIsRefusedAllocatingLittle() throws IOException {
        Path file = IdxFiles.write(dir.resolve("claims-millions"),
                withCount(small.get(DatasetFiles.TRAIN_IMAGES), CLAIMED_IMAGES));

        assertRefusedWithin(file, FEW_MEGABYTES);
    }

    @Test
    void aClaimGzipCouldHoldButTheDataDoesNotGrowsTheArrayOnlyWithTheData() throws IOException {
        // 20,000 images (15.7 MB) in a gzip file of about 30 KB: within deflate's 1032:1 and a fifth of an 80 MB heap
        byte[] images = small.get(DatasetFiles.TRAIN_IMAGES);
        Path file = IdxFiles.write(dir.resolve("claims-more.gz"), IdxFiles.gzip(withCount(images, 20_000)));

        assertRefusedWithin(file, FEW_MEGABYTES);
    }

    @Test
    void aGzipBombDeclaringAndHoldingGigabytesIsRefusedBeforeInflating() throws IOException {
        int images = 2_000_000; // 1.57 GB of zero pixels in a 1.5 MB file
        byte[] header = Arrays.copyOf(withCount(small.get(DatasetFiles.TRAIN_IMAGES), images), 16);
        Path file = dir.resolve("bomb.gz");
        GzipFiles.writeZeroBomb(file, header, (long) images * 28 * 28);

        assertRefusedWithin(file, FEW_MEGABYTES);
    }

    @Test
    void aGzipBombAfterASmallClaimIsRefusedAsExtraDataWithoutInflatingItAll() throws IOException {
        Path file = dir.resolve("bomb-after.gz");
        GzipFiles.writeZeroBomb(file, small.get(DatasetFiles.TEST_LABELS), 1L << 30);

        long start = System.nanoTime();
        assertRefusedWithin(file, FEW_MEGABYTES);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "stopped counting extra bytes early");
    }

    @Test
    void aBombFolderIsRefusedByDatasetLoadToo() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("bomb-folder"));
        for (Map.Entry<String, byte[]> e : small.entrySet()) {
            IdxFiles.write(folder.resolve(e.getKey() + ".gz"), IdxFiles.gzip(e.getValue()));
        }
        byte[] header = Arrays.copyOf(withCount(small.get(DatasetFiles.TRAIN_IMAGES), CLAIMED_IMAGES), 16);
        Path images = folder.resolve(DatasetFiles.TRAIN_IMAGES + ".gz");
        Files.delete(images);
        GzipFiles.writeZeroBomb(images, header, (long) CLAIMED_IMAGES * 28 * 28);

        long start = HeapAllocation.soFar();
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> Dataset.load(folder));
        assertTrue(HeapAllocation.soFar() - start < FEW_MEGABYTES);
        assertEquals(images, e.file());
    }
}
