package org.activationexplorer.sweep;

import java.nio.file.Path;
import java.util.Map;
import org.activationexplorer.train.RunConfig;

/** One cell to run: its index in the grid, its settings by axis name (for the JSON line), its run and its file. */
public record SweepCell(int index, Map<String, String> settings, RunConfig config, Path file) {
    public SweepCell {
        settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    }

    /** The file name without its folder, for messages. */
    public String name() {
        return file.getFileName().toString();
    }

    /** Training batches the cell will run (for the progress bar): epochs × ⌈images / batch⌉. */
    public long batches(int trainImages) {
        int images = config.limit() > 0 ? Math.min(config.limit(), trainImages) : trainImages;
        return (long) config.epochs() * ((images + config.batchSize() - 1) / config.batchSize());
    }
}
