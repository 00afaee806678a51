package org.activationexplorer.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.activationexplorer.io.MessageRules;
import org.activationexplorer.io.OddFiles;
import org.activationexplorer.report.ReportInputs;
import org.activationexplorer.runs.ZipBytes;
import org.activationexplorer.train.RunConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Run files a sweep or a report meets that are damaged, or not files at all: each is named in words, none blocks
 * (a pipe is never opened) and none is overwritten when it is not a run file.
 */
class SweepRunFilesTest {
    private static final Duration NEVER_BLOCKS = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    /** Damaged run files: garbage, a zip cut short, a run.json that is not a run's or not JSON. */
    private List<Path> damagedFiles() throws IOException {
        byte[] zip = ZipBytes.runJsonOnly("{\"format\": \"activation-explorer-run\", \"version\": 1, \"config\": {}}");
        return List.of(Files.writeString(dir.resolve("garbage.aerun"), "not a run"),
                Files.write(dir.resolve("cut.aerun"), Arrays.copyOf(zip, zip.length / 2)),
                Files.write(dir.resolve("no-format.aerun"), ZipBytes.runJsonOnly("{\"format\": null}")),
                Files.write(dir.resolve("not-json.aerun"), ZipBytes.runJsonOnly("[1, 2")),
                Files.write(dir.resolve("no-arrays.aerun"), zip));
    }

    private static SweepCell cell(Path file) {
        return new SweepCell(0, Map.of(), RunConfig.defaults(), file);
    }

    @Test
    void damagedRunFilesAreRefusedInWordsNamingTheFile() throws IOException {
        for (Path file : damagedFiles()) {
            SweepFileException e = assertThrows(SweepFileException.class, () -> SweepRunFiles.load(file));
            assertEquals(file, e.file());
            assertEquals(List.of(), MessageRules.broken(e.getMessage(), file.toString()), e.getMessage());
        }
    }

    @Test
    void aDamagedCellFileIsPartialWithItsProblemInWords() throws IOException {
        for (Path file : damagedFiles()) {
            CellFiles.State state = CellFiles.state(cell(file));
            CellFiles.Partial partial = assertInstanceOf(CellFiles.Partial.class, state);
            assertEquals(List.of(), MessageRules.broken(file + ": " + partial.why(), file.toString()), partial.why());
        }
    }

    @Test
    void somethingOtherThanAFileUnderACellsNameIsNeverOpenedNorOverwritten() throws IOException {
        for (OddFiles.Kind kind : OddFiles.Kind.values()) {
            Path file = OddFiles.make(dir.resolve(kind + ".aerun"), kind);
            CellFiles.State state = assertTimeoutPreemptively(NEVER_BLOCKS, () -> CellFiles.state(cell(file)));
            assertInstanceOf(CellFiles.OtherSettings.class, state, kind.toString());
        }
    }

    @Test
    void aReportLeavesOutDamagedFilesAndNonFilesWithANoteEach() throws IOException {
        damagedFiles();
        OddFiles.make(dir.resolve("pipe.aerun"), OddFiles.Kind.FIFO);
        OddFiles.make(dir.resolve("folder.aerun"), OddFiles.Kind.FOLDER);
        OddFiles.make(dir.resolve("loop.aerun"), OddFiles.Kind.LINK_LOOP);
        List<String> notes = new ArrayList<>();

        List<?> runs = assertTimeoutPreemptively(NEVER_BLOCKS, () -> ReportInputs.load(List.of(dir), notes::add));

        assertEquals(List.of(), runs);
        assertEquals(8, notes.size(), notes.toString());
        for (String note : notes) {
            assertEquals(List.of(), MessageRules.broken(note, dir.toString()), note);
        }
    }

    @Test
    void aReportOfAPipeOrOfNothingIsRefusedByName() throws IOException {
        Path pipe = OddFiles.make(dir.resolve("named.aerun"), OddFiles.Kind.FIFO);
        Path nothing = dir.resolve("nothing");

        for (Path input : List.of(pipe, nothing)) {
            SweepFileException e = assertTimeoutPreemptively(NEVER_BLOCKS,
                    () -> assertThrows(SweepFileException.class, () -> ReportInputs.load(List.of(input), n -> { })));
            assertEquals(input, e.file());
            assertTrue(e.getMessage().length() <= MessageRules.MAX_LENGTH);
        }
    }
}
