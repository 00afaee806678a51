package org.activationexplorer.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.activationexplorer.runs.ConfigFields;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.runs.RunRecord;

/**
 * The run files named on the command line: folders (their *.aerun files, not their subfolders) and files, read in
 * name order. A file that cannot be read, is incomplete (fewer epochs than its settings: a sweep still running
 * elsewhere), or repeats a run already read (the same settings and seed, as when a folder is named twice or a shard
 * was copied) is left out with a note, so one bad file does not stop a report over hundreds.
 */
public final class ReportInputs {
    private ReportInputs() {}

    /** The runs; `notes` gets one line per file left out. An IOException when a named path cannot be listed. */
    public static List<ReportRun> load(List<Path> inputs, Consumer<String> notes) throws IOException {
        List<ReportRun> runs = new ArrayList<>();
        Map<Map<String, String>, Path> seen = new HashMap<>();
        for (Path file : files(inputs)) {
            RunRecord record;
            try {
                record = RunFiles.load(file);
            } catch (IOException e) {
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

    private static List<Path> files(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    list.filter(p -> p.getFileName().toString().endsWith(RunFiles.EXTENSION) && Files.isRegularFile(p))
                            .sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IOException(input + ": no such file or folder");
            }
        }
        return files;
    }
}
