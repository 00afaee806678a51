package org.activationexplorer.runs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.regex.Pattern;

/**
 * Strict reading of run.json's values: a field is present and of its type, a whole number is written as one (no
 * 1.5, no 1e10, no 4294967297 wrapped round into an int), a real number is a number or one of the words a diverged
 * run writes (NaN, Infinity, -Infinity). Gson's own getAsInt and friends convert silently or throw its texts; every
 * failure here is a RunFileProblem in plain words naming the field.
 */
final class JsonValues {
    /** Longer number texts are refused before conversion (BigDecimal of a million digits takes minutes). */
    static final int MAX_NUMBER_TEXT = 40;
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]{1,19}");
    private static final Pattern REAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private JsonValues() {}

    static JsonElement field(JsonObject o, String name) {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw RunFileProblem.damaged("'" + name + "' is missing");
        }
        return e;
    }

    static JsonObject object(JsonObject o, String name) {
        return asObject(field(o, name), name);
    }

    static JsonObject asObject(JsonElement e, String name) {
        if (!e.isJsonObject()) {
            throw RunFileProblem.damaged("'" + name + "' is not an object");
        }
        return e.getAsJsonObject();
    }

    static JsonArray array(JsonObject o, String name) {
        JsonElement e = field(o, name);
        if (!e.isJsonArray()) {
            throw RunFileProblem.damaged("'" + name + "' is not a list");
        }
        return e.getAsJsonArray();
    }

    static String text(JsonObject o, String name) {
        return asText(field(o, name), name);
    }

    /** The text, or null when the field is absent (an optional setting). */
    static String optionalText(JsonObject o, String name) {
        JsonElement e = o.get(name);
        return e == null || e.isJsonNull() ? null : asText(e, name);
    }

    static String asText(JsonElement e, String name) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw RunFileProblem.damaged("'" + name + "' is not a text");
        }
        return e.getAsString();
    }

    /** A whole number in [min, max]. */
    static long whole(JsonObject o, String name, long min, long max) {
        return asWhole(field(o, name), name, min, max);
    }

    static int wholeInt(JsonObject o, String name, int min, int max) {
        return (int) whole(o, name, min, max);
    }

    static long asWhole(JsonElement e, String name, long min, long max) {
        String text = numberText(e, name);
        if (!WHOLE.matcher(text).matches()) {
            throw RunFileProblem.damaged("'" + name + "' is " + RunFileProblem.quoted(text) + ", not a whole number");
        }
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException beyondLong) {
            throw outOfRange(name, text, min, max);
        }
        if (value < min || value > max) {
            throw outOfRange(name, text, min, max);
        }
        return value;
    }

    /** A real number; NaN and ±Infinity as the writer spells them. */
    static double real(JsonObject o, String name) {
        return asReal(field(o, name), name);
    }

    static double asReal(JsonElement e, String name) {
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) {
            switch (e.getAsString()) {
                case "NaN": return Double.NaN;
                case "Infinity": return Double.POSITIVE_INFINITY;
                case "-Infinity": return Double.NEGATIVE_INFINITY;
                default: throw RunFileProblem.damaged("'" + name + "' is "
                        + RunFileProblem.quoted(e.getAsString()) + ", not a number");
            }
        }
        String text = numberText(e, name);
        if (!REAL.matcher(text).matches()) {
            throw RunFileProblem.damaged("'" + name + "' is " + RunFileProblem.quoted(text) + ", not a number");
        }
        return Double.parseDouble(text);
    }

    /** A list of real numbers as floats (the loss history). */
    static float[] floats(JsonObject o, String name) {
        JsonArray a = array(o, name);
        float[] values = new float[a.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) asReal(a.get(i), name);
        }
        return values;
    }

    private static String numberText(JsonElement e, String name) {
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw RunFileProblem.damaged("'" + name + "' is not a number");
        }
        String text = ((JsonPrimitive) e).getAsString();
        if (text.length() > MAX_NUMBER_TEXT) {
            throw RunFileProblem.damaged("'" + name + "' is a number of " + text.length() + " characters");
        }
        return text;
    }

    private static RunFileProblem outOfRange(String name, String text, long min, long max) {
        return RunFileProblem.damaged("'" + name + "' is " + RunFileProblem.quoted(text) + ", outside "
                + min + " to " + max);
    }
}
