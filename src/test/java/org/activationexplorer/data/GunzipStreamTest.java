package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GunzipStreamTest {
    private static final byte[] DATA = IdxFiles.pixels(50, 28, 28, 3);

    @TempDir
    Path dir;

    private static byte[] gunzip(byte[] gz) throws IOException {
        try (InputStream in = new GunzipStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void decodesWhatJavasGzipWrites() throws IOException {
        assertArrayEquals(DATA, gunzip(IdxFiles.gzip(DATA)));
    }

    @Test
    void decodesMembersOneAfterAnother() throws IOException {
        assertArrayEquals(DATA, gunzip(GzipFiles.members(DATA, 1, 100, DATA.length - 1)));
    }

    @Test
    void readsPastAFileNameCommentExtraFieldAndHeaderChecksum() throws IOException {
        byte[] plain = IdxFiles.gzip(DATA);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(new byte[]{0x1f, (byte) 0x8b, 8, 2 | 4 | 8 | 16, 0, 0, 0, 0, 0, 3});
        header.writeBytes(new byte[]{3, 0, 'a', 'b', 'c'}); // FEXTRA: 3 bytes
        header.writeBytes("images.idx\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)); // FNAME
        header.writeBytes("a comment\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)); // FCOMMENT
        CRC32 crc = new CRC32();
        crc.update(header.toByteArray());
        header.write((int) crc.getValue() & 0xFF);
        header.write((int) (crc.getValue() >>> 8) & 0xFF);
        byte[] gz = concat(header.toByteArray(), Arrays.copyOfRange(plain, 10, plain.length));

        assertArrayEquals(DATA, gunzip(gz));
        gz[header.size() - 1] ^= 1;
        assertThrows(GunzipStream.Damaged.class, () -> gunzip(gz));
    }

    @Test
    void theTestsBombIsValidGzipByJavasOwnReader() throws IOException {
        Path bomb = dir.resolve("bomb.gz");
        byte[] start = {0, 0, 8, 1, 1, 2, 3, 4};
        long zeros = 3L * (1 << 20) + 5;
        GzipFiles.writeZeroBomb(bomb, start, zeros);

        byte[] expected = Arrays.copyOf(start, (int) (start.length + zeros));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(bomb))) {
            assertArrayEquals(expected, in.readAllBytes());
        }
        assertArrayEquals(expected, gunzip(Files.readAllBytes(bomb)));
    }

    @Test
    void bytesAfterTheLastMemberAreRefusedWhereJavasReaderIgnoresThem() throws IOException {
        byte[] gz = concat(IdxFiles.gzip(DATA), new byte[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
            18, 19, 20});
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            assertEquals(DATA.length, in.readAllBytes().length); // the damage Java's reader lets through
        }

        assertThrows(GunzipStream.Damaged.class, () -> gunzip(gz));
        assertThrows(GunzipStream.Damaged.class, () -> gunzip(concat(IdxFiles.gzip(DATA), new byte[8])));
    }

    @Test
    void aWrongSizeOrChecksumInTheTrailerIsRefused() {
        byte[] size = IdxFiles.gzip(DATA);
        size[size.length - 1] ^= 1;
        byte[] checksum = IdxFiles.gzip(DATA);
        checksum[checksum.length - 8] ^= 1;

        assertThrows(GunzipStream.Damaged.class, () -> gunzip(size));
        assertThrows(GunzipStream.Damaged.class, () -> gunzip(checksum));
    }

    @Test
    void everyCutIsRefused() {
        byte[] gz = IdxFiles.gzip(DATA);
        for (int length = 1; length < gz.length; length++) {
            byte[] cut = Arrays.copyOf(gz, length);
            assertThrows(GunzipStream.Damaged.class, () -> gunzip(cut), "cut at " + length);
        }
    }
}
