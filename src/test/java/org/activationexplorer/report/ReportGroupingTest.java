package org.activationexplorer.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.activationexplorer.runs.LayerCurve;
import org.activationexplorer.train.EpochResult;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGroupingTest {
    private static final Gson GSON = new Gson();

    /** The default settings with a family, learning rate and seed. */
    private static RunConfig config(String family, double lr, long seed) { // through JSON: any RunConfig fields
        JsonObject json = GSON.toJsonTree(RunConfig.defaults()).getAsJsonObject();
        json.getAsJsonObject("activation").addProperty("family", family);
        json.addProperty("learningRate", lr);
        json.addProperty("activationLearningRate", lr);
        json.addProperty("seed", seed);
        return GSON.fromJson(json, RunConfig.class);
    }

    /** A run with the given final accuracy and one activation layer y = slope·x on [lo, hi]. */
    private static ReportRun run(String family, double lr, long seed, double accuracy, double lo, double hi,
                                 float slope) {
        float[] y = new float[5];
        for (int i = 0; i < 5; i++) {
            y[i] = slope * (float) (lo + (hi - lo) * i / 4);
        }
        LayerCurve layer = new LayerCurve(lo, hi, y, new float[5], new int[4], new float[0]);
        return new ReportRun(Path.of(family + lr + "-" + seed + ".aerun"), config(family, lr, seed),
                List.of(new EpochResult(1, 0.5, 0.4, accuracy, 1000 * seed, 2, 0.1)), new float[] {2f, 1f, 0.5f}, 1, 3,
                List.of(layer), List.of(layer), 12_345);
    }

    private static List<ReportRun> runs() {
        return List.of(run("relu", 1e-3, 1, 0.90, -3, 3, 1), run("relu", 3e-3, 1, 0.94, -3, 3, 1),
                run("relu", 1e-3, 2, 0.92, -2, 4, 2), run("pau", 1e-3, 1, 0.95, -3, 3, 1),
                run("relu", 1e-3, 3, 0.97, -4, 2, 3), run("relu", 3e-3, 2, 0.96, -3, 3, 1));
    }

    @Test
    void runsDifferingOnlyInSeedFormAGroupAndTheVariedSettingIsNamed() {
        List<RunGroup> groups = Grouping.groups(runs());
        assertEquals(3, groups.size());
        assertEquals(List.of("pau", "relu", "relu"), groups.stream().map(RunGroup::family).toList());
        assertEquals(List.of(Map.of("lr", "0.001"), Map.of("lr", "0.001"), Map.of("lr", "0.003")),
                groups.stream().map(RunGroup::varied).toList(), "activation_lr follows lr: not a column of its own");
        RunGroup relu = groups.get(1);
        assertEquals(List.of(1L, 2L, 3L), relu.runs().stream().map(r -> r.config().seed()).toList());
        assertEquals(0.93, relu.accuracy().mean(), 1e-12);
        assertEquals(2000, relu.samplesPerSecond().mean(), 1e-9);
        assertEquals(12_345, relu.parameters());
    }

    @Test
    void theCsvHasARowPerGroupWithItsStatistics() {
        String[] lines = SummaryFiles.csv(Grouping.groups(runs())).split("\n");
        assertEquals(4, lines.length);
        List<String> header = List.of(lines[0].split(","));
        assertEquals(List.of("family", "arch", "lr", "n", "test_acc_mean", "test_acc_sd", "test_acc_ci95_low",
                "test_acc_ci95_high", "test_loss_mean", "samples_per_s_mean", "parameters"), header);
        String[] relu = lines[2].split(",");
        assertEquals("relu", relu[0]);
        assertEquals("3", relu[header.indexOf("n")]);
        assertEquals(0.93, Double.parseDouble(relu[header.indexOf("test_acc_mean")]), 1e-12);
        assertEquals(0.93 - 0.0895668589, Double.parseDouble(relu[header.indexOf("test_acc_ci95_low")]), 1e-9);
        assertEquals("", lines[1].split(",", -1)[header.indexOf("test_acc_sd")], "one run: no deviation");
        assertEquals(5, SummaryFiles.markdown(Grouping.groups(runs()), 6).lines().filter(l -> l.startsWith("|"))
                .count(), "header, rule and three rows");
    }

    @Test
    void learnedCurvesAreSummarisedOnTheRangeEverySeedCovers() {
        RunGroup relu = Grouping.groups(runs()).get(1); // slopes 1, 2, 3 on [−3, 3], [−2, 4], [−4, 2]
        CurveBands.Band band = CurveBands.band(relu, 0);
        assertEquals(-2, band.x()[0], 1e-12);
        assertEquals(2, band.x()[band.x().length - 1], 1e-12);
        int last = band.x().length - 1;
        assertEquals(2 * 2, band.median()[last], 1e-5, "the middle slope");
        assertEquals(1 * 2, band.min()[last], 1e-5);
        assertEquals(3 * 2, band.max()[last], 1e-5);
        assertEquals(3, band.seeds());
    }

    @Test
    void everyFigureIsWrittenAsSvgAndPng(@TempDir Path dir) throws Exception {
        List<Path> files = ReportFigures.write(Grouping.groups(runs()), dir);
        List<String> names = new ArrayList<>(files.stream().map(p -> p.getFileName().toString()).toList());
        assertEquals(List.of("accuracy.svg", "accuracy.png", "accuracy-vs-speed.svg", "accuracy-vs-speed.png",
                "loss.svg", "loss.png", "curves.svg", "curves.png"), names);
        for (Path f : files) {
            assertTrue(Files.size(f) > 1000, f + " has a drawing");
        }
        assertTrue(Files.readString(dir.resolve("accuracy.svg")).contains("relu"), "groups named under their dots");
    }
}
