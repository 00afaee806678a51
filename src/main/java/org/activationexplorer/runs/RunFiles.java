package org.activationexplorer.runs;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;

/**
 * The run file format, versions 1 and 2: a ZIP (its CRCs catch damage) of two entries.
 * <ul>
 * <li>{@code run.json}: {@code format} = "activation-explorer-run", {@code version}, {@code config} (the
 * {@link RunConfig} by field name), {@code steps}, {@code lossStride}, {@code losses}, {@code epochs} (the
 * {@link EpochResult}s by field name), {@code frames} (per recorded step: {@code step}, {@code epoch} and per
 * activation layer {@code lo}, {@code hi}, {@code points}, {@code bins}, {@code parameters}: the lengths of its
 * arrays), {@code weights} (per network parameter: {@code name}, {@code length}) and {@code input}, the
 * training images' shape ({@code channels}, {@code rows}, {@code cols}), which the network is rebuilt for; files
 * written before it are read without it (they were trained on grey images). NaN and ±Infinity are written as the
 * bare words, as a diverged run has them.</li>
 * <li>{@code arrays.bin}: big-endian, in the order run.json lists them: for every frame and layer y (points
 * floats), dy (points floats), histogram (bins ints), parameters (floats); then every weight (floats).</li>
 * </ul>
 * Version 2 added to the config {@code layerActivations} (a family per activation layer), {@code schedule} and
 * {@code clipNorm}. A run that uses none of them is written as version 1, which older programs read exactly; one that
 * does is version 2, which they refuse (asking for a newer program) rather than rebuild it with one family for all
 * and a constant learning rate. Version 1 files load as one family for all, "constant" and no clipping.
 * <p>
 * Files are written atomically; reading names the file and its problem in the IOException's message.
 */
public final class RunFiles {
    public static final String EXTENSION = ".aerun";
    public static final String FORMAT = "activation-explorer-run";
    /** The newest version, the one this program writes when a run needs it. */
    public static final int VERSION = 2;
    static final String JSON_ENTRY = "run.json", ARRAYS_ENTRY = "arrays.bin";
    private static final long MAX_ENTRY_BYTES = 1L << 30; // far above any real run; refuses a ZIP bomb
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private RunFiles() {}

    public static void save(RunRecord run, Path file) throws IOException {
        AtomicFiles.write(file, RunFileWriter.bytes(run, GSON));
    }

    /** The run in `file`; an IOException whose message starts with the file names what is wrong with it. */
    public static RunRecord load(Path file) throws IOException {
        Map<String, byte[]> entries;
        try {
            entries = entries(file);
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (ZipException | EOFException e) {
            throw new IOException(file + ": damaged or cut short (" + e.getMessage() + ")", e);
        }
        byte[] json = entries.get(JSON_ENTRY);
        if (json == null) {
            throw new IOException(file + ": not an Activation Explorer run file (no " + JSON_ENTRY + " inside)");
        }
        try {
            JsonObject root = JsonParser.parseString(new String(json, StandardCharsets.UTF_8)).getAsJsonObject();
            checkFormat(root);
            byte[] arrays = entries.get(ARRAYS_ENTRY);
            if (arrays == null) {
                throw new Problem("damaged: " + ARRAYS_ENTRY + " is missing");
            }
            return read(root, arrays);
        } catch (Problem e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) { // Gson's parse errors, a field of the wrong type, ...
            throw new IOException(file + ": damaged " + JSON_ENTRY + " (" + e.getMessage() + ")", e);
        }
    }

    // ---- reading ----

    /** A problem with the content, for the message after the file name. */
    private static final class Problem extends RuntimeException {
        Problem(String message) {
            super(message);
        }
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new java.io.BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries.put(e.getName(), readBounded(zip, e.getName()));
            }
        }
        return entries;
    }

    /** The entry's bytes; reading to its end makes ZipInputStream check the CRC and the size. */
    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        for (int n; (n = in.read(buffer)) > 0; ) {
            bytes.write(buffer, 0, n);
            if (bytes.size() > MAX_ENTRY_BYTES) {
                throw new ZipException(name + " is larger than " + MAX_ENTRY_BYTES + " bytes");
            }
        }
        return bytes.toByteArray();
    }

    private static void checkFormat(JsonObject root) {
        JsonElement format = root.get("format");
        if (format == null || !format.isJsonPrimitive() || !FORMAT.equals(format.getAsString())) {
            throw new Problem("not an Activation Explorer run file (format " + format + ")");
        }
        JsonElement version = root.get("version");
        if (version == null || !version.isJsonPrimitive() || !version.getAsJsonPrimitive().isNumber()) {
            throw new Problem("unknown run file version " + version + " (this program reads version " + VERSION + ")");
        }
        int v = version.getAsInt();
        if (v > VERSION) {
            throw new Problem("written by a newer Activation Explorer (run file version " + v
                    + "; this program reads version " + VERSION + "): update the program to open it");
        }
        if (v < 1) {
            throw new Problem("unknown run file version " + v + " (this program reads version " + VERSION + ")");
        }
    }

    private static RunRecord read(JsonObject root, byte[] arrays) throws IOException {
        RunConfig config = GSON.fromJson(field(root, "config"), RunConfig.class);
        if (config == null || config.activation() == null || config.hidden() == null) {
            throw new Problem("damaged " + JSON_ENTRY + ": incomplete config");
        }
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new Problem("its configuration is invalid: " + String.join("; ", problems));
        }
        long steps = field(root, "steps").getAsLong();
        int lossStride = field(root, "lossStride").getAsInt();
        float[] losses = GSON.fromJson(field(root, "losses"), float[].class);
        EpochResult[] epochs = GSON.fromJson(field(root, "epochs"), EpochResult[].class);
        if (steps < 0 || lossStride < 1) {
            throw new Problem("damaged " + JSON_ENTRY + ": steps " + steps + ", lossStride " + lossStride);
        }

        DataInputStream in = new DataInputStream(new ByteArrayInputStream(arrays));
        long expected = 0;
        List<RunRecord.Frame> frames = new ArrayList<>();
        int layerCount = -1;
        long lastStep = -1;
        for (JsonElement fe : field(root, "frames").getAsJsonArray()) {
            JsonObject f = fe.getAsJsonObject();
            long step = field(f, "step").getAsLong();
            if (step <= lastStep || step > steps) {
                throw new Problem("damaged " + JSON_ENTRY + ": recorded step " + step + " out of order or past "
                        + steps + " steps");
            }
            lastStep = step;
            JsonArray layerArray = field(f, "layers").getAsJsonArray();
            if (layerCount >= 0 && layerArray.size() != layerCount) {
                throw new Problem("damaged " + JSON_ENTRY + ": step " + step + " has " + layerArray.size()
                        + " layers, the run " + layerCount);
            }
            layerCount = layerArray.size();
            List<LayerCurve> layers = new ArrayList<>();
            for (JsonElement le : layerArray) {
                JsonObject l = le.getAsJsonObject();
                double lo = field(l, "lo").getAsDouble(), hi = field(l, "hi").getAsDouble();
                int points = length(l, "points"), bins = length(l, "bins"), parameters = length(l, "parameters");
                if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi) || points < 2) {
                    throw new Problem("damaged " + JSON_ENTRY + ": a layer at step " + step + " has range [" + lo
                            + ", " + hi + "] and " + points + " points");
                }
                expected += 4L * (2L * points + bins + parameters);
                need(arrays, expected);
                layers.add(new LayerCurve(lo, hi, readFloats(in, points), readFloats(in, points),
                        readInts(in, bins), readFloats(in, parameters)));
            }
            frames.add(new RunRecord.Frame(step, field(f, "epoch").getAsInt(), layers));
        }
        Map<String, float[]> weights = new LinkedHashMap<>();
        for (JsonElement we : field(root, "weights").getAsJsonArray()) {
            JsonObject w = we.getAsJsonObject();
            int length = length(w, "length");
            expected += 4L * length;
            need(arrays, expected);
            weights.put(field(w, "name").getAsString(), readFloats(in, length));
        }
        if (expected != arrays.length) {
            throw new Problem("damaged: " + ARRAYS_ENTRY + " has " + arrays.length + " bytes, " + JSON_ENTRY
                    + " describes " + expected);
        }
        return new RunRecord(config, steps, losses, lossStride, List.of(epochs), frames, weights,
                InputShapeJson.read(root.get("input")));
    }

    private static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new Problem("damaged " + JSON_ENTRY + ": '" + name + "' is missing");
        }
        return e;
    }

    private static int length(JsonObject o, String name) {
        int n = field(o, name).getAsInt();
        if (n < 0) {
            throw new Problem("damaged " + JSON_ENTRY + ": '" + name + "' is " + n);
        }
        return n;
    }

    private static void need(byte[] arrays, long bytes) {
        if (bytes > arrays.length) {
            throw new Problem("damaged: " + ARRAYS_ENTRY + " has " + arrays.length + " bytes, " + JSON_ENTRY
                    + " describes at least " + bytes);
        }
    }

    private static float[] readFloats(DataInputStream in, int n) throws IOException {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }

    private static int[] readInts(DataInputStream in, int n) throws IOException {
        int[] v = new int[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readInt();
        }
        return v;
    }
}
