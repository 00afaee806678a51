package org.activationexplorer.runs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * ZIP archives written byte by byte, so a test can make what java.util.zip refuses to write: entries whose declared
 * size or CRC lies, and a gigabyte of zeros as about a megabyte of deflate data, built without ever holding (or
 * compressing) the gigabyte.
 */
public final class ZipBytes {
    /** One entry: its name, what its headers declare (size, CRC), and its deflated data as stored. */
    record Entry(String name, long declaredSize, long crc, byte[] deflated) {
        /** `data` deflated, with its true size and CRC. */
        static Entry of(String name, byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return new Entry(name, data.length, crc.getValue(), deflate(data));
        }

        Entry declaring(long size) {
            return new Entry(name, size, crc, deflated);
        }

        Entry named(String other) {
            return new Entry(other, declaredSize, crc, deflated);
        }
    }

    private ZipBytes() {}

    static byte[] deflate(byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        return out.toByteArray();
    }

    /**
     * `mebibytes` MiB of zeros as an entry. Deflate flushed after each MiB of zeros emits the same bytes every
     * time (the window behind holds zeros either way), so one MiB is compressed and its output repeated.
     */
    static Entry zeros(String name, int mebibytes) {
        byte[] mib = new byte[1 << 20];
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] first = flushed(d, mib), repeated = flushed(d, mib);
        d.finish();
        ByteArrayOutputStream end = new ByteArrayOutputStream();
        byte[] buffer = new byte[64];
        while (!d.finished()) {
            end.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        for (int i = 1; i < mebibytes; i++) {
            out.writeBytes(repeated);
        }
        out.writeBytes(end.toByteArray());
        CRC32 crc = new CRC32();
        for (int i = 0; i < mebibytes; i++) {
            crc.update(mib);
        }
        return new Entry(name, (long) mebibytes << 20, crc.getValue(), out.toByteArray());
    }

    private static byte[] flushed(Deflater d, byte[] input) {
        d.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        int n;
        do {
            n = d.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, n);
        } while (n == buffer.length || !d.needsInput());
        return out.toByteArray();
    }

    /** The archive: local headers with the data, the central directory, the end record (sizes as declared). */
    static void write(List<Entry> entries, OutputStream out) throws IOException {
        List<byte[]> central = new ArrayList<>();
        long offset = 0;
        for (Entry e : entries) {
            byte[] name = e.name().getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = header(30, name).putInt(0x04034b50).putShort((short) 20).putShort((short) 0)
                    .putShort((short) 8).putInt(0).putInt((int) e.crc()).putInt(e.deflated().length)
                    .putInt((int) e.declaredSize()).putShort((short) name.length).putShort((short) 0).put(name);
            out.write(local.array());
            out.write(e.deflated());
            central.add(header(46, name).putInt(0x02014b50).putShort((short) 20).putShort((short) 20)
                    .putShort((short) 0).putShort((short) 8).putInt(0).putInt((int) e.crc())
                    .putInt(e.deflated().length).putInt((int) e.declaredSize()).putShort((short) name.length)
                    .putShort((short) 0).putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0)
                    .putInt((int) offset).put(name).array());
            offset += local.capacity() + e.deflated().length;
        }
        long size = 0;
        for (byte[] c : central) {
            out.write(c);
            size += c.length;
        }
        out.write(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(0x06054b50).putShort((short) 0)
                .putShort((short) 0).putShort((short) entries.size()).putShort((short) entries.size())
                .putInt((int) size).putInt((int) offset).putShort((short) 0).array());
    }

    static byte[] bytes(List<Entry> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(entries, out);
        return out.toByteArray();
    }

    private static ByteBuffer header(int fixed, byte[] name) {
        return ByteBuffer.allocate(fixed + name.length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The entries of a run file as ZipBytes entries, to rebuild it with one changed. */
    static List<Entry> of(java.util.Map<String, byte[]> entries) {
        return new ArrayList<>(entries.entrySet().stream().map(e -> Entry.of(e.getKey(), e.getValue())).toList());
    }

    /** A run file that holds only run.json with this text: for the files a reader must refuse (tests elsewhere too). */
    public static byte[] runJsonOnly(String json) throws IOException {
        return bytes(List.of(Entry.of("run.json", json.getBytes(StandardCharsets.UTF_8))));
    }
}
