package org.activationexplorer.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.activationexplorer.io.FileProblems;
import org.activationexplorer.io.ReadableFiles;
import org.activationexplorer.runs.ConfigFields;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;
import org.activationexplorer.sweep.SweepFileException;
import org.activationexplorer.sweep.SweepRunFiles;

/**
 * The run files named on the command line: folders (their *.aerun files, not their subfolders) and files, read in
 * name order. A file that cannot be read, is incomplete (fewer epochs than its settings: a sweep still running
 * elsewhere), or repeats a run already read (the same settings and seed, as when a folder is named twice or a shard
 * was copied) is left out with a note, so one bad file does not stop a report over hundreds.
 */
public final class ReportInputs {
    private ReportInputs() {}

    /**
     * The runs; `notes` gets one line per file left out. A SweepFileException when a named path is neither a folder
     * nor a run file, or cannot be listed.
     */
    public static List<ReportRun> load(List<Path> inputs, Consumer<String> notes) throws IOException {
        List<ReportRun> runs = new ArrayList<>();
        Map<Map<String, String>, Path> seen = new HashMap<>();
        for (Path file : files(inputs)) {
            RunRecord record;
            try {
                record = SweepRunFiles.load(file);
            } catch (SweepFileException e) {
                notes.accept("left out " + e.getMessage());
                continue;
            }
            if (record.epochs().size() < record.config().epochs() || record.epochs().isEmpty()) {
                notes.accept("left out " + file + ": incomplete, " + record.epochs().size() + " of "
                        + record.config().epochs() + " epochs");
                continue;
            }
            Path earlier = seen.putIfAbsent(ConfigFields.experiment(record.config(), true), file);
            if (earlier != null) {
                notes.accept("left out " + file + ": the same run as " + earlier);
                continue;
            }
            runs.add(ReportRun.of(file, record));
        }
        return runs;
    }

    /**
     * The run files named: folders' *.aerun entries of any kind (one that is a folder or a pipe is then left out
     * with a note saying so) and the files themselves.
     *
     * @throws SweepFileException for an input that is neither a folder nor a file, or a folder that cannot be listed
     */
    private static List<Path> files(List<Path> inputs) throws SweepFileException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> p.getFileName().toString().endsWith(RunFiles.EXTENSION)).sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                    throw new SweepFileException(input, "cannot be listed: " + FileProblems.describe(input, cause));
                }
                continue;
            }
            String notAFile = ReadableFiles.problem(input);
            if (notAFile != null) {
                throw new SweepFileException(input, notAFile.equals("does not exist") ? "no such file or folder"
                        : notAFile);
            }
            files.add(input);
        }
        return files;
    }
}
