package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.activationexplorer.runs.ZipBytes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that reads a run file shows why one cannot be loaded in one line that names it. */
class RunFileErrorsTest {
    @TempDir
    Path dir;

    /** Files no command can use: garbage, empty, cut short, a version 1e10, a 10 MB format, a folder, nothing. */
    private List<Path> damaged() throws IOException {
        byte[] version = ZipBytes.runJsonOnly("{\"format\": \"activation-explorer-run\", \"version\": 1e10}");
        return List.of(Files.writeString(dir.resolve("garbage.aerun"), "garbage, not a ZIP"),
                Files.write(dir.resolve("empty.aerun"), new byte[0]),
                Files.write(dir.resolve("cut.aerun"), java.util.Arrays.copyOf(version, version.length / 2)),
                Files.write(dir.resolve("version.aerun"), version),
                Files.write(dir.resolve("format.aerun"), ZipBytes.runJsonOnly("{\"format\": \"" + "x".repeat(10 << 20) + "\"}")),
                Files.createDirectory(dir.resolve("folder.aerun")), dir.resolve("absent.aerun"));
    }

    @Test
    void predictFitCurveAndExportNameTheRunFileAndItsProblemInOneLine() throws IOException {
        Path image = Files.createFile(dir.resolve("digit.png"));
        for (Path run : damaged()) {
            String r = run.toString();
            for (String[] args : List.of(new String[] {"predict", "--run", r, "--image", image.toString()},
                    new String[] {"fit", "--run", r}, new String[] {"curve", "--run", r},
                    new String[] {"export", "--run", r, "--format", "csv", "--out", dir.resolve("out").toString()})) {
                StringWriter err = new StringWriter();
                int code = Cli.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
                String first = err.toString().lines().findFirst().orElse("");
                String context = args[0] + " on " + run.getFileName() + ": " + err;
                assertEquals(2, code, context);
                assertTrue(first.startsWith("error: " + run + ": "), context);
                assertTrue(first.length() < 300, context);
                for (String raw : List.of("Exception", "For input string", "null", "JsonObject", "1410065408")) {
                    assertFalse(first.contains(raw), context);
                }
            }
        }
    }
}
