package org.activationexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files an export will write, known before any is written: so that an existing file is refused by name (or
 * replaced with --force) before the first byte, and every file written, the -epochs and -fits CSVs beside the main
 * one included, is listed after.
 */
final class ExportPlan {
    /** Writes one planned file (and any beside it). */
    interface Writer {
        void write() throws IOException;
    }

    private final Path folder;
    private final String stem;
    private final String extension;
    private final List<Path> files = new ArrayList<>();
    private final List<Writer> writers = new ArrayList<>();
    private final List<Path> beside = new ArrayList<>();
    private Path current;

    ExportPlan(Path folder, String stem, String extension) {
        this.folder = folder;
        this.stem = stem;
        this.extension = extension;
    }

    /** Plans STEM-NAME.EXT, written by `writer` (which finds its path in last() while it runs). */
    void add(String name, Writer writer) {
        Path file = folder.resolve(stem + "-" + name + "." + extension);
        files.add(file);
        writers.add(writer);
        current = file;
    }

    /** The file planned last, or the one being written while write() runs. */
    Path last() {
        return current;
    }

    /** Notes a file the last planned writer writes beside its own. */
    void alsoWrites(Path file) {
        beside.add(file);
    }

    /** The first planned file (there is one once an export is planned). */
    Path first() {
        return files.get(0);
    }

    /** Planned files that exist already. */
    List<Path> existing() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(beside);
        return all.stream().filter(Files::exists).toList();
    }

    /** Runs every writer in order; every file written, in order. */
    List<Path> write() throws IOException {
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            current = files.get(i);
            writers.get(i).write();
            written.add(current);
        }
        for (Path p : beside) {
            written.add(p);
        }
        return written;
    }
}
