package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.activationexplorer.data.CifarFiles;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A CIFAR-10-format folder through the commands: train both networks, save, predict on colour pictures. */
class CifarCommandsTest {
    private static final List<String> NAMES = List.of("airplane", "automobile", "bird", "cat", "deer", "dog", "frog",
            "horse", "ship", "truck");

    @TempDir
    static Path dir;
    private static Path cifar;
    private static Path lenetRun;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private List<JsonObject> jsonLines() {
        return out.toString().lines().map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    @BeforeAll
    static void trainLenet5() throws IOException {
        cifar = CifarFiles.writeFolder(dir.resolve("cifar-10-batches-bin"), 20, 20);
        lenetRun = dir.resolve("lenet5.aerun");
        StringWriter trainErr = new StringWriter();
        assertEquals(0, Cli.run(new String[] {"train", "--dataset", cifar.toString(), "--arch", "lenet5", "--epochs",
                "1", "--batch", "16", "--save", lenetRun.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(trainErr)), trainErr.toString());
    }

    @Test
    void lenet5TrainsOnColourImagesAndItsRunFileKeepsTheirShape() throws IOException {
        assertEquals(0, run("train", "--dataset", cifar.toString(), "--arch", "lenet5", "--epochs", "2", "--batch",
                "16"), err.toString());
        List<JsonObject> epochs = jsonLines();
        assertEquals(2, epochs.size());
        for (JsonObject e : epochs) {
            assertTrue(Double.isFinite(e.get("train_loss").getAsDouble()), e.toString());
            double accuracy = e.get("test_acc").getAsDouble();
            assertTrue(accuracy >= 0 && accuracy <= 1, e.toString());
        }
        assertTrue(err.toString().contains("conv 3→6 5x5 → 28x28"), "three input channels, no padding: " + err);
        assertTrue(err.toString().contains("100 images of cifar-10-batches-bin"), err.toString());

        assertEquals(ImageShape.CIFAR10, RunFiles.load(lenetRun).input());
    }

    @Test
    void theMlpTrainsOnEveryValueOfAColourImage() {
        assertEquals(0, run("train", "--dataset", cifar.toString(), "--arch", "mlp", "--hidden", "32", "--epochs", "1",
                "--batch", "16", "--limit", "50"), err.toString());
        assertEquals(1, jsonLines().size());
        assertTrue(err.toString().contains("dense 3072→32"), err.toString());
    }

    @Test
    void predictAnswersAColourPictureWithAClassName() throws IOException {
        Dataset data = Dataset.load(cifar);
        Path picture = dir.resolve("test-image-2.png");
        ImageIO.write(picture(data.testImagePixels(2)), "png", picture.toFile());
        Path wide = dir.resolve("wide.png");
        ImageIO.write(new BufferedImage(90, 40, BufferedImage.TYPE_INT_RGB), "png", wide.toFile());

        assertEquals(0, run("predict", "--run", lenetRun.toString(), "--dataset", cifar.toString(), "--image",
                picture.toString(), "--image", wide.toString()), err.toString());

        List<JsonObject> answers = jsonLines();
        assertEquals(2, answers.size());
        int expected;
        try (RunNetwork network = RunNetwork.of(RunFiles.load(lenetRun), data)) {
            expected = RunNetwork.predicted(network.probabilities(data.testImagePixels(2)));
        }
        assertEquals(expected, answers.get(0).get("predicted").getAsInt(), "a 32×32 picture is the image itself");
        for (JsonObject a : answers) {
            int predicted = a.get("predicted").getAsInt();
            assertEquals(NAMES.get(predicted), a.get("class").getAsString());
            assertEquals(10, a.getAsJsonArray("probabilities").size());
        }
    }

    @Test
    void predictOnAColourRunNeedsTheDatasetItWasTrainedOn() throws IOException {
        Path picture = dir.resolve("black.png");
        ImageIO.write(new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());

        assertEquals(2, run("predict", "--run", lenetRun.toString(), "--image", picture.toString()));
        assertTrue(err.toString().contains(lenetRun.toString()), err.toString());
        assertTrue(out.toString().isEmpty());
    }

    @Test
    void aDamagedFolderIsRefusedNamingTheFile() throws IOException {
        Path damaged = CifarFiles.writeFolder(dir.resolve("damaged"), 2, 2);
        Path batch = damaged.resolve("data_batch_3.bin");
        Files.write(batch, java.util.Arrays.copyOf(CifarFiles.batch(2, 0, 3), CifarFiles.RECORD + 17));

        assertEquals(1, run("train", "--dataset", damaged.toString(), "--epochs", "1"));
        assertTrue(err.toString().startsWith("error: " + batch + ": "), err.toString());
    }

    /** Channel-major RGB bytes as a 32×32 picture. */
    private static BufferedImage picture(byte[] pixels) {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 1024; i++) {
            image.setRGB(i % 32, i / 32, (pixels[i] & 0xFF) << 16 | (pixels[1024 + i] & 0xFF) << 8
                    | (pixels[2048 + i] & 0xFF));
        }
        return image;
    }
}
