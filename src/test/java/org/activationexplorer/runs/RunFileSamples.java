package org.activationexplorer.runs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.activationexplorer.activation.ActivationConfig;
import org.activationexplorer.activation.Sharing;
import org.activationexplorer.data.CifarFiles;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.nn.Init;
import org.activationexplorer.session.RunEvent;
import org.activationexplorer.session.TrainingRun;
import org.activationexplorer.train.RunConfig;
import org.activationexplorer.train.Trainer;

/**
 * Real run files, trained and saved by the program itself (TrainingRun) on tiny datasets in a second or two: MLPs
 * and LeNet-5, fixed and trainable families, per-layer and per-channel parameters, version 1 and 2, grey and colour.
 * Made once per test JVM, under target/, and shared by the run-file tests.
 */
final class RunFileSamples {
    private static final Path FOLDER = Path.of("target", "run-file-samples");
    private static Map<String, Path> samples;

    private RunFileSamples() {}

    /**
     * Name → run file: "mlp-relu", "mlp-pau-channel", "mlp-per-layer" (version 2: Taylor of degree 5 on tanh per
     * channel, then ReLU; cosine schedule, clipping), "lenet-slaf", "lenet-colour" (3×32×32, PReLU per channel).
     */
    static synchronized Map<String, Path> all() {
        if (samples == null) {
            try {
                samples = make();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return samples;
    }

    static Path get(String name) {
        return all().get(name);
    }

    /** A copy of sample `name` at `file`, to damage. */
    static Path copy(String name, Path file) throws IOException {
        return Files.copy(get(name), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, Path> make() throws IOException {
        Files.createDirectories(FOLDER);
        Dataset grey = Dataset.load(writeIdx(FOLDER.resolve("grey-16x16"), 48, 16, 16));
        Dataset colour = Dataset.load(CifarFiles.writeFolder(FOLDER.resolve("colour-32x32"), 8, 16));
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("mlp-relu", train(config("mlp", List.of(8, 6), family("relu", Sharing.LAYER), 3), grey));
        files.put("mlp-pau-channel", train(config("mlp", List.of(8), family("pau", Sharing.CHANNEL), 2), grey));
        RunConfig perLayer = config("mlp", List.of(8, 6), family("taylor", Sharing.LAYER), 2)
                .withLayerActivations(List.of(new ActivationConfig("taylor", Map.of("degree", 5.0, "clamp", 4.0),
                        "tanh", Sharing.CHANNEL), family("relu", Sharing.LAYER)))
                .withRoutine("cosine", 1);
        files.put("mlp-per-layer", train(perLayer, grey));
        files.put("lenet-slaf", train(config("lenet5", List.of(8), family("slaf", Sharing.LAYER), 2), grey));
        files.put("lenet-colour", train(config("lenet5", List.of(8), family("prelu", Sharing.CHANNEL), 1), colour));
        for (var e : files.entrySet()) {
            Path named = FOLDER.resolve(e.getKey() + RunFiles.EXTENSION);
            Files.move(e.getValue(), named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            e.setValue(named);
        }
        return Map.copyOf(files);
    }

    private static ActivationConfig family(String name, Sharing sharing) {
        return new ActivationConfig(name, Map.of(), null, sharing);
    }

    private static RunConfig config(String arch, List<Integer> hidden, ActivationConfig a, int epochs) {
        return new RunConfig(arch, hidden, a, "adam", 1e-2, 1e-2, 0.9, 0, 16, epochs, 5, 0, Init.HE, "java", 1);
    }

    /** Trains `config` to its end as the window and the command line do, and saves it. */
    private static Path train(RunConfig config, Dataset data) throws IOException {
        Path file = Files.createTempFile(FOLDER, "run", RunFiles.EXTENSION);
        try (TrainingRun run = new TrainingRun(new Trainer(config, data))) {
            while (!run.finished()) {
                if (run.trainBatch() != null) {
                    throw new IllegalStateException("a sample run diverged: " + config);
                }
                if (run.epochComplete()) {
                    run.finishEpoch();
                }
            }
            if (!(run.save(file) instanceof RunEvent.Saved)) {
                throw new IOException("a sample run was not saved: " + config);
            }
        }
        return file;
    }

    /** An MNIST-layout folder of raw IDX files: train and test images of side × side, labels 0-9 in turn. */
    private static Path writeIdx(Path folder, int train, int test, int side) throws IOException {
        Files.createDirectories(folder);
        images(folder.resolve("train-images-idx3-ubyte"), train, side, 1);
        labels(folder.resolve("train-labels-idx1-ubyte"), train);
        images(folder.resolve("t10k-images-idx3-ubyte"), test, side, 2);
        labels(folder.resolve("t10k-labels-idx1-ubyte"), test);
        return folder;
    }

    private static void images(Path file, int count, int side, int salt) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(16 + count * side * side).putInt(0x0803).putInt(count).putInt(side)
                .putInt(side);
        for (int i = 0; i < count * side * side; i++) {
            b.put((byte) (i * 37 + salt * 11 + (i / (side * side)) * 5));
        }
        Files.write(file, b.array());
    }

    private static void labels(Path file, int count) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(8 + count).putInt(0x0801).putInt(count);
        for (int i = 0; i < count; i++) {
            b.put((byte) (i % 10));
        }
        Files.write(file, b.array());
    }
}
