package org.activationexplorer.runs;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.activationexplorer.data.ImageShape;

/** A run file's "input": the shape of the images the run was trained on, {"channels", "rows", "cols"}. */
final class InputShapeJson {
    /** Far above any dataset's, and small enough that an image's size stays an int. */
    static final int MAX_CHANNELS = 4, MAX_SIDE = 4096;

    private InputShapeJson() {}

    static JsonObject write(ImageShape shape) {
        JsonObject input = new JsonObject();
        input.addProperty("channels", shape.channels());
        input.addProperty("rows", shape.rows());
        input.addProperty("cols", shape.cols());
        return input;
    }

    /**
     * The shape in `input`; null when there is none (a file from before shapes were recorded).
     *
     * @throws RunFileProblem for a field missing or out of range
     */
    static ImageShape read(JsonElement input) {
        if (input == null || input.isJsonNull()) {
            return null;
        }
        JsonObject o = JsonValues.asObject(input, "input");
        return new ImageShape(JsonValues.wholeInt(o, "channels", 1, MAX_CHANNELS),
                JsonValues.wholeInt(o, "rows", 1, MAX_SIDE), JsonValues.wholeInt(o, "cols", 1, MAX_SIDE));
    }
}
