package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train checks every option before it works, stops a diverged run without touching --save, and says so by code. */
class TrainCommandTest {
    @TempDir
    static Path dir;
    private static Path good;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void saveAGoodRun() {
        good = dir.resolve("good.aerun");
        assertEquals(0, Cli.run(new String[] {"train", "--limit", "300", "--epochs", "1", "--hidden", "16", "--save",
                good.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
    }

    private int train(String... options) {
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(List.of(options));
        return Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    private static List<String> folder() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSaveTargetThatCannotBeWrittenIsExitTwoBeforeTraining() throws IOException {
        List<String> targets = new ArrayList<>(List.of(dir.toString(), dir.resolve("no/such/run.aerun").toString(),
                "/dev/null"));
        if (Files.isDirectory(Path.of("/proc/self"))) {
            targets.add("/proc/run.aerun"); // refuses new files even from root, as read-only folders refuse others
        }
        List<String> before = folder();
        for (String target : targets) {
            assertEquals(2, train("--limit", "300", "--epochs", "1", "--save", target), target);
        }
        assertEquals("", out.toString(), "no epoch trained");
        assertEquals(before, folder(), "the check leaves no file of its own");
    }

    @Test
    void aDivergedRunIsExitThreeAndTheFileAtSaveIsUnchanged() throws IOException {
        byte[] bytes = Files.readAllBytes(good);
        List<String> before = folder();
        assertEquals(TrainCommand.DIVERGED, train("--activation", "pau", "--lr", "5", "--limit", "2000", "--save",
                good.toString()));
        assertArrayEquals(bytes, Files.readAllBytes(good));
        assertEquals(before, folder(), "nothing written beside it either");
        assertEquals("", out.toString());
    }

    @Test
    void anExplosionThatStaysBelowTheCeilingIsDivergenceToo() {
        // PAU at Adam lr 1: 1e4-1e5 after its first batches; it used to finish at 19.9 % with exit 0
        assertEquals(TrainCommand.DIVERGED, train("--activation", "pau", "--lr", "1", "--limit", "2000",
                "--epochs", "1"));
    }

    @Test
    void optionsBeyondTheDataOrUnknownAreExitTwoBeforeTraining() {
        for (String[] options : List.of(new String[] {"--limit", "100000"}, new String[] {"--blas", "bogus"},
                new String[] {"--limit", "100", "--batch", "128"}, new String[] {"--lesson", "dying-relu", "--blas",
                    "bogus"})) {
            assertEquals(2, train(options), String.join(" ", options));
        }
        assertEquals("", out.toString(), "no epoch trained");
    }

    @Test
    void theLargestLimitAndBatchAreAccepted() {
        assertEquals(0, train("--limit", "60000", "--batch", "4096", "--epochs", "1", "--hidden", "8"), err.toString());
    }

    @Test
    void helpListsEveryExitCode() {
        Map<String, String> codes = new CommandLine(new TrainCommand()).getCommandSpec().usageMessage().exitCodeList();
        assertEquals(List.of("0", "1", "2", "3", "4"), new ArrayList<>(codes.keySet()));
        assertEquals(3, TrainCommand.DIVERGED);
        assertEquals(4, SaveWithFallback.NOT_SAVED);
        assertTrue(train("--help") == 0 && out.toString().contains("Exit codes"));
    }
}
