package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.activationexplorer.activation.Activations;
import org.junit.jupiter.api.Test;

class DescribeCommandTest {
    private static final List<String> KEYS = List.of("name", "formula", "citation", "form", "form_note", "range",
            "monotonic", "zero_centred", "smooth", "saturates", "slope_at_zero", "slope_at_zero_rule", "kinks", "jumps");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    private JsonObject describe(String... args) {
        out.getBuffer().setLength(0);
        String[] all = new String[args.length + 1];
        all[0] = "describe";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(0, run(all), err.toString());
        List<String> lines = out.toString().lines().toList();
        assertEquals(1, lines.size(), out.toString());
        return JsonParser.parseString(lines.get(0)).getAsJsonObject();
    }

    @Test
    void everyFamilyIsDescribedWithEveryKey() {
        Set<String> forms = Set.of("paper", "reformulated", "reconstructed", "fit");
        for (String name : Activations.names()) {
            JsonObject card = describe("--activation", name);
            for (String key : KEYS) {
                assertTrue(card.has(key), name + " lacks " + key);
            }
            assertEquals(name, card.get("name").getAsString());
            assertFalse(card.get("citation").getAsString().isBlank(), name);
            assertTrue(forms.contains(card.get("form").getAsString()), name);
            assertEquals(2, card.getAsJsonArray("range").size(), name);
            boolean jumpAtZero = card.get("slope_at_zero_rule").getAsString().startsWith("none");
            assertEquals(jumpAtZero, card.get("slope_at_zero").isJsonNull(), name + ": a slope at 0 unless f jumps there");
            assertEquals(name.equals("taylor"), card.has("valid_interval"), name + ": only a stand-in has one");
        }
    }

    @Test
    void theStepJumpsAtZeroAndHasNoSlopeThere() {
        JsonObject step = describe("--activation", "step");
        assertEquals("[0]", step.getAsJsonArray("jumps").toString());
        assertEquals("[]", step.getAsJsonArray("kinks").toString());
        assertTrue(step.get("slope_at_zero").isJsonNull());
        assertFalse(step.get("smooth").getAsBoolean());
        assertTrue(step.get("formula").getAsString().contains("straight-through"), "the card states the surrogate");
    }

    @Test
    void taylorShowsWhereItsInitialPolynomialIsWithinATenthOfItsBase() {
        JsonObject silu = describe("--activation", "taylor");
        assertEquals(0.1, silu.get("valid_tolerance").getAsDouble());
        assertEquals(-1.56309, silu.getAsJsonArray("valid_interval").get(0).getAsDouble(), 1e-5);
        assertEquals(1.56309, silu.getAsJsonArray("valid_interval").get(1).getAsDouble(), 1e-5);
        assertEquals(1, silu.getAsJsonArray("valid_intervals").size());
        JsonObject relu = describe("--activation", "taylor", "--init", "relu", "--param", "degree=4");
        assertEquals(0, relu.getAsJsonArray("valid_interval").size(), "a fit 0.18 above ReLU at 0");
        assertEquals(2, relu.getAsJsonArray("valid_intervals").size());
        assertTrue(describe("--activation", "taylor", "--param", "degree=5").getAsJsonArray("valid_interval").get(1)
                .getAsDouble() > 1.56309, "a longer series stays close further out");
    }

    @Test
    void reluIsDescribedWithItsComputedProperties() {
        JsonObject relu = describe("--activation", "relu");
        assertEquals(0, relu.getAsJsonArray("range").get(0).getAsDouble());
        assertEquals("inf", relu.getAsJsonArray("range").get(1).getAsString());
        assertTrue(relu.get("monotonic").getAsBoolean());
        assertFalse(relu.get("zero_centred").getAsBoolean());
        assertFalse(relu.get("smooth").getAsBoolean());
        assertEquals("[\"left\"]", relu.getAsJsonArray("saturates").toString());
        assertEquals(0.5, relu.get("slope_at_zero").getAsDouble());
        assertTrue(relu.get("slope_at_zero_rule").getAsString().startsWith("mean of one-sided"));
        assertTrue(relu.get("citation").getAsString().contains("Nair"));
    }

    @Test
    void tanhAndIdentityShowBoundedAndUnboundedRanges() {
        JsonObject tanh = describe("--activation", "tanh");
        assertEquals("[-1,1]", tanh.getAsJsonArray("range").toString());
        assertEquals("[\"left\",\"right\"]", tanh.getAsJsonArray("saturates").toString());
        assertEquals(1, tanh.get("slope_at_zero").getAsDouble());
        JsonObject identity = describe("--activation", "identity");
        assertEquals("[\"-inf\",\"inf\"]", identity.getAsJsonArray("range").toString());
        assertEquals(0, identity.getAsJsonArray("saturates").size());
    }

    @Test
    void paramsAndInitChangeTheCardAndTaylorsReluStartIsAFit() {
        assertEquals(0.505, describe("--activation", "leaky_relu").get("slope_at_zero").getAsDouble(), 1e-9);
        assertEquals(0.55, describe("--activation", "leaky_relu", "--param", "slope=0.1").get("slope_at_zero")
                .getAsDouble(), 1e-9);
        JsonObject fit = describe("--activation", "taylor", "--init", "relu");
        assertEquals("fit", fit.get("form").getAsString());
        assertTrue(fit.get("form_note").getAsString().contains("least-squares"));
        assertEquals("reconstructed", describe("--activation", "taylor", "--init", "tanh").get("form").getAsString());
        assertTrue(describe("--activation", "ditac").get("citation").getAsString()
                .contains("Trainable Highly-expressive Activation Functions"));
    }

    @Test
    void anUnknownFamilyOrInitIsABadArgument() {
        assertEquals(2, run("describe", "--activation", "nope"));
        assertTrue(err.toString().contains("valid:"), err.toString());
        assertEquals(2, run("describe", "--activation", "taylor", "--init", "nope"));
    }

    @Test
    void listActivationsShowsCitationAndForm() {
        assertEquals(0, run("list-activations"));
        String text = out.toString();
        assertTrue(text.contains("[form: reconstructed]"), text);
        assertTrue(text.contains("[form: reformulated]"), text);
        assertTrue(text.contains("--init relu: form fit"), text);
        assertTrue(text.contains("Trainable Highly-expressive Activation Functions"), text);
    }
}
