package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> lines() {
        return out.toString().lines().toList();
    }

    @Test
    void trainPrintsOneJsonLinePerEpoch() {
        assertEquals(0, run("train", "--limit", "600", "--epochs", "2", "--batch", "64", "--hidden", "32"), err.toString());
        assertEquals(2, lines().size(), out.toString());
        var layers = com.google.gson.JsonParser.parseString(lines().get(1)).getAsJsonObject().getAsJsonArray("layers");
        assertEquals(1, layers.size(), "one health object per activation layer (--hidden 32: one)");
        for (String key : List.of("dead_fraction", "saturated_fraction", "mean_abs_slope", "grad_norm", "update_ratio")) {
            assertTrue(layers.get(0).getAsJsonObject().has(key), key);
        }
        for (String key : List.of("\"epoch\": 2", "\"train_loss\"", "\"test_loss\"", "\"test_acc\"", "\"samples_per_s\"",
                "\"seconds\"")) {
            assertTrue(lines().get(1).contains(key), lines().get(1));
        }
    }

    @Test
    void benchEndsWithAJsonSummary() {
        assertEquals(0, run("bench", "--limit", "1000", "--hidden", "64", "--warmup", "2", "--steps", "3",
                "--passes", "3"), err.toString());
        String last = lines().get(lines().size() - 1);
        for (String key : List.of("\"samples_per_s\"", "\"arch\": \"mlp\"", "\"activation\": \"relu\"", "\"batch\": 128",
                "\"blas\"")) {
            assertTrue(last.contains(key), last);
        }
        assertEquals(4, lines().size());
    }

    @Test
    void benchAgainstAReferenceInterleavesPassesAndReportsTheirRatio() {
        assertEquals(0, run("bench", "--activation", "pau", "--against", "relu", "--limit", "1000", "--hidden", "64",
                "--warmup", "2", "--steps", "3", "--passes", "3"), err.toString());
        assertEquals(4, lines().size(), "three pass pairs and the summary");
        for (String pass : lines().subList(0, 3)) {
            assertTrue(pass.contains("\"reference_samples_per_s\"") && pass.contains("\"ratio\""), pass);
        }
        String last = lines().get(3);
        assertTrue(last.contains("\"activation\": \"pau\"") && last.contains("\"against\": \"relu\"")
                && last.contains("\"ratio\""), last);
        assertEquals(2, run("bench", "--against", "no_such_family", "--limit", "1000", "--passes", "1"));
        assertTrue(err.toString().contains("--against"), err.toString());
    }

    private List<String> errorLines() {
        return err.toString().lines().toList();
    }

    /** One "error:" line naming the problem and one pointing to the command's --help; never the usage itself. */
    private void assertBadArgumentsSaidBriefly(String command) {
        List<String> lines = errorLines();
        assertEquals(2, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("error: "), err.toString());
        assertTrue(lines.get(1).contains("'" + command + " --help'"), err.toString());
        assertFalse(err.toString().contains("Usage"), err.toString());
    }

    /** A runtime failure: one "error:" line that names `path` and says more than the path; no stack trace. */
    private void assertFailureSaysWhy(Path path) {
        List<String> lines = errorLines();
        assertEquals(1, lines.size(), err.toString());
        String line = lines.get(0);
        assertTrue(line.startsWith("error: ") && line.contains(path.toString()), line);
        assertTrue(line.length() > "error: ".length() + path.toString().length() + 2, "a reason, not only the path");
        assertFalse(line.contains("Exception") || line.contains("java.") || line.contains("Usage"), line);
    }

    private Path savedRun(Path dir) {
        Path file = dir.resolve("run.aerun");
        assertEquals(0, run("train", "--limit", "300", "--epochs", "1", "--hidden", "16", "--batch", "64", "--save",
                file.toString()), err.toString());
        err.getBuffer().setLength(0);
        return file;
    }

    @Test
    void aBadOptionValueIsOneLineAndAPointerToHelpNotTheUsage() {
        assertEquals(2, run("train", "--epochs", "zero"));
        assertBadArgumentsSaidBriefly("explorer train");
        assertTrue(errorLines().get(0).contains("--epochs") && errorLines().get(0).contains("zero"), err.toString());
    }

    @Test
    void aMisspelledOptionSuggestsTheRightOne() {
        assertEquals(2, run("export", "--fromat", "svg"));
        assertBadArgumentsSaidBriefly("explorer export");
        assertTrue(errorLines().get(0).contains("--format"), err.toString());
    }

    @Test
    void noCommandPointsToTheListOfCommands() {
        assertEquals(2, run());
        assertBadArgumentsSaidBriefly("explorer");
    }

    @Test
    void invalidSettingsAreNamedWithTheirRange() {
        assertEquals(2, run("train", "--batch", "0", "--lr", "-1"));
        assertTrue(err.toString().contains("batch size must be 1 to 4096, got 0"), err.toString());
        assertTrue(err.toString().contains("learning rate must be in"), err.toString());
        assertBadArgumentsSaidBriefly("explorer train");
    }

    @Test
    void enumOptionsAcceptAnyCase() {
        assertEquals(0, run("train", "--sharing", "channel", "--weight-init", "he", "--activation", "prelu", "--limit",
                "300", "--epochs", "1", "--hidden", "16", "--batch", "64"), err.toString());
        assertEquals(1, lines().size(), out.toString());
    }

    @Test
    void namedChoicesAcceptAnyCase() {
        assertEquals(0, run("train", "--arch", "MLP", "--activation", "PAU", "--init", "Leaky_ReLU", "--optimizer",
                "Adam", "--blas", "AUTO", "--limit", "300", "--epochs", "1", "--hidden", "16", "--batch", "64"),
                err.toString());
        assertEquals(0, run("curve", "--activation", "GELU", "--points", "2"), err.toString());
    }

    @Test
    void exportToAFolderThatCannotBeCreatedSaysWhy(@TempDir Path dir) throws java.io.IOException {
        Path file = savedRun(dir);
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        for (Path outDir : List.of(notes.resolve("figures"), notes)) {
            err.getBuffer().setLength(0);
            assertEquals(1, run("export", "--run", file.toString(), "--format", "csv", "--out", outDir.toString()));
            assertFailureSaysWhy(outDir);
            assertTrue(errorLines().get(0).contains("is a file"), err.toString());
        }
        if (java.nio.file.Files.isDirectory(Path.of("/proc/self"))) { // Linux: /proc refuses new folders
            err.getBuffer().setLength(0);
            assertEquals(1, run("export", "--run", file.toString(), "--format", "svg", "--out", "/proc/nope"));
            assertFailureSaysWhy(Path.of("/proc/nope"));
        }
    }

    @Test
    void aFolderGivenAsTheRunFileIsCalledAFolder(@TempDir Path dir) {
        assertEquals(2, run("curve", "--run", dir.toString()));
        assertBadArgumentsSaidBriefly("explorer curve");
        assertTrue(errorLines().get(0).contains(dir + ": is a folder"), err.toString());
    }

    @Test
    void aFileGivenAsTheDatasetIsCalledAFileNotMissing(@TempDir Path dir) throws java.io.IOException {
        Path notes = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a dataset");
        int code = run("train", "--dataset", notes.toString(), "--epochs", "1");
        assertTrue(code != 0, err.toString());
        assertFailureSaysWhy(notes);
        assertFalse(err.toString().contains("not found") || err.toString().contains("does not exist"), err.toString());
    }

    @Test
    void aFailureWithoutWordsIsAnInternalErrorWithoutAStackTrace() {
        var command = new picocli.CommandLine(new Cli()).setErr(new PrintWriter(err));
        assertEquals(1, ErrorMessages.failure(new NullPointerException("Cannot invoke \"Object.toString()\""), command,
                null));
        assertTrue(errorLines().size() <= 2 && errorLines().get(0).startsWith("error: "), err.toString());
        assertFalse(err.toString().contains("Exception") || err.toString().contains("Cannot invoke"), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(1, ErrorMessages.failure(new java.nio.file.AccessDeniedException("/data/mnist"), command, null));
        assertFailureSaysWhy(Path.of("/data/mnist"));
        assertTrue(err.toString().contains("permission"), err.toString());
    }

    @Test
    void anUnknownActivationListsTheValidOnes() {
        assertEquals(2, run("train", "--activation", "swish2"));
        assertTrue(err.toString().contains("unknown activation 'swish2'") && err.toString().contains("relu"), err.toString());
    }

    @Test
    void anUnknownInitialisationIsRefusedWithTheValidOnes() {
        assertEquals(2, run("train", "--activation", "pau", "--init", "bogus"));
        assertTrue(err.toString().contains("pau has no initialisation 'bogus'") && err.toString().contains("leaky_relu"),
                err.toString());
    }

    @Test
    void aMissingDatasetFolderIsNamed(@TempDir Path empty) {
        assertEquals(1, run("train", "--dataset", empty.toString()));
        assertTrue(err.toString().contains(empty.toString()), err.toString());
    }

    @Test
    void curvePrintsCsvWithTheRequestedPoints() {
        assertEquals(0, run("curve", "--activation", "leaky_relu", "--param", "slope=0.1", "--range", "-2:2",
                "--points", "5"), err.toString());
        assertEquals(List.of("x,y,dy", "-2.00000,-0.200000000,0.100000000", "-1.00000,-0.100000000,0.100000000",
                "0.00000,0.00000000,0.100000000", "1.00000,1.00000000,1.00000000", "2.00000,2.00000000,1.00000000"), lines());
    }

    @Test
    void curveOfATrainableFamilyStartsAtItsInitialisation() {
        assertEquals(0, run("curve", "--activation", "pau", "--init", "identity", "--range", "-1:1", "--points", "3"),
                err.toString());
        assertEquals(List.of("x,y,dy", "-1.00000,-1.00000000,1.00000000", "0.00000,0.00000000,1.00000000",
                "1.00000,1.00000000,1.00000000"), lines());
    }

    @Test
    void listActivationsNamesEveryTrainableFamilyWithItsParameters() {
        assertEquals(0, run("list-activations"));
        for (String name : List.of("taylor", "pau", "apa", "swish_beta", "prelu", "apl", "kan_spline", "ditac", "yevick",
                "erf_exp", "--param degree=3", "--init leaky_relu")) {
            assertTrue(out.toString().contains(name), name);
        }
    }

    @Test
    void listActivationsNamesEveryFixedFamily() {
        assertEquals(0, run("list-activations"));
        for (String name : List.of("identity", "relu", "leaky_relu", "elu", "selu", "sigmoid", "tanh", "softplus", "silu",
                "gelu", "mish")) {
            assertTrue(out.toString().contains(name), name);
        }
    }

    @Test
    void trainSavesARunFileWhoseLayersCurvePrints(@TempDir Path dir) {
        Path file = dir.resolve("run.aerun");
        assertEquals(0, run("train", "--activation", "pau", "--limit", "600", "--epochs", "1", "--batch", "64", "--hidden",
                "32,16", "--save", file.toString()), err.toString());
        assertTrue(err.toString().contains("saved " + file), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("curve", "--run", file.toString(), "--layer", "2"), err.toString());
        String[] lines = out.toString().trim().split("\\R");
        assertEquals("x,y,dy", lines[0]);
        assertEquals(257, lines.length, "the recorded 256-point curve");
        out.getBuffer().setLength(0);
        assertEquals(0, run("curve", "--run", file.toString(), "--layer", "1", "--step", "0"));
        assertTrue(err.toString().contains("step 0 (epoch 0)"), "the initial frame");
        assertEquals(2, run("curve", "--run", file.toString(), "--layer", "3"));
        assertTrue(err.toString().contains("--layer must be 1 to 2"), err.toString());
        for (String step : List.of("-1", "100000")) { // not the first or last frame in silence
            assertEquals(2, run("curve", "--run", file.toString(), "--layer", "1", "--step", step), step);
            assertEquals(2, run("fit", "--run", file.toString(), "--layer", "1", "--step", step), step);
        }
    }

    @Test
    void aFamilyPerLayerTrainsAndItsRunFileKeepsEachLayersFamilyScheduleAndClipping(@TempDir Path dir)
            throws java.io.IOException {
        Path file = dir.resolve("mixed.aerun");
        assertEquals(0, run("train", "--activation", "SLAF,relu", "--param", "1:degree=3", "--schedule", "Cosine",
                "--clip-norm", "1", "--limit", "300", "--epochs", "1", "--batch", "64", "--hidden", "16,16", "--save",
                file.toString()), err.toString());
        assertEquals(2, com.google.gson.JsonParser.parseString(lines().get(0)).getAsJsonObject().getAsJsonArray("layers")
                .size());
        var config = org.activationexplorer.runs.RunFiles.load(file).config();
        assertEquals(List.of("slaf", "relu"), config.familyNames());
        assertEquals(java.util.Map.of("degree", 3.0), config.activation(0).params());
        assertEquals("cosine", config.schedule());
        assertEquals(1, config.clipNorm());
    }

    @Test
    void aWrongNumberOfFamiliesIsRefusedNamingTheNetworksActivationLayers() {
        assertEquals(2, run("train", "--activation", "slaf,relu,tanh", "--limit", "300"));
        assertBadArgumentsSaidBriefly("explorer train");
        assertTrue(errorLines().get(0).contains("3 families given (slaf, relu, tanh), but MLP 256-256 has 2 activation "
                + "layers (dense 1, dense 2)"), err.toString());
    }

    @Test
    void aLayersOwnParameterOrInitialisationMustNameALayerTheNetworkHas() {
        assertEquals(2, run("train", "--activation", "slaf", "--param", "3:degree=2", "--limit", "300"));
        assertTrue(errorLines().get(0).contains("--param 3:degree=2.0: there is no activation layer 3; the network has 2"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("train", "--arch", "lenet5", "--activation", "relu", "--init", "x:tanh"));
        assertTrue(errorLines().get(0).contains("--init x:tanh: the layer before ':' must be a number"), err.toString());
    }

    @Test
    void aSharedParameterGoesToTheLayersWhoseFamilyHasItAndNoneIsAProblem() {
        assertEquals(2, run("train", "--activation", "relu,tanh", "--param", "degree=3", "--limit", "300"));
        assertTrue(errorLines().get(0).contains("--param degree: no layer's family (relu, tanh) has a parameter 'degree'"),
                err.toString());
        TrainingOptions options = new TrainingOptions();
        options.activation = List.of("taylor", "slaf");
        options.params.put("degree", 3.0);
        options.init = List.of("2:tanh");
        var config = options.toConfig();
        assertEquals(java.util.Map.of("degree", 3.0), config.activation(0).params(), "Taylor has a degree");
        assertEquals(java.util.Map.of("degree", 3.0), config.activation(1).params(), "and SLAF");
        assertEquals(List.of(), options.problems());
        assertEquals(null, config.activation(0).init());
        assertTrue(config.problems().get(0).startsWith("layer 2: slaf has no initialisation 'tanh'"),
                config.problems().toString());
    }

    @Test
    void aScheduleOrClipNormOutOfRangeIsNamed() {
        assertEquals(2, run("train", "--schedule", "linear", "--clip-norm", "-1", "--limit", "300"));
        assertTrue(errorLines().get(0).contains("schedule must be one of [constant, cosine, step], got 'linear'")
                && errorLines().get(0).contains("clip norm must be 0 (no clipping) or a positive number, got -1.0"),
                err.toString());
    }

    @Test
    void aDamagedRunFileIsNamedWithItsProblem(@TempDir Path dir) throws java.io.IOException {
        Path file = dir.resolve("bad.aerun");
        java.nio.file.Files.writeString(file, "not a zip");
        assertEquals(2, run("curve", "--run", file.toString()));
        assertTrue(err.toString().contains(file + ": not an Activation Explorer run file"), err.toString());
    }

    @Test
    void exportWritesEveryFormatFromARunFileWithoutADisplay(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("run.aerun"), outDir = dir.resolve("figures");
        assertEquals(0, run("train", "--activation", "taylor", "--limit", "1200", "--epochs", "1", "--batch", "64",
                "--hidden", "32,16", "--save", file.toString()), err.toString());
        java.util.Map<String, Path> written = new java.util.HashMap<>(); // each listed file by its name's ending
        for (String format : new String[] {"svg", "png", "csv", "gif"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("export", "--run", file.toString(), "--format", format, "--out", outDir.toString()),
                    err.toString());
            for (String line : lines()) {
                Path p = Path.of(line);
                assertTrue(java.nio.file.Files.exists(p), "listed and written: " + p);
                written.put(p.getFileName().toString().replaceFirst("^run-", "").replaceFirst("-step[0-9]+", ""), p);
            }
        }
        assertTrue(written.containsKey("loss-epochs.csv"), "the epochs CSV beside the loss CSV is listed: " + written);
        var svg = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(written.get("activations.svg").toFile());
        assertTrue(svg.getElementsByTagName("path").getLength() > 10 && svg.getElementsByTagName("text").getLength() > 10);
        var png = javax.imageio.ImageIO.read(written.get("loss.png").toFile());
        assertEquals(1800, png.getWidth(), "--scale 2 of the 900-point loss figure");
        assertEquals(840, png.getHeight());
        List<String> curves = java.nio.file.Files.readAllLines(written.get("activations.csv"));
        assertEquals("layer,x,y,dy,initial_y,initial_dy", curves.get(0));
        assertEquals(1 + 2 * 256, curves.size());
        List<String> loss = java.nio.file.Files.readAllLines(written.get("loss.csv"));
        assertEquals("batch,loss,smoothed", loss.get(0));
        assertTrue(loss.get(1).matches("[0-9]+,.*"), "batch is a whole training step: " + loss.get(1));
        try (var in = javax.imageio.ImageIO.createImageInputStream(written.get("activations.gif").toFile())) {
            var reader = javax.imageio.ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertTrue(reader.getNumImages(true) > 1, "an animation, one frame per recorded step");
        }
        assertEquals(2, run("export", "--run", file.toString(), "--what", "loss", "--format", "gif", "--out",
                outDir.toString()));
        assertTrue(err.toString().contains("gif animates the activations"));
    }

    @Test
    void aFiniteLossExplosionEndsTrainWithExitThreeAndOneLine() {
        // Taylor per neuron at lr 1 rose to a loss of 3e30 and used to "finish" at 9.8 %
        assertEquals(3, run("train", "--activation", "taylor", "--sharing", "CHANNEL", "--lr", "1", "--activation-lr", "1",
                "--epochs", "1", "--limit", "2000"));
        assertEquals(0, lines().size(), "no epoch line: it never finished an epoch");
        List<String> errors = err.toString().lines().filter(l -> l.startsWith("error")).toList();
        assertEquals(1, errors.size(), err.toString());
        assertTrue(errors.get(0).contains("epoch 1"), errors.get(0));
    }

    @Test
    void aSaveTargetThatCannotBeWrittenIsRefusedBeforeTraining(@TempDir Path dir) {
        assertEquals(2, run("train", "--limit", "300", "--epochs", "1", "--save", dir.resolve("no/such/run.aerun").toString()));
        assertEquals(0, lines().size(), "nothing trained");
        assertEquals(2, run("train", "--limit", "300", "--epochs", "1", "--save", dir.toString()));
    }

    @Test
    void lessonsListsAtLeastEightWithIdAndTitleAndTrainRunsOne() {
        assertEquals(0, run("lessons"));
        assertTrue(lines().size() >= 8, out.toString());
        assertTrue(lines().stream().allMatch(l -> l.matches("[a-z0-9-]+\t.+")), out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("train", "--lesson", "one-kink"), err.toString());
        assertEquals(2, lines().size(), "the lesson's two epochs: " + out);
        assertEquals(2, run("train", "--lesson", "no-such-lesson"));
    }

    private static final String[] RACE_OPTIONS = {"--epochs", "2", "--limit", "2000", "--batch", "64", "--hidden", "32"};

    private static com.google.gson.JsonObject json(String line) {
        return com.google.gson.JsonParser.parseString(line).getAsJsonObject();
    }

    private static String[] with(String[] options, String... args) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(options))
                .toArray(String[]::new);
    }

    @Test
    void raceGivesEachFamilyExactlyTheNumbersOfItsSoloTrainRun() {
        assertEquals(0, run(with(RACE_OPTIONS, "race", "--activations", "relu,pau")), err.toString());
        List<com.google.gson.JsonObject> raced = lines().stream().map(CliTest::json).toList();
        assertEquals(List.of("relu", "pau", "relu", "pau"),
                raced.stream().map(o -> o.get("activation").getAsString()).toList(), "lanes end each epoch in turn");
        for (String family : List.of("relu", "pau")) {
            out.getBuffer().setLength(0);
            assertEquals(0, run(with(RACE_OPTIONS, "train", "--activation", family)), err.toString());
            List<com.google.gson.JsonObject> solo = lines().stream().map(CliTest::json).toList();
            List<com.google.gson.JsonObject> lane = raced.stream()
                    .filter(o -> o.get("activation").getAsString().equals(family)).toList();
            assertEquals(2, solo.size());
            for (int e = 0; e < 2; e++) {
                for (String key : List.of("epoch", "train_loss", "test_loss", "test_acc")) { // all but the timings
                    assertEquals(solo.get(e).get(key).getAsDouble(), lane.get(e).get(key).getAsDouble(),
                            family + " epoch " + (e + 1) + " " + key);
                }
                for (String key : List.of("samples_per_s", "seconds", "eval_seconds")) {
                    assertTrue(lane.get(e).get(key).getAsDouble() > 0, key);
                }
            }
        }
    }

    @Test
    void aDivergingFamilyIsOneErrorLineWhileTheOthersFinishThenExitThree() {
        // an activation learning rate of 10 moves only Taylor's coefficients (ReLU has none): see RaceTest
        assertEquals(3, run("race", "--activations", "taylor,relu", "--activation-lr", "10", "--hidden", "32,32",
                "--batch", "64", "--epochs", "1", "--limit", "2000"));
        List<String> errors = errorLines().stream().filter(l -> l.startsWith("error")).toList();
        assertEquals(1, errors.size(), err.toString());
        assertTrue(errors.get(0).startsWith("error: taylor diverged at epoch 1") && errors.get(0).contains("loss"),
                errors.get(0));
        assertEquals(1, lines().size(), out.toString());
        assertEquals("relu", json(lines().get(0)).get("activation").getAsString());
        assertEquals(1, json(lines().get(0)).get("epoch").getAsInt());
    }

    @Test
    void raceRefusesAListOfActivationsThatIsNotTwoToFourKnownDifferentFamilies() {
        for (String list : List.of("relu", "relu,RELU", "relu,no_such_family", "relu,pau,gelu,tanh,elu")) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("race", "--activations", list, "--limit", "300", "--epochs", "1"), list);
            assertBadArgumentsSaidBriefly("explorer race");
            assertTrue(errorLines().get(0).contains("--activations"), err.toString());
        }
        assertEquals(0, lines().size(), "nothing trained");
    }

    @Test
    void raceRefusesTheOptionsOfASingleFamily() {
        for (String[] option : List.of(new String[] {"--activation", "gelu"}, new String[] {"--param", "slope=0.1"},
                new String[] {"--init", "tanh"})) {
            err.getBuffer().setLength(0);
            assertEquals(2, run(with(option, "race", "--activations", "relu,pau")), option[0]);
            assertBadArgumentsSaidBriefly("explorer race");
            assertTrue(errorLines().get(0).contains(option[0] + " is not for race"), err.toString());
        }
    }

    @Test
    void raceSavesOneRunFilePerFamilyNamedByFamily(@TempDir Path dir) throws java.io.IOException {
        assertEquals(0, run("race", "--activations", "relu,pau", "--limit", "300", "--epochs", "1", "--hidden", "16",
                "--save-dir", dir.toString()), err.toString());
        for (String family : List.of("relu", "pau")) {
            var record = org.activationexplorer.runs.RunFiles.load(dir.resolve(family + ".aerun"));
            assertEquals(family, record.config().activation().family());
            assertEquals(1, record.epochs().size());
        }
        assertEquals(2, run("race", "--activations", "relu,pau", "--limit", "300", "--save-dir",
                dir.resolve("missing").toString()));
    }

    @Test
    void exportEvolutionWritesOneFigurePerLayer(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("r.aerun");
        assertEquals(0, run("train", "--limit", "600", "--epochs", "1", "--hidden", "16,16", "--activation", "pau",
                "--save", file.toString()), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("export", "--run", file.toString(), "--what", "evolution", "--format", "png", "--scale", "1",
                "--out", dir.resolve("evo").toString()), err.toString());
        assertEquals(2, lines().size(), "one file per activation layer: " + out);
        var image = javax.imageio.ImageIO.read(Path.of(lines().get(1)).toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(2, run("export", "--run", file.toString(), "--what", "evolution", "--format", "csv", "--out",
                dir.resolve("evo").toString()), "a figure only");
    }
}
