package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * sweep and report through Cli.run: 2 families × 2 seeds of tiny runs, swept once (two shards in separate calls into
 * one folder, the second with two workers) and shared by the tests; a test that changes files works on a copy.
 */
class SweepCommandTest {
    private static final List<String> GRID = List.of("sweep", "--activations", "relu,pau", "--seeds", "1-2", "--limit",
            "1000", "--epochs", "1", "--hidden", "16", "--batch", "100");
    private static final List<String> NAMES = List.of("mlp-pau-seed1.aerun", "mlp-pau-seed2.aerun",
            "mlp-relu-seed1.aerun", "mlp-relu-seed2.aerun");

    @TempDir
    static Path shared;
    private static Path swept;
    private static final List<JsonObject> shardLines = new ArrayList<>();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void sweepInTwoShards() {
        swept = shared.resolve("sweep");
        for (String shard : List.of("0/2", "1/2")) {
            SweepCommandTest t = new SweepCommandTest();
            assertEquals(0, t.sweep(swept, "--shard", shard, "--workers", shard.equals("1/2") ? "2" : "1"),
                    t.err.toString());
            shardLines.addAll(t.json());
        }
    }

    private int run(List<String> args) {
        return Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    private int sweep(Path folder, String... more) {
        List<String> args = new ArrayList<>(GRID);
        args.addAll(List.of("--out", folder.toString()));
        args.addAll(Arrays.asList(more));
        return run(args);
    }

    private List<JsonObject> json() {
        return out.toString().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    @Test
    void twoShardsTrainEveryCellOnceIntoOneFolder() throws IOException {
        assertEquals(List.of(0, 1, 2, 3), shardLines.stream().map(j -> j.get("cell").getAsInt()).sorted().toList());
        assertTrue(shardLines.stream().allMatch(j -> j.get("status").getAsString().equals("trained")));
        assertEquals(List.of(0, 2), shardLines.subList(0, 2).stream().map(j -> j.get("cell").getAsInt()).toList(),
                "shard 0/2: the even cells");
        assertEquals(NAMES, files(swept));
        for (JsonObject j : shardLines) {
            RunRecord run = RunFiles.load(Path.of(j.get("file").getAsString()));
            assertEquals(j.get("activation").getAsString(), run.config().activation().family());
            assertEquals(j.get("seed").getAsLong(), run.config().seed());
            assertEquals(j.get("test_acc").getAsDouble(), run.epochs().get(0).testAccuracy(), 1e-5);
        }
    }

    @Test
    void theReportsMeansAreThoseOfTheRuns() throws IOException {
        Path report = shared.resolve("report");
        assertEquals(0, run(List.of("report", swept.toString(), "--out", report.toString())), err.toString());
        List<String> written = out.toString().lines().toList();
        assertEquals(10, written.size(), "summary.csv, summary.md and four figures as SVG and PNG");
        assertTrue(written.stream().allMatch(f -> Files.isRegularFile(Path.of(f))), out.toString());
        Map<String, double[]> accuracy = new TreeMap<>(); // family → accuracies of its runs
        for (String name : NAMES) {
            RunRecord r = RunFiles.load(swept.resolve(name));
            double[] before = accuracy.getOrDefault(r.config().activation().family(), new double[0]);
            double[] more = Arrays.copyOf(before, before.length + 1);
            more[before.length] = r.epochs().get(0).testAccuracy();
            accuracy.put(r.config().activation().family(), more);
        }
        List<String> csv = Files.readAllLines(report.resolve("summary.csv"));
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals(3, csv.size(), "a row per family");
        for (String row : csv.subList(1, csv.size())) {
            String[] cells = row.split(",", -1);
            double[] runs = accuracy.get(cells[0]);
            assertEquals("2", cells[header.indexOf("n")]);
            assertEquals((runs[0] + runs[1]) / 2, Double.parseDouble(cells[header.indexOf("test_acc_mean")]), 1e-12);
        }
    }

    @Test
    void theReportsFiguresComeInTheFormatsAsked() throws IOException {
        Path report = shared.resolve("report-pdf");
        assertEquals(0, run(List.of("report", swept.toString(), "--out", report.toString(), "--format", "pdf",
                "--palette", "okabe-ito")), err.toString());
        List<String> figures = out.toString().lines().filter(f -> !f.contains("summary")).toList();
        assertEquals(4, figures.size(), out.toString());
        for (String f : figures) {
            assertTrue(f.endsWith(".pdf") && new String(Files.readAllBytes(Path.of(f)), 0, 4,
                    java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF"), f);
        }
        out.getBuffer().setLength(0);
        assertEquals(2, run(List.of("report", swept.toString(), "--out", report.toString(), "--format", "eps")));
    }

    @Test
    void sweepingAgainTrainsNothingAndTouchesNoFile() throws IOException {
        Map<String, FileTime> before = times(swept);
        assertEquals(0, sweep(swept), err.toString());
        List<JsonObject> lines = json();
        assertEquals(4, lines.size());
        assertTrue(lines.stream().allMatch(j -> j.get("status").getAsString().equals("skipped")), out.toString());
        assertEquals(before, times(swept));
    }

    @Test
    void aDamagedFileIsTrainedAgainAndTheCompleteOnesAreKept() throws IOException, InterruptedException {
        Path copy = copyOf(swept, "damaged");
        Path damaged = copy.resolve("mlp-relu-seed2.aerun");
        byte[] bytes = Files.readAllBytes(damaged);
        Files.write(damaged, Arrays.copyOf(bytes, bytes.length / 2)); // as a copy cut short
        Map<String, FileTime> before = times(copy);
        Process gone = new ProcessBuilder("true").start(); // a writer that was killed: its PID is no process now
        gone.waitFor();
        Files.write(copy.resolve(".mlp-relu-seed2.aerun.aetmp-" + gone.pid() + "-1f2e"), new byte[10]);
        Path legacy = copy.resolve(".mlp-relu-seed2.aerun1234567890123456.tmp"); // as versions before 0.2 left them
        Files.write(legacy, new byte[10]);
        Files.setLastModifiedTime(legacy, FileTime.fromMillis(System.currentTimeMillis() - 120_000));
        assertEquals(0, sweep(copy), err.toString());
        for (JsonObject j : json()) {
            boolean redone = j.get("file").getAsString().endsWith("mlp-relu-seed2.aerun");
            assertEquals(redone ? "trained" : "skipped", j.get("status").getAsString(), j.toString());
        }
        assertEquals(1, RunFiles.load(damaged).epochs().size());
        assertEquals(NAMES, files(copy), "the leftover temporary files are gone");
        Map<String, FileTime> after = times(copy);
        before.remove("mlp-relu-seed2.aerun");
        after.remove("mlp-relu-seed2.aerun");
        assertEquals(before, after);
    }

    @Test
    void aFolderWithRunsOfOtherSettingsIsRefusedAndLeftAlone() throws IOException {
        Map<String, FileTime> before = times(swept);
        List<String> args = new ArrayList<>(GRID);
        args.set(args.indexOf("--epochs") + 1, "2");
        args.addAll(List.of("--out", swept.toString()));
        assertEquals(2, run(args));
        assertTrue(err.toString().startsWith("error: "), err.toString());
        assertEquals(before, times(swept));
    }

    @Test
    void badGridSettingsAreRefusedBeforeAnyTraining() throws IOException {
        Path empty = shared.resolve("never");
        for (String[] bad : List.of(new String[] {"--lr", "1e-3,20"}, new String[] {"--shard", "2/2"},
                new String[] {"--threads", "1"}, new String[] {"--seed", "3"}, new String[] {"--hiden", "8"},
                new String[] {"--workers", "1000"})) {
            err.getBuffer().setLength(0);
            assertEquals(2, sweep(empty, bad), String.join(" ", bad) + ": " + err);
            assertEquals(2, err.toString().lines().count(), err.toString());
        }
        assertFalse(Files.exists(empty.resolve(NAMES.get(0))));
    }

    @Test
    void anyTrainOptionGivenAsAListBecomesAnAxisOfTheGrid() throws IOException {
        Path folder = shared.resolve("decay");
        assertEquals(0, run(List.of("sweep", "--activations", "relu", "--weight-decay", "0,1e-2", "--limit", "300",
                "--hidden", "8", "--epochs", "1", "--out", folder.toString())), err.toString());
        assertEquals(List.of("mlp-relu-weight_decay0-seed1.aerun", "mlp-relu-weight_decay0.01-seed1.aerun"),
                files(folder));
        assertEquals(0.01, RunFiles.load(folder.resolve(files(folder).get(1))).config().weightDecay(), 1e-12);
        assertEquals(0.01, json().get(1).get("weight_decay").getAsDouble(), 1e-12);
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, FileTime> times(Path folder) throws IOException {
        Map<String, FileTime> times = new TreeMap<>();
        for (String name : files(folder)) {
            times.put(name, Files.getLastModifiedTime(folder.resolve(name)));
        }
        return times;
    }

    private static Path copyOf(Path folder, String name) throws IOException {
        Path copy = Files.createDirectories(shared.resolve(name));
        for (String f : files(folder)) {
            Files.copy(folder.resolve(f), copy.resolve(f), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        }
        return copy;
    }
}
