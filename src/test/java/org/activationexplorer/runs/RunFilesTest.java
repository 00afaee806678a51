package org.activationexplorer.runs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.nn.Init;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    @TempDir
    Path dir;

    /** A small run with every kind of content, NaN and infinities included (a diverged run has them). */
    static RunRecord sample() {
        RunConfig config = new RunConfig("mlp", List.of(32, 16),
                new ActivationConfig("taylor", Map.of("degree", 5.0, "clamp", 4.0), "tanh", Sharing.CHANNEL),
                "sgd", 0.05, 0.01, 0.8, 1e-4, 64, 2, 7, 1200, Init.XAVIER, "vector", 1);
        List<RunRecord.Frame> frames = List.of(
                new RunRecord.Frame(0, 0, List.of(layer(-3, 3, 0), layer(-4, 2.5, 1))),
                new RunRecord.Frame(1, 0, List.of(layer(-3, 3, 2), layer(-4, 2.5, 3))),
                new RunRecord.Frame(37, 1, List.of(layer(-5.25, 3.5, 4), layer(-4, 2.5, 5))));
        Map<String, float[]> weights = new LinkedHashMap<>();
        weights.put("0.weight", new float[] {0.5f, -0.25f, 1e-30f});
        weights.put("1.taylor", new float[] {1, 2, 3, 4, 5, 6});
        weights.put("2.bias", new float[0]);
        return new RunRecord(config, 37, new float[] {2.3f, Float.NaN, Float.POSITIVE_INFINITY, 0.1f}, 2,
                List.of(new EpochResult(1, 0.9, 0.5, 0.875, 12345.5, 1.5, 0.25),
                        new EpochResult(2, 0.4, Double.NaN, 0.9, 23456, 1.25, 0.125, List.of(
                                new org.activationexplorer.train.LayerHealth(1, 1, 0, 0, Double.NEGATIVE_INFINITY),
                                new org.activationexplorer.train.LayerHealth(0.25, 0.5, 0.75, 1.5, -2.5)))),
                frames, weights);
    }

    private static LayerCurve layer(double lo, double hi, int seed) {
        float[] y = new float[256], dy = new float[256];
        for (int i = 0; i < y.length; i++) {
            y[i] = (float) Math.sin(i * 0.1 + seed);
            dy[i] = (float) Math.cos(i * 0.1 + seed);
        }
        int[] histogram = new int[48];
        histogram[seed % 48] = 1000 + seed;
        return new LayerCurve(lo, hi, y, dy, histogram, new float[] {seed, -seed, 0.5f * seed});
    }

    @Test
    void aSavedRunReadsBackEqualInConfigurationHistoryFramesAndWeights() throws IOException {
        RunRecord run = sample();
        Path file = dir.resolve("run" + RunFiles.EXTENSION);
        RunFiles.save(run, file);
        RunRecord back = RunFiles.load(file);

        assertEquals(run.config(), back.config());
        assertEquals(run.steps(), back.steps());
        assertArrayEquals(run.losses(), back.losses());
        assertEquals(run.lossStride(), back.lossStride());
        assertEquals(run.epochs(), back.epochs(), "records compare NaN equal via Double.compare");
        assertEquals(run.frames().size(), back.frames().size());
        for (int f = 0; f < run.frames().size(); f++) {
            RunRecord.Frame a = run.frames().get(f), b = back.frames().get(f);
            assertEquals(a.step(), b.step());
            assertEquals(a.epoch(), b.epoch());
            assertEquals(a.layers().size(), b.layers().size());
            for (int l = 0; l < a.layers().size(); l++) {
                LayerCurve x = a.layers().get(l), y = b.layers().get(l);
                assertEquals(x.lo(), y.lo());
                assertEquals(x.hi(), y.hi());
                assertArrayEquals(x.y(), y.y());
                assertArrayEquals(x.dy(), y.dy());
                assertArrayEquals(x.histogram(), y.histogram());
                assertArrayEquals(x.parameters(), y.parameters());
            }
        }
        assertEquals(List.copyOf(run.weights().keySet()), List.copyOf(back.weights().keySet()), "names, in order");
        run.weights().forEach((name, w) -> assertArrayEquals(w, back.weights().get(name), name));
    }

    @Test
    void aRecordedLayerKnowsItsSamplePointsAndTheFrameAtAStep() {
        RunRecord run = sample();
        LayerCurve l = run.frames().get(2).layers().get(0);
        assertEquals(-5.25, l.x(0));
        assertEquals(3.5, l.x(255), 1e-12);
        assertEquals(0, run.frameAt(0).step());
        assertEquals(1, run.frameAt(36).step(), "the last frame at or before the step");
        assertEquals(37, run.frameAt(Long.MAX_VALUE).step());
        assertEquals(0, run.frameAt(-1).step(), "before the first: the first");
    }

    @Test
    void savingReplacesAtomicallyAndLeavesNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("run.aerun");
        RunFiles.save(sample(), file);
        RunFiles.save(sample(), file);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        IOException e = assertThrows(IOException.class, () -> RunFiles.save(sample(), dir.resolve("no/such/run.aerun")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void garbageIsNotARunFile() throws IOException {
        Path file = dir.resolve("garbage.aerun");
        Files.writeString(file, "garbage, not a ZIP");
        assertProblem(file, file + ": not an Activation Explorer run file");
        Files.write(file, new byte[0]);
        assertProblem(file, file + ": not an Activation Explorer run file");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.aerun");
        assertProblem(file, file + ": no such file");
    }

    @Test
    void everyTruncationOfARunFileIsReportedAsAProblemWithTheFile() throws IOException {
        Path good = dir.resolve("good.aerun");
        RunFiles.save(sample(), good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.aerun");
        int readable = 0;
        for (int n = 0; n < bytes.length; n += Math.max(1, bytes.length / 97)) {
            Files.write(cut, Arrays.copyOf(bytes, n));
            try {
                RunFiles.load(cut);
                readable++; // only possible once both entries are whole: the central directory alone was cut
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith(cut + ": "), e.getMessage());
            } catch (RuntimeException e) {
                throw new AssertionError("a truncation at " + n + " of " + bytes.length + " bytes crashed the reader", e);
            }
        }
        assertTrue(readable < 10, readable + " truncations read as whole runs");
    }

    @Test
    void aFlippedByteIsCaughtByTheZipChecksum() throws IOException {
        Path file = dir.resolve("flipped.aerun");
        RunFiles.save(sample(), file);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x5A;
        Files.write(file, bytes);
        IOException e = assertThrows(IOException.class, () -> RunFiles.load(file));
        assertTrue(e.getMessage().startsWith(file + ": damaged"), e.getMessage());
    }

    @Test
    void aNewerVersionAsksForANewerProgram() throws IOException {
        Path file = rewrite("newer.aerun", json -> json.addProperty("version", RunFiles.VERSION + 1), null);
        assertProblem(file, file + ": written by a newer Activation Explorer (run file version "
                + (RunFiles.VERSION + 1));
    }

    /** The sample with a family per layer (Taylor on tanh, then SLAF of degree 3), a cosine schedule and clipping. */
    private static RunRecord withRoutines() {
        RunRecord run = sample();
        RunConfig c = run.config().withLayerActivations(List.of(run.config().activation(),
                new ActivationConfig("slaf", Map.of("degree", 3.0), null, Sharing.CHANNEL))).withRoutine("cosine", 0.5);
        return new RunRecord(c, run.steps(), run.losses(), run.lossStride(), run.epochs(), run.frames(), run.weights());
    }

    private static int writtenVersion(Path file) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(RunFiles.JSON_ENTRY)) {
                    return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .getAsJsonObject().get("version").getAsInt();
                }
            }
        }
        throw new AssertionError("no " + RunFiles.JSON_ENTRY);
    }

    @Test
    void eachLayersFamilyTheScheduleAndTheClipNormReadBackAsVersionTwo() throws IOException {
        RunRecord run = withRoutines();
        Path file = dir.resolve("routines" + RunFiles.EXTENSION);
        RunFiles.save(run, file);
        RunConfig back = RunFiles.load(file).config();
        assertEquals(run.config(), back);
        assertEquals(List.of("taylor", "slaf"), back.familyNames());
        assertEquals(Map.of("degree", 3.0), back.activation(1).params());
        assertEquals("cosine", back.schedule());
        assertEquals(0.5, back.clipNorm());
        assertEquals(2, writtenVersion(file), "older programs refuse it rather than rebuild one family for all");
    }

    @Test
    void aRunWithoutThemIsStillWrittenAsVersionOne() throws IOException {
        Path file = dir.resolve("plain" + RunFiles.EXTENSION);
        RunFiles.save(sample(), file);
        assertEquals(1, writtenVersion(file), "every older program reads it exactly");
    }

    @Test
    void anOldRunFileLoadsAsOneFamilyForAllAConstantRateAndNoClipping() throws IOException {
        Path old = rewrite("old-v1.aerun", json -> { // as version 1 wrote them: none of the three fields
            JsonObject config = json.getAsJsonObject("config");
            config.remove("layerActivations");
            config.remove("schedule");
            config.remove("clipNorm");
            json.addProperty("version", 1);
        }, null);
        RunConfig back = RunFiles.load(old).config();
        assertEquals(sample().config(), back);
        assertEquals(List.of(), back.layerActivations());
        assertEquals("constant", back.schedule());
        assertEquals(0, back.clipNorm());
    }

    @Test
    void aWrongNumberOfLayerFamiliesInAFileIsAnInvalidConfiguration() throws IOException {
        Path file = dir.resolve("three.aerun");
        RunFiles.save(withRoutines(), file);
        Path bad = rewriteFile(file, "three-families.aerun", json -> json.getAsJsonObject("config")
                .getAsJsonArray("layerActivations").add(json.getAsJsonObject("config").getAsJsonObject("activation")));
        assertProblem(bad, bad + ": its configuration is invalid: activation: 3 families given");
    }

    @Test
    void anUnknownVersionOrForeignFormatIsNamed() throws IOException {
        Path old = rewrite("old.aerun", json -> json.addProperty("version", 0), null);
        assertProblem(old, old + ": unknown run file version 0");
        Path noVersion = rewrite("noversion.aerun", json -> json.remove("version"), null);
        assertProblem(noVersion, noVersion + ": unknown run file version");
        Path foreign = rewrite("foreign.aerun", json -> json.addProperty("format", "some-other-tool"), null);
        assertProblem(foreign, foreign + ": not an Activation Explorer run file (format \"some-other-tool\")");
    }

    @Test
    void inconsistentContentIsDamageNamedByWhatIsWrong() throws IOException {
        Path shortArrays = rewrite("short.aerun", json -> {}, bytes -> Arrays.copyOf(bytes, bytes.length - 4));
        assertProblem(shortArrays, shortArrays + ": damaged: arrays.bin has");
        Path longArrays = rewrite("long.aerun", json -> {}, bytes -> Arrays.copyOf(bytes, bytes.length + 4));
        assertProblem(longArrays, longArrays + ": damaged: arrays.bin has");
        Path noSteps = rewrite("nosteps.aerun", json -> json.remove("steps"), null);
        assertProblem(noSteps, noSteps + ": damaged run.json: 'steps' is missing");
        Path badFamily = rewrite("family.aerun", json -> json.getAsJsonObject("config").getAsJsonObject("activation")
                .addProperty("family", "no_such_family"), null);
        assertProblem(badFamily, badFamily + ": its configuration is invalid");
        Path wrongType = rewrite("type.aerun", json -> json.addProperty("frames", "many"), null);
        assertProblem(wrongType, wrongType + ": damaged run.json");
        Path badJson = rewrite("json.aerun", null, null);
        assertProblem(badJson, badJson + ": damaged run.json");
    }

    @Test
    void theInputShapeIsSavedAndReadBack() throws IOException {
        RunRecord s = sample();
        RunRecord colour = new RunRecord(s.config(), s.steps(), s.losses(), s.lossStride(), s.epochs(), s.frames(),
                s.weights(), ImageShape.CIFAR10);
        Path file = dir.resolve("colour.aerun");
        RunFiles.save(colour, file);

        assertEquals(ImageShape.CIFAR10, RunFiles.load(file).input());
    }

    /** A run without a shape is written as every run file was before shapes were recorded, and such files load. */
    @Test
    void aRunFileFromBeforeInputShapesStillLoads() throws IOException {
        Path file = dir.resolve("old.aerun");
        RunFiles.save(sample(), file);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            in.getNextEntry();
            JsonObject json = JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            assertEquals(java.util.Set.of("format", "version", "config", "steps", "lossStride", "losses", "epochs",
                    "frames", "weights"), json.keySet(), "the fields of version 1 before shapes, no more");
        }

        RunRecord back = RunFiles.load(file);

        assertNull(back.input());
        assertEquals(sample().config(), back.config());
    }

    @Test
    void aDamagedInputShapeIsNamed() throws IOException {
        Path zero = rewrite("zero.aerun", json -> json.add("input", JsonParser.parseString(
                "{\"channels\": 0, \"rows\": 32, \"cols\": 32}")), null);
        assertProblem(zero, zero + ": damaged run.json (input images of 0×32×32");
        Path huge = rewrite("huge.aerun", json -> json.add("input", JsonParser.parseString(
                "{\"channels\": 3, \"rows\": 100000, \"cols\": 100000}")), null);
        assertProblem(huge, huge + ": damaged run.json (input images of 3×100000×100000");
        Path text = rewrite("text.aerun", json -> json.add("input", JsonParser.parseString(
                "{\"channels\": \"three\", \"rows\": 32, \"cols\": 32}")), null);
        assertProblem(text, text + ": damaged run.json (input 'channels' is missing or not a number");
    }

    private static void assertProblem(Path file, String start) {
        IOException e = assertThrows(IOException.class, () -> RunFiles.load(file));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
    }

    /** A run file `file` with its run.json edited. */
    private Path rewriteFile(Path file, String name, java.util.function.Consumer<JsonObject> editJson)
            throws IOException {
        return rewrite(file, name, editJson, null);
    }

    /** A good run file with its run.json edited (null: replaced by broken JSON) and its arrays.bin edited. */
    private Path rewrite(String name, java.util.function.Consumer<JsonObject> editJson,
                         java.util.function.UnaryOperator<byte[]> editArrays) throws IOException {
        Path good = dir.resolve("good-" + name);
        RunFiles.save(sample(), good);
        return rewrite(good, name, editJson, editArrays);
    }

    private Path rewrite(Path good, String name, java.util.function.Consumer<JsonObject> editJson,
                         java.util.function.UnaryOperator<byte[]> editArrays) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        String json = new String(entries.get(RunFiles.JSON_ENTRY), StandardCharsets.UTF_8);
        if (editJson == null) {
            json = json.substring(0, json.length() / 2);
        } else {
            JsonObject root = JsonParser.parseString(json).getAsJsonObject();
            editJson.accept(root);
            json = root.toString();
        }
        entries.put(RunFiles.JSON_ENTRY, json.getBytes(StandardCharsets.UTF_8));
        if (editArrays != null) {
            entries.put(RunFiles.ARRAYS_ENTRY, editArrays.apply(entries.get(RunFiles.ARRAYS_ENTRY)));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        Path file = dir.resolve(name);
        Files.write(file, bytes.toByteArray());
        return file;
    }
}
