package org.activationexplorer.runs;

import static org.activationexplorer.runs.JsonValues.array;
import static org.activationexplorer.runs.JsonValues.asObject;
import static org.activationexplorer.runs.JsonValues.real;
import static org.activationexplorer.runs.JsonValues.text;
import static org.activationexplorer.runs.JsonValues.whole;
import static org.activationexplorer.runs.JsonValues.wholeInt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.train.RunConfig;

/**
 * The run in run.json and arrays.bin (RunFiles describes the format), read in two passes: first every array's
 * length from run.json, summed into the bytes arrays.bin must hold, which RunFileZip checks against the entry before
 * anything is inflated; then the arrays themselves. Types and sizes only: RunFileChecks decides whether the run
 * is consistent.
 */
final class RunFileReader {
    private static final int CHUNK = 1 << 16;

    /** A recorded layer as run.json describes it: its range and its arrays' lengths. */
    private record LayerLayout(double lo, double hi, int points, int bins, int parameters) {}

    private record FrameLayout(long step, int epoch, List<LayerLayout> layers) {}

    private final JsonObject root;
    private final byte[] chunk = new byte[CHUNK];
    private long bytes; // what arrays.bin must hold, summed as run.json is read

    private RunFileReader(JsonObject root) {
        this.root = root;
    }

    static RunRecord read(JsonObject root, RunConfig config, RunFileZip zip) {
        return new RunFileReader(root).read(config, zip);
    }

    private RunRecord read(RunConfig config, RunFileZip zip) {
        long steps = whole(root, "steps", 0, Long.MAX_VALUE);
        int lossStride = wholeInt(root, "lossStride", 1, Integer.MAX_VALUE);
        float[] losses = JsonValues.floats(root, "losses");
        var epochs = EpochsJson.read(array(root, "epochs"));
        var input = InputShapeJson.read(root.get("input"));
        List<FrameLayout> frameLayouts = frames();
        Map<String, Integer> weightLengths = weights();

        List<RunRecord.Frame> frames = new ArrayList<>();
        Map<String, float[]> weights = new LinkedHashMap<>();
        try (CheckedEntry in = zip.arrays(bytes)) {
            for (FrameLayout f : frameLayouts) {
                List<LayerCurve> layers = new ArrayList<>();
                for (LayerLayout l : f.layers()) {
                    layers.add(new LayerCurve(l.lo(), l.hi(), floats(in, l.points()), floats(in, l.points()),
                            ints(in, l.bins()), floats(in, l.parameters())));
                }
                frames.add(new RunRecord.Frame(f.step(), f.epoch(), layers));
            }
            for (var w : weightLengths.entrySet()) {
                weights.put(w.getKey(), floats(in, w.getValue()));
            }
            in.finish();
        }
        return new RunRecord(config, steps, losses, lossStride, epochs, frames, weights, input);
    }

    private List<FrameLayout> frames() {
        List<FrameLayout> frames = new ArrayList<>();
        for (JsonElement fe : array(root, "frames")) {
            JsonObject f = asObject(fe, "frames");
            List<LayerLayout> layers = new ArrayList<>();
            for (JsonElement le : array(f, "layers")) {
                JsonObject l = asObject(le, "layers");
                LayerLayout layer = new LayerLayout(real(l, "lo"), real(l, "hi"), length(l, "points"),
                        length(l, "bins"), length(l, "parameters"));
                count(2L * layer.points() + layer.bins() + layer.parameters());
                layers.add(layer);
            }
            frames.add(new FrameLayout(whole(f, "step", Long.MIN_VALUE, Long.MAX_VALUE),
                    wholeInt(f, "epoch", Integer.MIN_VALUE, Integer.MAX_VALUE), layers));
        }
        return frames;
    }

    private Map<String, Integer> weights() {
        Map<String, Integer> lengths = new LinkedHashMap<>();
        for (JsonElement we : array(root, "weights")) {
            JsonObject w = asObject(we, "weights");
            String name = text(w, "name");
            int length = length(w, "length");
            if (lengths.put(name, length) != null) {
                throw RunFileProblem.damaged("weight " + RunFileProblem.quoted(name) + " is listed twice");
            }
            count(length);
        }
        return lengths;
    }

    private static int length(JsonObject o, String name) {
        return wholeInt(o, name, 0, Integer.MAX_VALUE);
    }

    /**
     * Adds `values` 4-byte values to what arrays.bin must hold (RunFileZip refuses more than a run can hold). No
     * overflow: each call adds under 2^35, and run.json's 16 MiB cannot list 2^28 layers.
     */
    private void count(long values) {
        bytes += 4 * values;
    }

    private float[] floats(CheckedEntry in, int n) {
        float[] v = new float[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / 4);
            ByteBuffer.wrap(in.readExactly(chunk, 4 * k), 0, 4 * k).asFloatBuffer().get(v, done, k);
            done += k;
        }
        return v;
    }

    private int[] ints(CheckedEntry in, int n) {
        int[] v = new int[n];
        for (int done = 0; done < n; ) {
            int k = Math.min(n - done, CHUNK / 4);
            ByteBuffer.wrap(in.readExactly(chunk, 4 * k), 0, 4 * k).asIntBuffer().get(v, done, k);
            done += k;
        }
        return v;
    }
}
