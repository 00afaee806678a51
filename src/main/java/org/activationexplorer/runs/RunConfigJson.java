package org.activationexplorer.runs;

import static org.activationexplorer.runs.JsonValues.array;
import static org.activationexplorer.runs.JsonValues.asObject;
import static org.activationexplorer.runs.JsonValues.asReal;
import static org.activationexplorer.runs.JsonValues.asWhole;
import static org.activationexplorer.runs.JsonValues.object;
import static org.activationexplorer.runs.JsonValues.optionalText;
import static org.activationexplorer.runs.JsonValues.real;
import static org.activationexplorer.runs.JsonValues.text;
import static org.activationexplorer.runs.JsonValues.whole;
import static org.activationexplorer.runs.JsonValues.wholeInt;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.nn.Init;
import org.activationexplorer.optim.Schedule;
import org.activationexplorer.train.RunConfig;

/**
 * A run file's "config", read field by field into a RunConfig (Gson's reflection turned an unknown enum name into
 * null, which RunConfig then took as its default: a CHANNEL run became LAYER). Every field the first version
 * wrote is required; layerActivations, schedule and clipNorm are required from version 2, which added them, and
 * take their old meaning (one family, constant rate, no clipping) when a version 1 file lacks them. Names of
 * enums must be known; the values' ranges are RunConfig.problems()'s business (RunFileChecks asks it).
 */
final class RunConfigJson {
    private RunConfigJson() {}

    static RunConfig read(JsonObject c, int version) {
        List<Integer> hidden = new ArrayList<>();
        for (JsonElement h : array(c, "hidden")) {
            hidden.add((int) asWhole(h, "hidden", 0, Integer.MAX_VALUE));
        }
        ActivationConfig activation = activation(object(c, "activation"));
        List<ActivationConfig> layers = new ArrayList<>();
        String schedule = Schedule.CONSTANT.label();
        double clipNorm = 0;
        if (version >= 2 || c.has("layerActivations")) {
            for (JsonElement a : array(c, "layerActivations")) {
                layers.add(activation(asObject(a, "layerActivations")));
            }
        }
        if (version >= 2 || c.has("schedule")) {
            schedule = text(c, "schedule");
        }
        if (version >= 2 || c.has("clipNorm")) {
            clipNorm = real(c, "clipNorm");
        }
        return new RunConfig(text(c, "arch"), hidden, activation, text(c, "optimizer"), real(c, "learningRate"),
                real(c, "activationLearningRate"), real(c, "momentum"), real(c, "weightDecay"),
                wholeInt(c, "batchSize", Integer.MIN_VALUE, Integer.MAX_VALUE),
                wholeInt(c, "epochs", Integer.MIN_VALUE, Integer.MAX_VALUE), whole(c, "seed", Long.MIN_VALUE,
                Long.MAX_VALUE), wholeInt(c, "limit", Integer.MIN_VALUE, Integer.MAX_VALUE),
                named(Init.class, text(c, "init"), "init"), text(c, "blas"),
                wholeInt(c, "threads", Integer.MIN_VALUE, Integer.MAX_VALUE), layers, schedule, clipNorm);
    }

    /** {"family", "params": {name: number}, "init" (absent for the family's default), "sharing"}. */
    private static ActivationConfig activation(JsonObject a) {
        Map<String, Double> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> p : object(a, "params").entrySet()) {
            params.put(p.getKey(), asReal(p.getValue(), "params"));
        }
        return new ActivationConfig(text(a, "family"), params, optionalText(a, "init"),
                named(Sharing.class, text(a, "sharing"), "sharing"));
    }

    /** The constant of `type` called `name`; an unknown name is damage, not the default. */
    private static <E extends Enum<E>> E named(Class<E> type, String name, String field) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        throw RunFileProblem.damaged("'" + field + "' is " + RunFileProblem.quoted(name) + ", not one of "
                + Arrays.toString(type.getEnumConstants()));
    }
}
