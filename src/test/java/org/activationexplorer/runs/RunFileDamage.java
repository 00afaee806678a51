package org.activationexplorer.runs;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Ways to damage a run file, each drawn with a seeded Random: cut it, flip a bit (anywhere, in a ZIP header, in an
 * entry's name, in a length field), put a wrong value in any field of run.json, make it inconsistent (RunFileEdits
 * in the JSON, or a changed record written by the writer itself), declare sizes that lie, put a ZIP bomb in.
 *
 * @param kind         what was done, for the summary
 * @param bytes        the damaged file's content
 * @param inconsistent true when the result is certainly no consistent run: loading it must fail
 */
record RunFileDamage(String kind, byte[] bytes, boolean inconsistent) {

    /** A sample run file taken apart once, to be damaged many times. */
    record Sample(String name, byte[] bytes, Map<String, byte[]> entries, RunRecord run) {
        static Sample of(String name, Path file) {
            try {
                return new Sample(name, java.nio.file.Files.readAllBytes(file), RunFileEdits.entries(file),
                        RunFiles.load(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        JsonObject json() {
            return RunFileEdits.json(entries);
        }

        boolean mlp() {
            return run.config().arch().equals("mlp");
        }
    }

    private static final List<String> KINDS = List.of("truncated", "bit flipped", "header bit flipped",
            "name bit flipped", "length bit flipped", "json value wrong", "json inconsistent", "record inconsistent",
            "size declared wrong", "zip bomb");

    static RunFileDamage any(Sample s, Random r, ZipBytes.Entry gigabyte) {
        String kind = KINDS.get(r.nextInt(KINDS.size()));
        return switch (kind) {
            case "truncated" -> damage(kind, Arrays.copyOf(s.bytes(), r.nextInt(s.bytes().length)));
            case "bit flipped" -> damage(kind, flip(s.bytes(), r.nextInt(s.bytes().length), r));
            case "header bit flipped", "name bit flipped", "length bit flipped" -> damage(kind,
                    flip(s.bytes(), ZipLayout.of(s.bytes()).pick(kind.split(" ")[0], r), r));
            case "json value wrong" -> damage(kind, JsonDamage.wrongValue(s, r));
            case "json inconsistent" -> new RunFileDamage(kind, JsonDamage.inconsistent(s, r), true);
            case "record inconsistent" -> new RunFileDamage(kind, RecordDamage.inconsistent(s, r), true);
            case "size declared wrong" -> damage(kind, declared(s, r));
            default -> bomb(s, r, gigabyte);
        };
    }

    private static RunFileDamage damage(String kind, byte[] bytes) {
        return new RunFileDamage(kind, bytes, false);
    }

    private static byte[] flip(byte[] good, int at, Random r) {
        byte[] bytes = good.clone();
        bytes[at] ^= (byte) (1 << r.nextInt(8));
        return bytes;
    }

    /** An entry's declared size replaced: huge, zero, one off, or with its top bit set. */
    private static byte[] declared(Sample s, Random r) {
        List<ZipBytes.Entry> entries = ZipBytes.of(s.entries());
        int i = r.nextInt(entries.size());
        long size = entries.get(i).declaredSize();
        long[] lies = {0xFFFF_FFFFL, 0xFFFF_FFF0L, 0, size + 1, size - 1, size | 0x8000_0000L, 1L << 30};
        entries.set(i, entries.get(i).declaring(lies[r.nextInt(lies.length)]));
        return zipBytes(entries);
    }

    /** A gigabyte of zeros: beside the entries (loads: never inflated), in place of one, or declared small. */
    private static RunFileDamage bomb(Sample s, Random r, ZipBytes.Entry gigabyte) {
        List<ZipBytes.Entry> entries = ZipBytes.of(s.entries());
        int variant = r.nextInt(3);
        if (variant == 0) {
            entries.add(gigabyte.named("notes-" + r.nextInt(100)));
        } else {
            String name = r.nextBoolean() ? RunFiles.JSON_ENTRY : RunFiles.ARRAYS_ENTRY;
            ZipBytes.Entry zeros = variant == 1 ? gigabyte.named(name) : gigabyte.named(name).declaring(1 << 12);
            entries.replaceAll(e -> e.name().equals(name) ? zeros : e);
        }
        return new RunFileDamage("zip bomb", zipBytes(entries), variant != 0);
    }

    static byte[] zipBytes(List<ZipBytes.Entry> entries) {
        try {
            return ZipBytes.bytes(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] withJson(Sample s, JsonObject root) {
        var entries = new java.util.LinkedHashMap<>(s.entries());
        entries.put(RunFiles.JSON_ENTRY, root.toString().getBytes(StandardCharsets.UTF_8));
        try {
            return RunFileEdits.zip(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] written(RunRecord run) {
        try {
            return RunFileWriter.bytes(run, new GsonBuilder().serializeSpecialFloatingPointValues().create());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the ZIP structures of a run file lie: headers, the entries' names, the length and size fields. */
    record ZipLayout(List<int[]> headers, List<int[]> names, List<int[]> lengths) {
        static ZipLayout of(byte[] zip) {
            ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
            List<int[]> headers = new ArrayList<>(), names = new ArrayList<>(), lengths = new ArrayList<>();
            int end = zip.length - 22;
            headers.add(new int[] {end, end + 22});
            lengths.add(new int[] {end + 8, end + 20});
            int count = b.getShort(end + 10) & 0xFFFF;
            for (int i = 0, c = b.getInt(end + 16); i < count; i++) {
                int name = b.getShort(c + 28) & 0xFFFF, skip = name + (b.getShort(c + 30) & 0xFFFF)
                        + (b.getShort(c + 32) & 0xFFFF), local = b.getInt(c + 42);
                int localName = b.getShort(local + 26) & 0xFFFF, localExtra = b.getShort(local + 28) & 0xFFFF;
                int descriptor = local + 30 + localName + localExtra + b.getInt(c + 20);
                headers.addAll(List.of(new int[] {c, c + 46}, new int[] {local, local + 30},
                        new int[] {descriptor, Math.min(descriptor + 16, end)}));
                names.addAll(List.of(new int[] {c + 46, c + 46 + name}, new int[] {local + 30, local + 30 + localName}));
                lengths.addAll(List.of(new int[] {c + 20, c + 34}, new int[] {c + 42, c + 46},
                        new int[] {local + 18, local + 30}, new int[] {descriptor + 8, descriptor + 16}));
                c += 46 + skip;
            }
            return new ZipLayout(headers, names, lengths);
        }

        /** A byte offset inside a random region of the given part: "header", "name" or "length". */
        int pick(String part, Random r) {
            List<int[]> regions = part.equals("header") ? headers : part.equals("name") ? names : lengths;
            int[] region = regions.get(r.nextInt(regions.size()));
            return region[0] + r.nextInt(Math.max(1, region[1] - region[0]));
        }
    }

    /** run.json damaged: any value replaced by one of a wrong type or range, or made inconsistent on purpose. */
    static final class JsonDamage {
        private static final List<String> WRONG = List.of("null", "\"text\"", "\"NaN\"", "\"\"", "1.5", "-1", "0",
                "4294967297", "-4294967295", "1e10", "1e400", "-1e400", "true", "[]", "{}", "[1,2]", "{\"a\":1}",
                "123456789012345678901234567890123456789012345", "\"SIDEWAYS\"", "\"" + "x".repeat(5000) + "\"",
                "[".repeat(200) + "]".repeat(200), "REMOVE");

        private JsonDamage() {}

        static byte[] wrongValue(Sample s, Random r) {
            JsonObject root = s.json();
            List<Consumer<JsonElement>> places = new ArrayList<>();
            String value = WRONG.get(r.nextInt(WRONG.size()));
            collect(root, value, places);
            places.get(r.nextInt(places.size())).accept(null);
            return withJson(s, root);
        }

        /** A setter for each object member and the first and last elements of each list, putting `value` there. */
        private static void collect(JsonElement e, String value, List<Consumer<JsonElement>> places) {
            if (e.isJsonObject()) {
                JsonObject o = e.getAsJsonObject();
                for (String key : List.copyOf(o.keySet())) {
                    places.add(x -> {
                        if (value.equals("REMOVE")) {
                            o.remove(key);
                        } else {
                            o.add(key, JsonParser.parseString(value));
                        }
                    });
                    collect(o.get(key), value, places);
                }
            } else if (e.isJsonArray() && !e.getAsJsonArray().isEmpty()) {
                JsonArray a = e.getAsJsonArray();
                for (int i : new int[] {0, a.size() - 1}) {
                    places.add(x -> {
                        if (value.equals("REMOVE")) {
                            a.remove(i);
                        } else {
                            a.set(i, JsonParser.parseString(value));
                        }
                    });
                    collect(a.get(i), value, places);
                }
            }
        }

        /** Edits that leave valid JSON of the right types but no consistent run. */
        static byte[] inconsistent(Sample s, Random r) {
            JsonObject root = s.json();
            JsonObject config = root.getAsJsonObject("config");
            JsonArray perLayer = config.getAsJsonArray("layerActivations");
            JsonObject activation = perLayer != null && !perLayer.isEmpty() ? perLayer.get(0).getAsJsonObject()
                    : config.getAsJsonObject("activation"); // the first layer's family, where the run reads it
            boolean trainable = s.run().frames().get(0).layers().get(0).parameters().length > 0;
            List<Runnable> edits = List.of(
                    () -> config.addProperty("arch", s.mlp() ? "lenet5" : "mlp"),
                    () -> activation.addProperty("family", trainable ? "relu" : "pau"),
                    () -> activation.addProperty("sharing", "SIDEWAYS"),
                    () -> activation.remove("sharing"),
                    () -> config.addProperty("init", "NOPE"),
                    () -> config.addProperty("blas", "bogus"),
                    () -> root.addProperty("steps", s.run().steps() + s.run().lossStride()),
                    () -> root.addProperty("lossStride", s.run().lossStride() * 2),
                    () -> root.getAsJsonArray("epochs").get(0).getAsJsonObject().addProperty("epoch", -1),
                    () -> root.getAsJsonArray("epochs").get(0).getAsJsonObject().addProperty("testAccuracy", 1.5),
                    () -> root.getAsJsonArray("epochs").get(0).getAsJsonObject().add("testAccuracy",
                            new JsonPrimitive("NaN")),
                    () -> root.getAsJsonArray("frames").get(0).getAsJsonObject().addProperty("epoch", -1),
                    () -> root.getAsJsonArray("weights").get(0).getAsJsonObject().addProperty("length", 3),
                    () -> root.add("version", JsonParser.parseString(List.of("1.5", "1.9999", "4294967297", "1e10",
                            "-4294967295").get(r.nextInt(5)))),
                    () -> root.add("input", JsonParser.parseString("{\"channels\":2,\"rows\":32,\"cols\":32}")));
            edits.get(r.nextInt(edits.size())).run();
            return withJson(s, root);
        }
    }
}
