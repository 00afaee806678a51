package org.activationexplorer.runs;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.activationexplorer.train.RunConfig;

/** Writes a run in the format RunFiles describes: the two ZIP entries, in memory (RunFiles writes them atomically). */
final class RunFileWriter {
    private RunFileWriter() {}

    /** The run file's bytes. */
    static byte[] bytes(RunRecord run, Gson gson) throws IOException {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry(RunFiles.JSON_ENTRY));
            zip.write(gson.toJson(describe(run, gson)).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(RunFiles.ARRAYS_ENTRY));
            DataOutputStream out = new DataOutputStream(zip);
            writeArrays(run, out);
            out.flush();
            zip.closeEntry();
        }
        return zipped.toByteArray();
    }

    private static JsonObject describe(RunRecord run, Gson gson) {
        JsonObject root = new JsonObject();
        root.addProperty("format", RunFiles.FORMAT);
        root.addProperty("version", version(run.config()));
        root.add("config", gson.toJsonTree(run.config()));
        root.addProperty("steps", run.steps());
        root.addProperty("lossStride", run.lossStride());
        root.add("losses", gson.toJsonTree(run.losses()));
        root.add("epochs", gson.toJsonTree(run.epochs()));
        JsonArray frames = new JsonArray();
        for (RunRecord.Frame f : run.frames()) {
            JsonObject frame = new JsonObject();
            frame.addProperty("step", f.step());
            frame.addProperty("epoch", f.epoch());
            JsonArray layers = new JsonArray();
            for (LayerCurve l : f.layers()) {
                if (l.dy().length != l.y().length) {
                    throw new IllegalArgumentException("a layer's y and dy differ in length");
                }
                JsonObject layer = new JsonObject();
                layer.addProperty("lo", l.lo());
                layer.addProperty("hi", l.hi());
                layer.addProperty("points", l.y().length);
                layer.addProperty("bins", l.histogram().length);
                layer.addProperty("parameters", l.parameters().length);
                layers.add(layer);
            }
            frame.add("layers", layers);
            frames.add(frame);
        }
        root.add("frames", frames);
        JsonArray weights = new JsonArray();
        run.weights().forEach((name, values) -> {
            JsonObject w = new JsonObject();
            w.addProperty("name", name);
            w.addProperty("length", values.length);
            weights.add(w);
        });
        root.add("weights", weights);
        if (run.input() != null) {
            root.add("input", InputShapeJson.write(run.input()));
        }
        return root;
    }

    /** The oldest version that describes the run completely (see the class comment). */
    static int version(RunConfig c) {
        boolean v2 = c.perLayer() || !c.schedule().equals(RunConfig.defaults().schedule()) || c.clipNorm() != 0;
        return v2 ? 2 : 1;
    }

    private static void writeArrays(RunRecord run, DataOutputStream out) throws IOException {
        for (RunRecord.Frame f : run.frames()) {
            for (LayerCurve l : f.layers()) {
                writeFloats(out, l.y());
                writeFloats(out, l.dy());
                for (int v : l.histogram()) {
                    out.writeInt(v);
                }
                writeFloats(out, l.parameters());
            }
        }
        for (float[] w : run.weights().values()) {
            writeFloats(out, w);
        }
    }

    private static void writeFloats(DataOutputStream out, float[] v) throws IOException {
        for (float x : v) {
            out.writeFloat(x);
        }
    }

}
