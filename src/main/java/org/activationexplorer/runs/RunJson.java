package org.activationexplorer.runs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * run.json's bytes parsed into Gson's tree, within a budget of values. The tree costs about 50 bytes of memory per
 * byte of a JSON of small values ([1,1,1,…]: a JsonPrimitive, a number and a string per two bytes), so the byte limit
 * alone would let 16 MiB cost 800 MB. Measured: the 120-epoch run RunFileZip describes has about 14,000 values, a
 * 10,000-epoch LeNet-5 run would have about 330,000; MAX_VALUES is a million, about 100 MB of tree at worst.
 */
final class RunJson {
    static final int MAX_VALUES = 1_000_000;

    private RunJson() {}

    /** The root object; a RunFileProblem for too many values, JSON that does not parse, or a root of another kind. */
    static JsonObject parse(byte[] json) {
        long values = values(json);
        if (values > MAX_VALUES) {
            throw RunFileProblem.damaged("it holds about " + values + " values, more than any run's ("
                    + MAX_VALUES + ")");
        }
        JsonElement root;
        try { // read as a stream: no String of the whole text beside the bytes
            root = JsonParser.parseReader(new InputStreamReader(new ByteArrayInputStream(json),
                    StandardCharsets.UTF_8));
        } catch (JsonParseException | StackOverflowError e) { // Gson's texts name its classes and its options
            throw RunFileProblem.damaged("not valid JSON");
        }
        if (!root.isJsonObject()) {
            throw new RunFileProblem("not an Activation Explorer run file (" + RunFiles.JSON_ENTRY
                    + " is not an object)");
        }
        return root.getAsJsonObject();
    }

    /**
     * An upper bound on the values in `json`: one, plus one per separator and per opening bracket outside strings
     * (a key counts as a value: the bound only needs to stay above the truth).
     */
    static long values(byte[] json) {
        long values = 1;
        boolean inString = false, escaped = false;
        for (byte b : json) {
            if (inString) {
                inString = escaped || b != '"';
                escaped = !escaped && b == '\\';
            } else if (b == '"') {
                inString = true;
            } else if (b == ',' || b == ':' || b == '[' || b == '{') {
                values++;
            }
        }
        return values;
    }
}
