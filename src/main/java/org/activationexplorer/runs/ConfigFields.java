package org.activationexplorer.runs;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activationexplorer.train.RunConfig;

/**
 * A RunConfig as flat name → value text, read through the same JSON form its run file stores ("learningRate",
 * "activation.family", ...), so that every field counts, including fields added to RunConfig later. Used to tell
 * whether two runs are the same experiment and which settings a set of runs varies.
 */
public final class ConfigFields {
    public static final String SEED = "seed", THREADS = "threads", BLAS = "blas";
    public static final String ARCH = "arch", FAMILY = "activation.family";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    private ConfigFields() {}

    /** Every field in its JSON order; nested objects as "outer.inner"; values as their JSON text, strings bare. */
    public static Map<String, String> of(RunConfig config) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", GSON.toJsonTree(config), fields);
        return fields;
    }

    /**
     * The fields that make the experiment: everything but the machine's choices (GEMM threads and backend, which
     * change the speed, not what is learned) and, with seed false, the seed.
     */
    public static Map<String, String> experiment(RunConfig config, boolean seed) {
        Map<String, String> fields = of(config);
        fields.remove(THREADS);
        fields.remove(BLAS);
        if (!seed) {
            fields.remove(SEED);
        }
        return fields;
    }

    /** "a 2 ≠ 1, b x ≠ y": the fields where `found` differs from `wanted`, for a message; empty if none. */
    public static String differences(Map<String, String> found, Map<String, String> wanted) {
        StringBuilder b = new StringBuilder();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(wanted.keySet());
        names.addAll(found.keySet());
        for (String name : names) {
            String f = found.get(name), w = wanted.get(name);
            if (!java.util.Objects.equals(f, w)) {
                b.append(b.length() == 0 ? "" : ", ").append(name).append(' ').append(f).append(" ≠ ").append(w);
            }
        }
        return b.toString();
    }

    private static void flatten(String prefix, JsonElement e, Map<String, String> into) {
        if (e.isJsonObject() && prefix.endsWith("params")) { // hyperparameters: one field, sorted (maps have no order)
            java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
            e.getAsJsonObject().entrySet().forEach(p -> sorted.put(p.getKey(), p.getValue().toString()));
            StringBuilder b = new StringBuilder();
            sorted.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
            into.put(prefix, b.toString());
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            for (String key : o.keySet()) {
                flatten(prefix.isEmpty() ? key : prefix + "." + key, o.get(key), into);
            }
        } else if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            into.put(prefix, e.getAsString());
        } else {
            into.put(prefix, e.isJsonNull() ? "" : e.toString());
        }
    }
}
