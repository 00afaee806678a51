package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json read strictly: numbers not converted round, enums not defaulted, required fields not invented. */
class RunFileJsonTest {
    @TempDir
    Path dir;
    private int made;

    private Path edited(String sample, Consumer<JsonObject> edit) throws IOException {
        return RunFileEdits.editJson(RunFileSamples.get(sample), dir.resolve("edited-" + made++ + ".aerun"), edit);
    }

    private static RunFileException refused(Path file) {
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.load(file));
        assertEquals(file, e.file());
        return e;
    }

    private static JsonObject config(JsonObject root) {
        return root.getAsJsonObject("config");
    }

    @Test
    void aVersionThatIsNotAWholeNumberInRangeIsRefusedNotConvertedRound() throws IOException {
        for (String version : List.of("4294967297", "-4294967295", "1.5", "1.9999", "1e10", "0", "1.0", "\"1\"",
                "true", "[1]", "{}", "NaN", "99999999999999999999999999999")) {
            Path file = edited("mlp-relu", r -> r.add("version", JsonParser.parseString(version)));
            RunFileException e = refused(file);
            assertFalse(e.getMessage().contains("1410065408"), e.getMessage());
        }
    }

    @Test
    void aLongVersionIsQuotedShortened() throws IOException {
        String digits = "9".repeat(10_000);
        Path file = edited("mlp-relu", r -> r.add("version", JsonParser.parseString(digits)));
        assertTrue(refused(file).getMessage().length() < 250);
    }

    @Test
    void anUnknownOrMissingSharingIsRefusedNotTakenAsLayer() throws IOException {
        refused(edited("mlp-pau-channel", r -> config(r).getAsJsonObject("activation")
                .addProperty("sharing", "SIDEWAYS")));
        refused(edited("mlp-pau-channel", r -> config(r).getAsJsonObject("activation").remove("sharing")));
    }

    @Test
    void anUnknownInitialisationOrBackendIsRefused() throws IOException {
        refused(edited("mlp-relu", r -> config(r).addProperty("init", "NOPE")));
        refused(edited("mlp-relu", r -> config(r).addProperty("blas", "bogus")));
        refused(edited("mlp-per-layer", r -> config(r).getAsJsonArray("layerActivations").get(0)
                .getAsJsonObject().addProperty("init", "NOPE")));
    }

    @Test
    void everyFieldOfTheFirstVersionIsRequired() throws IOException {
        for (String field : List.of("arch", "hidden", "activation", "optimizer", "learningRate",
                "activationLearningRate", "momentum", "weightDecay", "batchSize", "epochs", "seed", "limit", "init",
                "blas", "threads")) {
            refused(edited("mlp-relu", r -> config(r).remove(field)));
        }
        for (String field : List.of("format", "version", "config", "steps", "lossStride", "losses", "epochs",
                "frames", "weights")) {
            refused(edited("mlp-relu", r -> r.remove(field)));
        }
    }

    @Test
    void version2sFieldsAreRequiredInVersion2AndOptionalInVersion1() throws IOException {
        for (String field : List.of("layerActivations", "schedule", "clipNorm")) {
            refused(edited("mlp-per-layer", r -> config(r).remove(field)));
            RunFiles.load(edited("mlp-relu", r -> config(r).remove(field)));
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedWithoutLibraryText() throws IOException {
        List<JsonElement> wrong = List.of(JsonParser.parseString("\"NaN\""), JsonParser.parseString("{}"),
                JsonParser.parseString("[]"), JsonParser.parseString("true"), JsonParser.parseString("2.5"),
                JsonParser.parseString("\"text\""), com.google.gson.JsonNull.INSTANCE);
        for (String field : List.of("steps", "lossStride", "losses", "epochs", "frames", "weights", "config")) {
            for (JsonElement value : wrong) {
                RunFileException e = refused(edited("mlp-relu", r -> r.add(field, value)));
                for (String raw : List.of("For input string", "JsonObject", "null", "Exception")) {
                    assertFalse(e.getMessage().contains(raw), e.getMessage());
                }
            }
        }
    }

    @Test
    void aHugeTextIsNotEchoedWhole() throws IOException {
        String huge = "x".repeat(10 << 20);
        RunFileException e = refused(edited("mlp-relu", r -> config(r).addProperty("arch", huge)));
        assertTrue(e.getMessage().length() < 250, e.getMessage().length() + " characters");
    }

    @Test
    void aRunJsonOfMoreValuesThanAnyRunHasIsRefusedBeforeItIsParsed() throws IOException {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Path file = edited("mlp-relu", r -> {
            JsonArray ones = new JsonArray();
            for (int i = 0; i < 2 * RunJson.MAX_VALUES; i++) {
                ones.add(1);
            }
            r.add("notes", ones);
        });
        long before = threads.getCurrentThreadAllocatedBytes();
        refused(file);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(allocated < 32L << 20, allocated + " bytes allocated: the tree would take 200 MB");
    }

    @Test
    void theValueCountIsAnUpperBoundThatIgnoresStrings() {
        assertEquals(1, RunJson.values("1".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(7, RunJson.values("{\"a\": [1, 2], \"b,[{\\\"\": 3}".getBytes(
                java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void aFormatThatIsMissingOrNotTheTextOfRunFilesIsRefused() throws IOException {
        for (String format : List.of("null", "{}", "[\"activation-explorer-run\"]", "7", "\"activation-explorer\"")) {
            RunFileException e = refused(edited("mlp-relu", r -> r.add("format", JsonParser.parseString(format))));
            assertFalse(e.getMessage().contains("null"), e.getMessage());
        }
    }
}
