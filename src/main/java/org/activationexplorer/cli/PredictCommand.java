package org.activationexplorer.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.data.DigitImage;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.runs.RunNetwork;
import org.activationexplorer.runs.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Classify digit images (PNG, JPEG, GIF, BMP) with the network of a run file: one JSON line per "
                + "image with the predicted class and the 10 probabilities.",
                "Each image is first made as MNIST's digits were: light ink on dark, the ink's box scaled to fit "
                        + "20×20, centred by its centre of mass in 28×28."})
final class PredictCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "FILE",
            description = "a run file (train --save, or the window's runs folder)")
    Path run;

    @Option(names = "--image", required = true, paramLabel = "FILE",
            description = "an image of one digit (repeatable)")
    List<Path> images = new ArrayList<>();

    @Option(names = "--dataset", paramLabel = "DIR", description = "the folder the run was trained on: its training "
            + "images' mean and deviation normalise the inputs as in training (default: the bundled MNIST)")
    Path dataset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunRecord record = Commands.loadRun(spec, run);
        List<byte[]> digits = new ArrayList<>();
        for (Path image : images) { // every image read before any answer: a bad one stops the command early
            digits.add(digit(image));
        }
        Path folder = dataset != null ? dataset : DatasetFolders.bundledMnist();
        Dataset data = Dataset.load(folder);
        if (data.rows() != DigitImage.SIZE || data.cols() != DigitImage.SIZE) {
            throw new CommandLine.ParameterException(spec.commandLine(), folder + ": its images are " + data.rows()
                    + "×" + data.cols() + ", predict makes " + DigitImage.SIZE + "×" + DigitImage.SIZE + " ones");
        }
        RunNetwork network;
        try {
            network = RunNetwork.of(record, data);
        } catch (RunNetwork.WeightsMismatchException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), run + ": " + e.getMessage());
        }
        try (network) {
            var out = spec.commandLine().getOut();
            for (int i = 0; i < images.size(); i++) {
                double[] p = network.probabilities(digits.get(i));
                out.println(new JsonLine().put("image", images.get(i)).put("predicted", RunNetwork.predicted(p))
                        .put("probabilities", Arrays.stream(p).boxed().toList()));
            }
        }
        return 0;
    }

    /** The image in `file` made into MNIST's form, or a ParameterException naming the file and its problem. */
    private byte[] digit(Path file) {
        if (Files.isDirectory(file)) { // ImageIO would say "Can't read input file!" of a folder
            throw problem(file, "is a folder, not an image");
        }
        BufferedImage image;
        try (InputStream in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        } catch (FileSystemException e) {
            throw problem(file, FileProblems.describe(file, e));
        } catch (IOException | RuntimeException e) { // a damaged image; ImageIO's words are often a class name or none
            throw problem(file, FileProblems.isReadable(e.getMessage()) ? "damaged image (" + e.getMessage() + ")"
                    : "damaged image");
        }
        if (image == null) {
            throw problem(file, "not an image that can be read (PNG, JPEG, GIF or BMP)");
        }
        try {
            return DigitImage.fromImage(image);
        } catch (DigitImage.NoInkException e) {
            throw problem(file, e.getMessage());
        }
    }

    private CommandLine.ParameterException problem(Path file, String why) {
        return new CommandLine.ParameterException(spec.commandLine(), file + ": " + why);
    }
}
