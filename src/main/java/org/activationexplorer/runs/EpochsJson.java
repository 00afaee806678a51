package org.activationexplorer.runs;

import static org.activationexplorer.runs.JsonValues.asObject;
import static org.activationexplorer.runs.JsonValues.real;
import static org.activationexplorer.runs.JsonValues.wholeInt;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.LayerHealth;

/**
 * A run file's "epochs": the EpochResults by field name, each with its "layers" health (absent in files written
 * before health was measured). Types only here; whether the values make sense is RunFileChecks' question.
 */
final class EpochsJson {
    private EpochsJson() {}

    static List<EpochResult> read(JsonArray epochs) {
        List<EpochResult> results = new ArrayList<>();
        for (JsonElement e : epochs) {
            JsonObject o = asObject(e, "epochs");
            List<LayerHealth> health = new ArrayList<>();
            JsonElement layers = o.get("layers");
            if (layers != null && !layers.isJsonNull()) {
                for (JsonElement l : JsonValues.array(o, "layers")) {
                    JsonObject h = asObject(l, "layers");
                    health.add(new LayerHealth(real(h, "deadFraction"), real(h, "saturatedFraction"),
                            real(h, "meanAbsSlope"), real(h, "gradNorm"), real(h, "updateRatio")));
                }
            }
            results.add(new EpochResult(wholeInt(o, "epoch", Integer.MIN_VALUE, Integer.MAX_VALUE),
                    real(o, "trainLoss"), real(o, "testLoss"), real(o, "testAccuracy"), real(o, "samplesPerSecond"),
                    real(o, "trainSeconds"), real(o, "evalSeconds"), health));
        }
        return results;
    }
}
