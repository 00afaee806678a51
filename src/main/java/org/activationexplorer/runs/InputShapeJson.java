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
     * @throws IllegalArgumentException for a field missing or out of range (RunFiles calls the file damaged)
     */
    static ImageShape read(JsonElement input) {
        if (input == null || input.isJsonNull()) {
            return null;
        }
        JsonObject o = input.getAsJsonObject();
        int channels = number(o, "channels"), rows = number(o, "rows"), cols = number(o, "cols");
        if (channels < 1 || channels > MAX_CHANNELS || rows < 1 || rows > MAX_SIDE || cols < 1 || cols > MAX_SIDE) {
            throw new IllegalArgumentException("input images of " + channels + "×" + rows + "×" + cols
                    + " (channels 1 to " + MAX_CHANNELS + ", sides 1 to " + MAX_SIDE + ")");
        }
        return new ImageShape(channels, rows, cols);
    }

    private static int number(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new IllegalArgumentException("input '" + name + "' is missing or not a number");
        }
        return e.getAsInt();
    }
}
