package org.activationexplorer.data;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.activationexplorer.io.OddFiles;

/**
 * Seeded damage to a small dataset folder's four files (SmallMnist's), one kind of damage a case, each with what
 * loading the folder must then do: load it correctly, refuse it naming the damaged file, or either (a flipped bit
 * in a gzip header's time stamp changes nothing).
 */
final class DatasetDamage {

    enum Expect { LOAD, REFUSE, EITHER }

    enum Kind {
        TRUNCATE, HEADER_FLIP, BODY_FLIP, LABEL_OUT_OF_RANGE, HUGE_COUNT, GZIP_TRAILER, GZIP_MEMBERS, GARBAGE_AFTER,
        RESHAPED_TEST_IMAGES, FEWER_LABELS, NOT_A_FILE, EMPTY_FILE, SMEARED
    }

    /**
     * One folder to write: files by name (raw or .gz) with `odd` in place of the file named oddName (when odd is not
     * null), what loading must do, and the file a refusal must name.
     */
    record Case(String what, Kind kind, Map<String, byte[]> files, String oddName, OddFiles.Kind odd, Expect expect,
                String blamed) {
    }

    private DatasetDamage() {
    }

    /** A random case: a random kind of damage to a random file, written raw or gzipped. */
    static Case random(Random r, Map<String, byte[]> base) {
        boolean gz = r.nextBoolean();
        String name = SmallMnist.NAMES.get(r.nextInt(SmallMnist.NAMES.size()));
        String labels = r.nextBoolean() ? DatasetFiles.TRAIN_LABELS : DatasetFiles.TEST_LABELS;
        Kind kind = Kind.values()[r.nextInt(Kind.values().length)];
        Map<String, byte[]> raw = new LinkedHashMap<>(base);
        byte[] file = raw.get(name).clone();
        int header = SmallMnist.headerLength(file);
        switch (kind) {
            case TRUNCATE -> {
                return encoded("truncated", kind, raw, gz, name, b -> Arrays.copyOf(b, r.nextInt(b.length)),
                        Expect.REFUSE);
            }
            case HEADER_FLIP -> {
                file[r.nextInt(header)] ^= (byte) (1 << r.nextInt(8));
                raw.put(name, file);
                return encoded("header bit flipped", kind, raw, gz, name, b -> b, Expect.REFUSE);
            }
            case BODY_FLIP -> {
                if (gz) {
                    return encoded("gzip bit flipped", kind, raw, true, name, b -> flip(r, b, 0), Expect.EITHER);
                }
                int at = header + r.nextInt(file.length - header);
                file[at] ^= (byte) (1 << r.nextInt(8));
                raw.put(name, file);
                boolean label = name.contains("labels");
                Expect e = !label ? Expect.LOAD : (file[at] & 0xFF) >= 10 ? Expect.REFUSE : Expect.EITHER;
                return encoded("body bit flipped", kind, raw, false, name, b -> b, e);
            }
            case LABEL_OUT_OF_RANGE -> {
                byte[] l = raw.get(labels).clone();
                l[SmallMnist.headerLength(l) + r.nextInt(l.length - SmallMnist.headerLength(l))] =
                        (byte) (10 + r.nextInt(246));
                raw.put(labels, l);
                return encoded("label out of range", kind, raw, gz, labels, b -> b, Expect.REFUSE);
            }
            case HUGE_COUNT -> {
                int count = r.nextInt(3) == 0 ? 2_739_137 : 1000 + r.nextInt(Integer.MAX_VALUE - 1000);
                ByteBuffer.wrap(file).putInt(4, count);
                raw.put(name, file);
                return encoded("count " + count, kind, raw, gz, name, b -> b, Expect.REFUSE);
            }
            case GZIP_TRAILER -> {
                return encoded("gzip trailer bit flipped", kind, raw, true, name, b -> flip(r, b, b.length - 8),
                        Expect.REFUSE);
            }
            case GZIP_MEMBERS -> {
                int cut = 1 + r.nextInt(file.length - 1);
                int second = cut + r.nextInt(file.length - cut);
                Case whole = encoded("gzip members", kind, raw, true, name, b -> b, Expect.LOAD);
                whole.files().put(name + ".gz", GzipFiles.members(file, cut, second));
                return whole;
            }
            case GARBAGE_AFTER -> {
                byte[] garbage = new byte[1 + r.nextInt(64)];
                r.nextBytes(garbage);
                return encoded("garbage after", kind, raw, gz, name, b -> concat(b, garbage), Expect.REFUSE);
            }
            case RESHAPED_TEST_IMAGES -> {
                byte[] images = raw.get(DatasetFiles.TEST_IMAGES).clone();
                ByteBuffer.wrap(images).putInt(8, 14).putInt(12, 56);
                raw.put(DatasetFiles.TEST_IMAGES, images);
                return encoded("test images 14x56", kind, raw, gz, DatasetFiles.TEST_IMAGES, b -> b, Expect.REFUSE);
            }
            case FEWER_LABELS -> {
                byte[] l = raw.get(labels);
                int count = ByteBuffer.wrap(l).getInt(4);
                int kept = 1 + r.nextInt(count - 1);
                byte[] shorter = Arrays.copyOf(l, SmallMnist.headerLength(l) + kept);
                ByteBuffer.wrap(shorter).putInt(4, kept);
                raw.put(labels, shorter);
                return encoded(kept + " labels", kind, raw, gz, labels, b -> b, Expect.REFUSE);
            }
            case NOT_A_FILE -> {
                OddFiles.Kind odd = OddFiles.Kind.values()[r.nextInt(OddFiles.Kind.values().length)];
                Case c = encoded(odd.toString(), kind, raw, gz, name, b -> b, Expect.REFUSE);
                return new Case(c.what(), kind, c.files(), c.blamed(), odd, Expect.REFUSE, c.blamed());
            }
            case EMPTY_FILE -> {
                return encoded("empty", kind, raw, gz, name, b -> new byte[0], Expect.REFUSE);
            }
            case SMEARED -> {
                int run = 1 + r.nextInt(16);
                return encoded("smeared", kind, raw, gz, name, b -> smear(r, b, run), Expect.EITHER);
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** The raw files encoded (gzipped or not), then `damage` done to the encoded bytes of `damaged`. */
    private static Case encoded(String what, Kind kind, Map<String, byte[]> raw, boolean gz, String damaged,
                                UnaryOperator<byte[]> damage, Expect expect) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : raw.entrySet()) {
            byte[] bytes = gz ? IdxFiles.gzip(e.getValue()) : e.getValue();
            files.put(e.getKey() + (gz ? ".gz" : ""), e.getKey().equals(damaged) ? damage.apply(bytes) : bytes);
        }
        String blamed = damaged + (gz ? ".gz" : "");
        return new Case(what + " in " + blamed, kind, files, null, null, expect, blamed);
    }

    private static byte[] flip(Random r, byte[] bytes, int from) {
        byte[] b = bytes.clone();
        b[from + r.nextInt(b.length - from)] ^= (byte) (1 << r.nextInt(8));
        return b;
    }

    private static byte[] smear(Random r, byte[] bytes, int run) {
        byte[] b = bytes.clone();
        int at = r.nextInt(b.length);
        for (int i = at; i < Math.min(b.length, at + run); i++) {
            b[i] = (byte) r.nextInt(256);
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
