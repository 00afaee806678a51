package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FitCommandTest {
    @TempDir
    static Path dir;
    private static Path run;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainATinyPauRun() {
        run = dir.resolve("pau.aerun");
        int code = Cli.run(new String[] {"train", "--limit", "1000", "--epochs", "1", "--hidden", "32",
                "--activation", "pau", "--save", run.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertEquals(0, code);
    }

    private int fit(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "fit";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    private List<JsonObject> lines() {
        return out.toString().lines().map(l -> JsonParser.parseString(l).getAsJsonObject()).toList();
    }

    @Test
    void swish_beta_at_its_start_is_recognised_as_silu() {
        assertEquals(0, fit("--activation", "swish_beta"), err.toString());
        List<JsonObject> lines = lines();
        assertEquals(5, lines.size());
        JsonObject best = lines.get(0);
        assertEquals("silu", best.get("name").getAsString());
        assertTrue(best.get("r2").getAsDouble() >= 0.9999, best.toString());
        assertEquals(1, best.get("a").getAsDouble(), 1e-3);
        assertEquals(1, best.get("c").getAsDouble(), 1e-3);
        assertEquals(0, best.get("b").getAsDouble(), 1e-3);
        assertEquals(0, best.get("d").getAsDouble(), 1e-3);
        assertEquals(0, best.get("max_residual").getAsDouble(), 1e-4);
    }

    @Test
    void polynomials_print_their_coefficients_lowest_power_first() {
        assertEquals(0, fit("--activation", "identity", "--range", "-1:2", "--top", "30"));
        JsonObject line = lines().stream().filter(l -> l.get("name").getAsString().equals("poly1")).findFirst()
                .orElseThrow();
        var coefficients = line.getAsJsonArray("coefficients");
        assertEquals(2, coefficients.size());
        assertEquals(0, coefficients.get(0).getAsDouble(), 1e-9);
        assertEquals(1, coefficients.get(1).getAsDouble(), 1e-9);
        assertEquals(1, line.get("r2").getAsDouble(), 1e-9);
    }

    @Test
    void a_trained_pau_layer_is_fitted_where_its_inputs_were() {
        assertEquals(0, fit("--run", run.toString(), "--layer", "1"), err.toString());
        List<JsonObject> lines = lines();
        assertEquals(5, lines.size());
        for (JsonObject line : lines) {
            assertTrue(line.has("name") && line.has("r2") && line.has("max_residual"), line.toString());
            assertTrue(line.has("a") || line.has("coefficients"), line.toString());
        }
        assertTrue(lines.get(0).get("r2").getAsDouble() > 0.99, lines.get(0).toString());
        assertTrue(err.toString().contains("recorded inputs"), err.toString());
    }

    @Test
    void the_first_recorded_step_is_pau_at_its_start() {
        assertEquals(0, fit("--run", run.toString(), "--layer", "1", "--step", "0", "--top", "1"), err.toString());
        assertEquals(1, lines().size());
        assertTrue(err.toString().startsWith("step 0 "), err.toString());
    }

    @Test
    void export_with_fit_writes_the_layers_ranked_fits_beside_the_curves() throws Exception {
        assertEquals(0, fit("--run", run.toString(), "--layer", "1", "--top", "1"), err.toString());
        double best = lines().get(0).get("r2").getAsDouble();
        out.getBuffer().setLength(0);
        Path folder = dir.resolve("fits");
        assertEquals(0, Cli.run(new String[] {"export", "--run", run.toString(), "--what", "activations", "--format",
                "csv", "--fit", "--out", folder.toString()}, new PrintWriter(out), new PrintWriter(err)), err.toString());
        Path fits = Path.of(out.toString().lines().filter(l -> l.endsWith("-fits.csv")).findFirst().orElseThrow());
        List<String> rows = java.nio.file.Files.readAllLines(fits);
        assertEquals(1 + 5, rows.size(), "a header and five candidates for the one layer");
        String[] first = rows.get(1).split(",");
        assertEquals("1", first[0]);
        assertEquals("1", first[1]);
        assertEquals(best, Double.parseDouble(first[4]), 1e-6, "the same best fit as `fit`");
        out.getBuffer().setLength(0);
        assertEquals(0, Cli.run(new String[] {"export", "--run", run.toString(), "--what", "activations", "--format",
                "svg", "--fit", "--out", folder.toString()}, new PrintWriter(out), new PrintWriter(err)), err.toString());
        assertTrue(java.nio.file.Files.readString(Path.of(out.toString().strip())).contains("R²"));
        assertEquals(2, Cli.run(new String[] {"export", "--run", run.toString(), "--what", "loss", "--format", "svg",
                "--fit", "--out", folder.toString()}, new PrintWriter(out), new PrintWriter(err)));
    }

    @Test
    void wrong_arguments_exit_2_with_a_reason() {
        assertEquals(2, fit("--run", run.toString(), "--layer", "2"));
        assertTrue(err.toString().contains("--layer must be 1 to 1"), err.toString());
        assertEquals(2, fit("--activation", "tanh", "--range", "4:-4"));
        assertEquals(2, fit("--activation", "nope"));
        assertEquals(2, fit());
    }
}
