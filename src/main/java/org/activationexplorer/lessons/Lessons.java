package org.activationexplorer.lessons;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.ProblemText;
import org.activationexplorer.io.ReadableFiles;
import org.activationexplorer.train.RunConfig;

/**
 * Reads lessons: the bundled ones (resources lessons/*.json, listed in lessons/index.txt) and a teacher's own files.
 * Every field is checked: an unknown field, a wrong type or an invalid setting is a LessonFormatException naming the
 * field ("settings.lr: learning rate must be in (0, 10], got -1"). Files are read up to MAX_BYTES.
 */
public final class Lessons {
    /** A lesson is a page of text; anything larger is not one. */
    static final int MAX_BYTES = 64 * 1024;
    public static final String FORMAT = "activation-explorer-lesson";
    private static final Set<String> TOP = Set.of("format", "id", "title", "settings", "view", "card");
    private static final Set<String> SETTINGS = Set.of("arch", "hidden", "activation", "params", "init", "sharing",
            "optimizer", "lr", "activation_lr", "momentum", "weight_decay", "batch", "epochs", "seed", "limit");
    private static final Set<String> VIEW = Set.of("speed", "derivative", "log_scale", "hide");
    private static final Set<String> CARD = Set.of("look_for", "questions", "next");
    private static final Pattern LINE_COLUMN = Pattern.compile("line (\\d+) column (\\d+)");

    private Lessons() {}

    /** The bundled lessons, in teaching order. */
    public static List<Lesson> bundled() {
        List<Lesson> list = new ArrayList<>();
        for (String id : index()) {
            try {
                list.add(bundled(id));
            } catch (IOException e) {
                throw new IllegalStateException("bundled lesson " + id + " is broken: " + e.getMessage(), e);
            }
        }
        return list;
    }

    /** The ids of the bundled lessons, in order. */
    public static List<String> index() {
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/index.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the lesson index is missing from the program", e);
        }
    }

    /** A bundled lesson by id. */
    public static Lesson bundled(String id) throws LessonFormatException {
        if (!index().contains(id)) {
            throw new LessonFormatException("lesson '" + id + "'", "no such lesson; the lessons are " + index());
        }
        try (InputStream in = Lessons.class.getResourceAsStream("/lessons/" + id + ".json")) {
            return parse(new String(in.readNBytes(MAX_BYTES + 1), StandardCharsets.UTF_8), "lesson " + id);
        } catch (IOException | NullPointerException e) {
            throw new LessonFormatException("lesson " + id, "missing from the program");
        }
    }

    /**
     * A teacher's lesson file: a regular file (a pipe is never opened: reading one blocks), at most MAX_BYTES, UTF-8
     * text. The file is only read.
     */
    public static Lesson load(Path file) throws LessonFormatException {
        String notAFile = ReadableFiles.problem(file);
        if (notAFile != null) {
            throw new LessonFormatException(file.toString(), notAFile);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_BYTES + 1); // the size is not asked first: it may change before the read
        } catch (IOException e) {
            throw new LessonFormatException(file.toString(), "cannot be read: " + FileProblems.describe(file, e));
        }
        if (bytes.length > MAX_BYTES) {
            throw new LessonFormatException(file.toString(), "is larger than a lesson can be (" + MAX_BYTES / 1024
                    + " KB)");
        }
        return parse(utf8(bytes, file.toString()), file.toString());
    }

    /** The text of `bytes`; a damaged or binary file is "not text" rather than JSON full of replacement marks. */
    private static String utf8(byte[] bytes, String source) throws LessonFormatException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LessonFormatException(source, "is not text (not UTF-8): it may be damaged or not a lesson");
        }
    }

    /** Parses and checks a lesson's JSON text; `source` names it in messages. */
    public static Lesson parse(String json, String source) throws LessonFormatException {
        try {
            return checked(json, source);
        } catch (RuntimeException e) { // no known case: the fuzz tests look for them; say it in words all the same
            LessonFormatException named = new LessonFormatException(source, "is not a usable lesson (a value in it "
                    + "cannot be read as the setting it is for)");
            named.initCause(e);
            throw named;
        }
    }

    private static Lesson checked(String json, String source) throws LessonFormatException {
        if (json.length() > MAX_BYTES) {
            throw new LessonFormatException(source, "is larger than a lesson can be");
        }
        if (json.isBlank()) {
            throw new LessonFormatException(source, "is empty; a lesson is a JSON object with format \"" + FORMAT
                    + "\"");
        }
        JsonObject root;
        try {
            JsonElement e = JsonParser.parseString(json);
            if (!e.isJsonObject()) {
                throw new LessonFormatException(source, "is not a lesson (a JSON object with format \"" + FORMAT + "\")");
            }
            root = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new LessonFormatException(source, "is not valid JSON" + where(e));
        }
        LessonFields f = new LessonFields(source);
        f.known(root, TOP, "");
        if (!FORMAT.equals(f.string(root, "format", ""))) {
            throw new LessonFormatException(source, "format: must be \"" + FORMAT + "\"");
        }
        String id = f.string(root, "id", "");
        if (!id.matches("[a-z0-9][a-z0-9-]{0,39}")) {
            throw new LessonFormatException(source, "id: must be lower-case letters, digits and dashes, got "
                    + ProblemText.quote(id));
        }
        RunConfig settings = settings(f, f.object(root, "settings", ""));
        JsonObject v = root.has("view") ? f.object(root, "view", "") : new JsonObject();
        f.known(v, VIEW, "view.");
        List<String> hide = f.strings(v, "hide", "view.", false);
        for (String h : hide) {
            if (!Lesson.View.HIDEABLE.contains(h)) {
                throw new LessonFormatException(source, "view.hide: " + ProblemText.quote(h) + " is not one of "
                        + Lesson.View.HIDEABLE);
            }
        }
        double speed = v.has("speed") ? f.number(v, "speed", "view.") : 0;
        if (!(speed >= 0 && speed <= 30)) {
            throw new LessonFormatException(source, "view.speed: must be 0 (full speed) to 30 batches a second");
        }
        Lesson.View view = new Lesson.View(speed, v.has("derivative") && f.bool(v, "derivative", "view."),
                v.has("log_scale") && f.bool(v, "log_scale", "view."), hide);
        JsonObject c = f.object(root, "card", "");
        f.known(c, CARD, "card.");
        List<String> questions = f.strings(c, "questions", "card.", true);
        if (questions.isEmpty() || questions.size() > 5) {
            throw new LessonFormatException(source, "card.questions: one to five questions, got " + questions.size());
        }
        return new Lesson(id, f.string(root, "title", ""), settings, view,
                new Lesson.Card(f.string(c, "look_for", "card."), questions, f.string(c, "next", "card.")));
    }

    /** " (line 3, column 14)" from Gson's message, whose other words are for programmers; "" without them. */
    private static String where(JsonParseException e) {
        Matcher m = LINE_COLUMN.matcher(String.valueOf(e.getMessage()));
        return m.find() ? " (line " + m.group(1) + ", column " + m.group(2) + ")" : "";
    }

    private static RunConfig settings(LessonFields f, JsonObject s) throws LessonFormatException {
        f.known(s, SETTINGS, "settings.");
        RunConfig d = RunConfig.defaults();
        List<Integer> hidden = d.hidden();
        if (s.has("hidden")) {
            hidden = new ArrayList<>();
            for (double h : f.numbers(s, "hidden", "settings.")) {
                hidden.add((int) h);
            }
        }
        Map<String, Double> params = new LinkedHashMap<>();
        if (s.has("params")) {
            JsonObject p = f.object(s, "params", "settings.");
            for (String k : p.keySet()) {
                params.put(k, f.number(p, k, "settings.params."));
            }
        }
        Sharing sharing = Sharing.LAYER;
        if (s.has("sharing")) {
            String name = f.string(s, "sharing", "settings.");
            try {
                sharing = Sharing.valueOf(name.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LessonFormatException(f.source(), "settings.sharing: must be LAYER or CHANNEL, got "
                        + ProblemText.quote(name));
            }
        }
        double lr = s.has("lr") ? f.number(s, "lr", "settings.") : d.learningRate();
        RunConfig config = new RunConfig(s.has("arch") ? f.string(s, "arch", "settings.") : d.arch(), hidden,
                new ActivationConfig(f.string(s, "activation", "settings."), params,
                        s.has("init") ? f.string(s, "init", "settings.") : null, sharing),
                s.has("optimizer") ? f.string(s, "optimizer", "settings.") : d.optimizer(), lr,
                s.has("activation_lr") ? f.number(s, "activation_lr", "settings.") : lr,
                s.has("momentum") ? f.number(s, "momentum", "settings.") : d.momentum(),
                s.has("weight_decay") ? f.number(s, "weight_decay", "settings.") : d.weightDecay(),
                s.has("batch") ? f.integer(s, "batch", "settings.") : d.batchSize(),
                s.has("epochs") ? f.integer(s, "epochs", "settings.") : d.epochs(),
                s.has("seed") ? f.integer(s, "seed", "settings.") : d.seed(),
                s.has("limit") ? f.integer(s, "limit", "settings.") : d.limit(), d.init(), d.blas(), d.threads());
        List<String> problems = config.problems();
        if (!problems.isEmpty()) {
            throw new LessonFormatException(f.source(), "settings: " + String.join("; ", problems));
        }
        return config;
    }
}
