package org.activationexplorer.lessons;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.activationexplorer.io.ProblemText;

/**
 * Typed access to a lesson's JSON fields that names the field when it is missing or of the wrong kind; `source` names
 * the lesson in every message.
 */
record LessonFields(String source) {
    void known(JsonObject o, Set<String> names, String prefix) throws LessonFormatException {
        for (String k : o.keySet()) {
            if (!names.contains(k)) {
                throw new LessonFormatException(source, prefix + ProblemText.shorten(k) + ": not a lesson field; the fields are "
                        + names.stream().sorted().toList());
            }
        }
    }

    private JsonElement get(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = o.get(name);
        if (e == null || e.isJsonNull()) {
            throw new LessonFormatException(source, prefix + name + ": missing");
        }
        return e;
    }

    JsonObject object(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = get(o, name, prefix);
        if (!e.isJsonObject()) {
            throw new LessonFormatException(source, prefix + name + ": must be an object { … }");
        }
        return e.getAsJsonObject();
    }

    String string(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = get(o, name, prefix);
        if (!(e instanceof JsonPrimitive p && p.isString()) || p.getAsString().isBlank()) {
            throw new LessonFormatException(source, prefix + name + ": must be a text");
        }
        return e.getAsString();
    }

    double number(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = get(o, name, prefix);
        if (!(e instanceof JsonPrimitive p && p.isNumber()) || !Double.isFinite(p.getAsDouble())) {
            throw new LessonFormatException(source, prefix + name + ": must be a number");
        }
        return e.getAsDouble();
    }

    int integer(JsonObject o, String name, String prefix) throws LessonFormatException {
        double v = number(o, name, prefix);
        if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
            throw new LessonFormatException(source, prefix + name + ": must be a whole number, got " + v);
        }
        return (int) v;
    }

    boolean bool(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = get(o, name, prefix);
        if (!(e instanceof JsonPrimitive p && p.isBoolean())) {
            throw new LessonFormatException(source, prefix + name + ": must be true or false");
        }
        return e.getAsBoolean();
    }

    private JsonArray array(JsonObject o, String name, String prefix) throws LessonFormatException {
        JsonElement e = get(o, name, prefix);
        if (!e.isJsonArray()) {
            throw new LessonFormatException(source, prefix + name + ": must be a list [ … ]");
        }
        return e.getAsJsonArray();
    }

    List<String> strings(JsonObject o, String name, String prefix, boolean required) throws LessonFormatException {
        if (!required && !o.has(name)) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (JsonElement e : array(o, name, prefix)) {
            if (!(e instanceof JsonPrimitive p && p.isString())) {
                throw new LessonFormatException(source, prefix + name + ": must be a list of texts");
            }
            list.add(e.getAsString());
        }
        return list;
    }

    List<Double> numbers(JsonObject o, String name, String prefix) throws LessonFormatException {
        List<Double> list = new ArrayList<>();
        for (JsonElement e : array(o, name, prefix)) {
            if (!(e instanceof JsonPrimitive p && p.isNumber())) {
                throw new LessonFormatException(source, prefix + name + ": must be a list of numbers");
            }
            list.add(e.getAsDouble());
        }
        return list;
    }
}
