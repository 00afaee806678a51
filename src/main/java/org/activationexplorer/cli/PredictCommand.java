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
import org.activationexplorer.data.ColourImage;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.data.DatasetFolders;
import org.activationexplorer.data.DigitImage;
import org.activationexplorer.data.ImageShape;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.runs.RunNetwork;
import org.activationexplorer.runs.RunRecord;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "predict", mixinStandardHelpOptions = true,
        description = {"Classify images (PNG, JPEG, GIF, BMP) with the network of a run file: one JSON line per "
                + "image with the predicted class (and its name, where the dataset names its classes) and the "
                + "probabilities of all classes.",
                "For a run on digits each image is first made as MNIST's digits were: light ink on dark, the ink's "
                        + "box scaled to fit 20×20, centred by its centre of mass in 28×28. For a run on colour "
                        + "images (CIFAR-10) the largest centred square is scaled to 32×32."})
final class PredictCommand implements Callable<Integer> {

    @Option(names = "--run", required = true, paramLabel = "FILE",
            description = "a run file (train --save, or the window's runs folder)")
    Path run;

    @Option(names = "--image", required = true, paramLabel = "FILE",
            description = "an image of one digit, or for a run on colour images any picture (repeatable)")
    List<Path> images = new ArrayList<>();

    @Option(names = "--dataset", paramLabel = "DIR", description = "the folder the run was trained on: its training "
            + "images' mean and deviation normalise the inputs as in training (default: the bundled MNIST; a run on "
            + "colour images needs its folder, e.g. cifar-10-batches-bin)")
    Path dataset;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        RunRecord record = Commands.loadRun(spec, run);
        // A run file from before shapes were recorded was trained on grey images: digits
        ImageShape input = record.input() != null ? record.input() : ImageShape.DIGITS;
        boolean colour = input.channels() != 1;
        if (colour && !input.colour()) {
            throw new CommandLine.ParameterException(spec.commandLine(), run + ": its network takes images of "
                    + input + "; predict makes grey digits and colour (3-channel) images");
        }
        if (colour && dataset == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), run + ": trained on colour images of "
                    + input + "; give --dataset the folder it was trained on (for CIFAR-10: cifar-10-batches-bin)");
        }
        List<byte[]> pixels = new ArrayList<>();
        for (Path image : images) { // every image read before any answer: a bad one stops the command early
            pixels.add(colour ? ColourImage.fromImage(read(image), input) : digit(image));
        }
        Path folder = dataset != null ? dataset : DatasetFolders.bundledMnist();
        Dataset data = Dataset.load(folder);
        if (data.channels() == 1 && (data.rows() != DigitImage.SIZE || data.cols() != DigitImage.SIZE)) {
            throw new CommandLine.ParameterException(spec.commandLine(), folder + ": its images are " + data.rows()
                    + "×" + data.cols() + ", predict makes " + DigitImage.SIZE + "×" + DigitImage.SIZE + " ones");
        }
        if (record.input() == null && data.channels() != 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), folder + ": its images are "
                    + RunNetwork.describe(data.shape()) + ", but " + run + " was trained on grey digits");
        }
        RunNetwork network;
        try {
            network = RunNetwork.of(record, data);
        } catch (RunNetwork.WeightsMismatchException | RunNetwork.InputMismatchException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), run + ": " + e.getMessage());
        }
        try (network) {
            var out = spec.commandLine().getOut();
            for (int i = 0; i < images.size(); i++) {
                double[] p = network.probabilities(pixels.get(i));
                int predicted = RunNetwork.predicted(p);
                JsonLine line = new JsonLine().put("image", images.get(i)).put("predicted", predicted);
                if (!data.classNames().isEmpty()) {
                    line.put("class", data.className(predicted));
                }
                out.println(line.put("probabilities", Arrays.stream(p).boxed().toList()));
            }
        }
        return 0;
    }

    /** The image in `file` made into MNIST's form, or a ParameterException naming the file and its problem. */
    private byte[] digit(Path file) {
        BufferedImage image = read(file);
        try {
            return DigitImage.fromImage(image);
        } catch (DigitImage.NoInkException e) {
            throw problem(file, e.getMessage());
        }
    }

    /** The image in `file`, or a ParameterException naming the file and its problem. */
    private BufferedImage read(Path file) {
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
        return image;
    }

    private CommandLine.ParameterException problem(Path file, String why) {
        return new CommandLine.ParameterException(spec.commandLine(), file + ": " + why);
    }
}
