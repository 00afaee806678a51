package org.activationexplorer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.activationexplorer.data.Dataset;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.sweep.CellFiles;
import org.activationexplorer.sweep.CellOutcome;
import org.activationexplorer.sweep.SeedList;
import org.activationexplorer.sweep.Shard;
import org.activationexplorer.sweep.SweepCell;
import org.activationexplorer.sweep.SweepRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * A grid of training runs, each cell a run file in --out named by its settings; resumable, parallel, shardable.
 * Exit codes: 0 every cell of the shard done, 3 some diverged, 1 some could not be trained or saved.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train a grid of runs: every family × architecture × listed option × seed, each cell a run "
                + "file in --out named by its settings (mlp-pau-lr0.001-seed1.aerun), and one JSON line per cell.",
            "Every option of train applies (--hidden, --optimizer, --momentum, --weight-decay, --param …); any that "
                + "takes one number or name can be a comma-separated list, which makes it an axis of the grid.",
            "Run it again to resume: a cell whose file is complete is skipped, a damaged or incomplete one is trained "
                + "again. Files are written under a temporary name and moved into place.",
            "Summarise with 'explorer report DIR'."})
final class SweepCommand implements Callable<Integer> {

    @Option(names = "--activations", split = ",", required = true, paramLabel = "FAMILY",
            description = "families, comma-separated, e.g. relu,pau (see list-activations)")
    List<String> activations;

    @Option(names = "--archs", split = ",", paramLabel = "ARCH", description = "architectures: mlp, lenet5 or both "
            + "(default: mlp)")
    List<String> archs = List.of("mlp");

    @Option(names = "--seeds", paramLabel = "SEEDS", description = "seeds: a list 1,2,3, a range 1-5, or both "
            + "(default: 1)")
    String seeds = "1";

    @Option(names = "--lr", split = ",", paramLabel = "LR", description = "learning rate(s), e.g. 1e-3,3e-3")
    List<String> learningRates;

    @Option(names = "--batch", split = ",", paramLabel = "N", description = "batch size(s)")
    List<String> batches;

    @Option(names = "--epochs", split = ",", paramLabel = "N", description = "epochs, one value or a list")
    List<String> epochs;

    @Option(names = "--limit", split = ",", paramLabel = "N", description = "training images, one value or a list "
            + "(0 = all)")
    List<String> limits;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "folder of the run files (made if missing; shards of one sweep share it)")
    Path out;

    @Option(names = "--workers", paramLabel = "N", description = "cells trained at once; each gets cores / N GEMM "
            + "threads (1 or 2), so workers × threads ≤ cores; with N > 1, --blas auto means vector (default: 1)")
    int workers = 1;

    @Option(names = "--shard", paramLabel = "INDEX/N", description = "run only cells i with i mod N = INDEX, INDEX "
            + "0-based as $SLURM_ARRAY_TASK_ID (--array=0-(N-1)) and Kubernetes' $JOB_COMPLETION_INDEX")
    String shard;

    @CommandLine.Unmatched
    List<String> trainOptions = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Shard part = shard == null ? Shard.ALL : parsed(() -> Shard.parse(shard));
        int cores = Runtime.getRuntime().availableProcessors();
        if (workers < 1 || workers > cores) {
            throw bad("--workers must be 1 to " + cores + " (the cores of this machine), got " + workers);
        }
        int threads = Math.max(1, Math.min(2, cores / workers));
        Map<String, List<String>> lists = new LinkedHashMap<>();
        putList(lists, "--lr", learningRates);
        putList(lists, "--batch", batches);
        putList(lists, "--epochs", epochs);
        putList(lists, "--limit", limits);
        SweepCells grid = new SweepCells(spec, new SweepCells.Request(archs, activations,
                parsed(() -> SeedList.parse(seeds)), lists, trainOptions, threads, workers > 1, out));
        List<SweepCell> cells = grid.cells(part);
        if (workers > 1 && cells.stream().anyMatch(c -> c.config().blas().equals("native"))) {
            spec.commandLine().getErr().println("sweep: note: --blas native runs OpenBLAS's own threads in every "
                    + "worker (OPENBLAS_NUM_THREADS, default every core): set OPENBLAS_NUM_THREADS=1 or use "
                    + "--blas vector");
        }
        Files.createDirectories(out);

        List<SweepCell> toTrain = new ArrayList<>();
        List<CellOutcome> skipped = new ArrayList<>();
        int redone = sort(cells, toTrain, skipped);
        if (!toTrain.isEmpty()) { // a folder that takes no file is said now, not after the first cell trained
            try {
                AtomicFiles.checkWritable(toTrain.get(0).file());
            } catch (IOException e) {
                throw bad("--out: " + e.getMessage());
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        if (SweepProgress.stderrIsTerminal()) { // a log gets the cells' lines only
            err.println("sweep: " + grid.grid().size() + " cells" + (part.count() > 1 ? ", shard " + part + ": "
                    + cells.size() : "") + "; " + skipped.size() + " complete already, " + toTrain.size() + " to train"
                    + (redone > 0 ? " (" + redone + " of them damaged or incomplete)" : "") + "; " + workers + " worker"
                    + (workers == 1 ? "" : "s") + " × " + threads + " GEMM thread" + (threads == 1 ? "" : "s") + " on "
                    + cores + " cores, into " + out);
            err.flush();
        }
        SweepProgress progress = null;
        List<CellOutcome> outcomes = new ArrayList<>(skipped);
        try {
            Dataset data = toTrain.isEmpty() ? null : Dataset.load(grid.datasetFolder());
            for (SweepCell cell : toTrain) { // before any cell trains
                Commands.checkAgainstData(spec, cell.config(), data);
            }
            long batches = toTrain.stream().mapToLong(c -> c.batches(data.trainSize())).sum();
            progress = new SweepProgress(spec.commandLine().getOut(), err, toTrain.size(), batches);
            for (CellOutcome s : skipped) {
                progress.finished(s);
            }
            if (!toTrain.isEmpty()) {
                for (SweepCell cell : toTrain) {
                    CellFiles.removeLeftovers(cell);
                }
                outcomes.addAll(new SweepRunner(data, workers, progress).run(toTrain));
            }
        } finally {
            if (progress != null) {
                progress.close();
            }
        }
        boolean diverged = outcomes.stream().anyMatch(o -> o.status() == CellOutcome.Status.DIVERGED);
        boolean failed = outcomes.stream().anyMatch(o -> o.status() == CellOutcome.Status.FAILED);
        return failed ? 1 : diverged ? 3 : 0;
    }

    /** Cells with a complete file go to skipped, the others to toTrain; returns how many of those had a file. */
    private int sort(List<SweepCell> cells, List<SweepCell> toTrain, List<CellOutcome> skipped) {
        List<String> others = new ArrayList<>();
        int redone = 0;
        for (SweepCell cell : cells) {
            CellFiles.State state = CellFiles.state(cell);
            if (state instanceof CellFiles.Complete c) {
                skipped.add(new CellOutcome(cell, CellOutcome.Status.SKIPPED, c.run().epochs(), 0, null));
            } else if (state instanceof CellFiles.OtherSettings o) {
                others.add(cell.file() + " (" + o.differences() + ")");
            } else {
                redone += state instanceof CellFiles.Partial ? 1 : 0;
                toTrain.add(cell);
            }
        }
        if (!others.isEmpty()) {
            throw bad("--out already holds runs of other settings, which a sweep does not overwrite: "
                    + String.join("; ", others.subList(0, Math.min(3, others.size())))
                    + (others.size() > 3 ? " and " + (others.size() - 3) + " more" : "") + "; use another --out");
        }
        return redone;
    }

    private static void putList(Map<String, List<String>> lists, String option, List<String> values) {
        if (values != null) {
            lists.put(option, values);
        }
    }

    private <T> T parsed(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
