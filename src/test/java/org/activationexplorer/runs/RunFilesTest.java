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
import org.activationexplorer.train.LayerHealth;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFilesTest {
    @TempDir
    Path dir;

    /**
     * A real run (MLP, PAU per channel, version 1) with the values a diverged run has put in: NaN and infinite
     * losses, a NaN test loss, an update ratio of −∞.
     */
    static RunRecord sample() {
        RunRecord run;
        try {
            run = RunFiles.load(RunFileSamples.get("mlp-pau-channel"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        float[] losses = run.losses().clone();
        losses[1] = Float.NaN;
        losses[2] = Float.POSITIVE_INFINITY;
        List<EpochResult> epochs = new java.util.ArrayList<>(run.epochs());
        EpochResult e = epochs.get(0);
        epochs.set(0, new EpochResult(e.epoch(), e.trainLoss(), Double.NaN, e.testAccuracy(), e.samplesPerSecond(),
                e.trainSeconds(), e.evalSeconds(), List.of(new LayerHealth(1, 1, 0, 0, Double.NEGATIVE_INFINITY))));
        return new RunRecord(run.config(), run.steps(), losses, run.lossStride(), epochs, run.frames(),
                run.weights(), run.input());
    }

    /** Handmade frames (not for a file: their layers fit no network), for what a record computes. */
    private static RunRecord inMemory() {
        List<RunRecord.Frame> frames = List.of(
                new RunRecord.Frame(0, 0, List.of(layer(-3, 3, 0), layer(-4, 2.5, 1))),
                new RunRecord.Frame(1, 0, List.of(layer(-3, 3, 2), layer(-4, 2.5, 3))),
                new RunRecord.Frame(37, 1, List.of(layer(-5.25, 3.5, 4), layer(-4, 2.5, 5))));
        return new RunRecord(RunConfig.defaults(), 37, new float[18], 2, List.of(), frames, Map.of());
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
        RunRecord run = inMemory();
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
        assertRefused(file);
        Files.write(file, new byte[0]);
        assertRefused(file);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("absent.aerun");
        assertRefused(file);
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
            } catch (RunFileException e) {
                assertEquals(cut, e.file());
            } catch (IOException | RuntimeException e) {
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
        assertRefused(file);
    }

    @Test
    void aNewerVersionAsksForANewerProgram() throws IOException {
        Path file = rewrite("newer.aerun", json -> json.addProperty("version", RunFiles.VERSION + 1), null);
        assertRefused(file);
    }

    /** A real run with a family per layer (Taylor of degree 5 on tanh, then ReLU), a cosine schedule and clipping. */
    private static RunRecord withRoutines() {
        try {
            return RunFiles.load(RunFileSamples.get("mlp-per-layer"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        assertEquals(List.of("taylor", "relu"), back.familyNames());
        assertEquals(Map.of("degree", 5.0, "clamp", 4.0), back.activation(0).params());
        assertEquals("tanh", back.activation(0).init());
        assertEquals(Sharing.CHANNEL, back.activation(0).sharing());
        assertEquals("cosine", back.schedule());
        assertEquals(1, back.clipNorm());
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
        assertRefused(bad);
    }

    @Test
    void anUnknownVersionOrForeignFormatIsNamed() throws IOException {
        Path old = rewrite("old.aerun", json -> json.addProperty("version", 0), null);
        assertRefused(old);
        Path noVersion = rewrite("noversion.aerun", json -> json.remove("version"), null);
        assertRefused(noVersion);
        Path foreign = rewrite("foreign.aerun", json -> json.addProperty("format", "some-other-tool"), null);
        assertRefused(foreign);
    }

    @Test
    void inconsistentContentIsDamageNamedByWhatIsWrong() throws IOException {
        Path shortArrays = rewrite("short.aerun", json -> {}, bytes -> Arrays.copyOf(bytes, bytes.length - 4));
        assertRefused(shortArrays);
        Path longArrays = rewrite("long.aerun", json -> {}, bytes -> Arrays.copyOf(bytes, bytes.length + 4));
        assertRefused(longArrays);
        Path noSteps = rewrite("nosteps.aerun", json -> json.remove("steps"), null);
        assertRefused(noSteps);
        Path badFamily = rewrite("family.aerun", json -> json.getAsJsonObject("config").getAsJsonObject("activation")
                .addProperty("family", "no_such_family"), null);
        assertRefused(badFamily);
        Path wrongType = rewrite("type.aerun", json -> json.addProperty("frames", "many"), null);
        assertRefused(wrongType);
        Path badJson = rewrite("json.aerun", null, null);
        assertRefused(badJson);
    }

    @Test
    void theInputShapeIsSavedAndReadBack() throws IOException {
        RunRecord colour = RunFiles.load(RunFileSamples.get("lenet-colour"));
        assertEquals(ImageShape.CIFAR10, colour.input());
        Path file = dir.resolve("colour.aerun");
        RunFiles.save(colour, file);

        assertEquals(ImageShape.CIFAR10, RunFiles.load(file).input());
    }

    /** A run without a shape is written as every run file was before shapes were recorded, and such files load. */
    @Test
    void aRunFileFromBeforeInputShapesStillLoads() throws IOException {
        RunRecord s = sample();
        Path file = dir.resolve("old.aerun");
        RunFiles.save(new RunRecord(s.config(), s.steps(), s.losses(), s.lossStride(), s.epochs(), s.frames(),
                s.weights(), null), file);
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
        assertRefused(zero);
        Path huge = rewrite("huge.aerun", json -> json.add("input", JsonParser.parseString(
                "{\"channels\": 3, \"rows\": 100000, \"cols\": 100000}")), null);
        assertRefused(huge);
        Path text = rewrite("text.aerun", json -> json.add("input", JsonParser.parseString(
                "{\"channels\": \"three\", \"rows\": 32, \"cols\": 32}")), null);
        assertRefused(text);
    }

    /** Loading `file` fails with the one exception type, naming the file first, and leaves the file as it was. */
    private static void assertRefused(Path file) {
        byte[] before = bytesOf(file);
        RunFileException e = assertThrows(RunFileException.class, () -> RunFiles.load(file));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertArrayEquals(before, bytesOf(file), "reading never writes");
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
