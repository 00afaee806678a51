package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * predict on MNIST's own test digits saved as PNG files: MNIST was made with the preprocessing predict applies, so
 * its answers on the files should be the network's answers on the dataset's images.
 */
class PredictCommandTest {
    private static final int DIGITS = 100;

    @TempDir
    static Path dir;
    private static Path run;
    private static final List<String> lightOnDark = new ArrayList<>();
    private static final List<String> darkOnLight = new ArrayList<>();
    private static final List<String> enlarged = new ArrayList<>();
    /** The network's answers on the dataset's own images, and the probability it gave each. */
    private static final int[] expected = new int[DIGITS];
    private static final double[] confidence = new double[DIGITS];

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int predict(List<String> images, String... options) {
        List<String> args = new ArrayList<>(List.of("predict", "--run", run.toString()));
        for (String image : images) {
            args.addAll(List.of("--image", image));
        }
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @BeforeAll
    static void trainAndSaveTheDigits() throws IOException {
        run = dir.resolve("small.aerun");
        StringWriter trainErr = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"train", "--limit", "3000", "--epochs", "1", "--hidden", "64", "--batch",
                "64", "--save", run.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(trainErr)),
                trainErr.toString());
        Dataset mnist = Dataset.load(Path.of("datasets", "mnist")); // not kept: 235 MB
        try (RunNetwork network = RunNetwork.of(RunFiles.load(run), mnist)) {
            double[][] p = network.probabilities(mnist.testImages(), DIGITS);
            for (int i = 0; i < DIGITS; i++) {
                expected[i] = RunNetwork.predicted(p[i]);
                confidence[i] = p[i][expected[i]];
            }
        }
        for (int i = 0; i < DIGITS; i++) {
            byte[] pixels = mnist.testImagePixels(i);
            lightOnDark.add(write(pixels, false, "digit-" + i + ".png"));
            darkOnLight.add(write(pixels, true, "digit-" + i + "-inverted.png"));
            enlarged.add(enlarge(pixels, i, "digit-" + i + "-enlarged.png"));
        }
    }

    /**
     * The digit dark on light, 6 times larger (smoothly: bilinear), somewhere in a 300 × 250 canvas: not MNIST's own
     * pixels, so scaling and centring have their work to do.
     */
    private static String enlarge(byte[] pixels, int i, String name) throws IOException {
        BufferedImage digit = image(pixels, true);
        BufferedImage canvas = new BufferedImage(300, 250, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = canvas.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 250);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(digit, 17 + i % 50 * 2, 9 + i % 30 * 2, 28 * 6, 28 * 6, null);
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(canvas, "png", file.toFile());
        return file.toString();
    }

    private static BufferedImage image(byte[] pixels, boolean inverted) {
        BufferedImage image = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < pixels.length; i++) {
            image.getRaster().setSample(i % 28, i / 28, 0, inverted ? 255 - (pixels[i] & 0xFF) : pixels[i] & 0xFF);
        }
        return image;
    }

    private static String write(byte[] pixels, boolean inverted, String name) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(image(pixels, inverted), "png", file.toFile());
        return file.toString();
    }

    /** The answers of predict, one JSON object per image, in order. */
    private List<JsonObject> answers() {
        return out.toString().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    /** The class predict answers for each image, in order, after checking it answered once for each. */
    private int[] predicted(List<String> images) {
        assertEquals(0, predict(images), err.toString());
        List<JsonObject> answers = answers();
        assertEquals(images.size(), answers.size());
        return answers.stream().mapToInt(a -> a.get("predicted").getAsInt()).toArray();
    }

    private static int agreeing(int[] answers) {
        int agree = 0;
        for (int i = 0; i < DIGITS; i++) {
            agree += answers[i] == expected[i] ? 1 : 0;
        }
        return agree;
    }

    @Test
    void mnistsTestDigitsAsPngFilesGetTheAnswersTheNetworkGivesOnTheDataset() {
        List<String> images = new ArrayList<>(lightOnDark);
        images.addAll(darkOnLight);

        int[] answers = predicted(images);

        // measured (a network 82 of these 100 right): 100 of 100 agree, as they are and inverted, with the very same
        // probabilities both ways; also 100 % of all 10000, and with a network trained on all of MNIST (97.3 % right)
        int light = agreeing(Arrays.copyOfRange(answers, 0, DIGITS));
        int dark = agreeing(Arrays.copyOfRange(answers, DIGITS, 2 * DIGITS));
        assertTrue(light >= 98, light + " of " + DIGITS + " agree (light on dark)");
        assertTrue(dark >= 98, dark + " of " + DIGITS + " agree (dark on light)");
        List<JsonObject> lines = answers();
        for (int i = 0; i < DIGITS; i++) {
            assertEquals(lines.get(i).get("probabilities"), lines.get(DIGITS + i).get("probabilities"), "digit " + i);
        }
    }

    @Test
    void enlargedOffCentreDigitsChangeOnlyAnswersTheNetworkWasUnsureOf() {
        int[] answers = predicted(enlarged);

        // measured: 91 of 100 agree, and the 9 that changed had at most probability 0.52 on the dataset's image (the
        // two resamplings blur a little); over all 10000, 93.2 %; a network trained on all of MNIST, 98.6 %
        assertTrue(agreeing(answers) >= 86, agreeing(answers) + " of " + DIGITS + " agree");
        for (int i = 0; i < DIGITS; i++) {
            if (answers[i] != expected[i]) {
                assertTrue(confidence[i] < 0.7, "digit " + i + " changed, its answer had probability " + confidence[i]);
            }
        }
    }

    @Test
    void eachAnswerNamesTheImageAsGivenWithTenProbabilitiesThatSumToOne() {
        assertEquals(0, predict(List.of(lightOnDark.get(0), darkOnLight.get(1))), err.toString());

        List<JsonObject> answers = answers();
        assertEquals(2, answers.size());
        assertEquals(lightOnDark.get(0), answers.get(0).get("image").getAsString());
        assertEquals(darkOnLight.get(1), answers.get(1).get("image").getAsString());
        for (JsonObject answer : answers) {
            JsonArray p = answer.getAsJsonArray("probabilities");
            assertEquals(10, p.size());
            double sum = 0, best = -1;
            int argmax = -1;
            for (int j = 0; j < 10; j++) {
                sum += p.get(j).getAsDouble();
                if (p.get(j).getAsDouble() > best) {
                    best = p.get(j).getAsDouble();
                    argmax = j;
                }
            }
            assertEquals(1, sum, 1e-4); // each printed to 6 significant digits
            assertEquals(argmax, answer.get("predicted").getAsInt());
        }
    }

    /** One "error:" line naming `file` and its problem, the pointer to --help, exit 2, and no answers at all. */
    private void assertRefused(int code, String file, String why) {
        assertEquals(2, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(2, lines.size(), err.toString());
        assertEquals("error: " + file + ": " + why, lines.get(0));
        assertEquals("", out.toString());
    }

    @Test
    void aMissingFileIsNamedAndNothingIsAnswered() {
        String missing = dir.resolve("no-such.png").toString();
        assertRefused(predict(List.of(lightOnDark.get(0), missing)), missing, "does not exist");
    }

    @Test
    void aFileThatIsNoImageIsNamed() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a picture");
        assertRefused(predict(List.of(notes.toString())), notes.toString(),
                "not an image that can be read (PNG, JPEG, GIF or BMP)");
    }

    @Test
    void aCutShortImageIsCalledDamaged() throws IOException {
        Path whole = Path.of(lightOnDark.get(2));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(Files.readAllBytes(whole), 60));
        assertRefused(predict(List.of(cut.toString())), cut.toString(), "damaged image (Error reading PNG image data)");
    }

    @Test
    void aFolderIsNotAnImage() {
        assertRefused(predict(List.of(dir.toString())), dir.toString(), "is a folder, not an image");
    }

    @Test
    void aBlankImageIsRefusedAsHavingNoInk() throws IOException {
        Path blank = Path.of(write(new byte[784], false, "blank.png"));
        assertRefused(predict(List.of(blank.toString())), blank.toString(), "no ink: the image is one shade");
    }

    /** A dataset folder of `count` side × side images, labels 0 to classes − 1, in the four IDX files. */
    private static Path dataset(String name, int side, int classes) throws IOException {
        Path folder = Files.createDirectory(dir.resolve(name));
        int count = 6;
        for (String prefix : List.of("train", "t10k")) {
            try (DataOutputStream images = new DataOutputStream(Files.newOutputStream(
                    folder.resolve(prefix + "-images-idx3-ubyte")));
                 DataOutputStream labels = new DataOutputStream(Files.newOutputStream(
                    folder.resolve(prefix + "-labels-idx1-ubyte")))) {
                images.writeInt(0x803);
                images.writeInt(count);
                images.writeInt(side);
                images.writeInt(side);
                labels.writeInt(0x801);
                labels.writeInt(count);
                for (int i = 0; i < count; i++) {
                    for (int p = 0; p < side * side; p++) {
                        images.writeByte((i * 31 + p * 7) % 256);
                    }
                    labels.writeByte(i % classes);
                }
            }
        }
        return folder;
    }

    @Test
    void aDatasetOfAnotherClassCountIsRefusedNamingTheWeightThatDoesNotFit() throws IOException {
        Path threeClasses = dataset("three-classes", 28, 3);

        assertEquals(2, predict(List.of(lightOnDark.get(0)), "--dataset", threeClasses.toString()));
        assertEquals("error: " + run + ": weight '2.weight' has 640 values in the run file but 192 in the network "
                + "(a run of another dataset?)", err.toString().lines().findFirst().orElse(""));
    }

    @Test
    void aDatasetOfAnotherImageSizeIsRefused() throws IOException {
        Path small = dataset("eight-by-eight", 8, 10);

        assertEquals(2, predict(List.of(lightOnDark.get(0)), "--dataset", small.toString()));
        assertEquals("error: " + small + ": its images are 8×8, predict makes 28×28 ones",
                err.toString().lines().findFirst().orElse(""));
    }
}
