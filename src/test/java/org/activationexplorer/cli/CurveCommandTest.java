package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurveCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void taylorsCurveSaysOnStderrWhereTheInitialPolynomialIsWithinATenthOfItsBase() {
        assertEquals(0, run("curve", "--activation", "taylor", "--range", "-2:2", "--points", "3"), err.toString());
        assertEquals(List.of("x,y,dy", "-2.00000,0.00000000,-0.500000000", "0.00000,0.00000000,0.500000000",
                "2.00000,2.00000000,1.50000000"), out.toString().lines().toList(), "the CSV stays clean");
        assertTrue(err.toString().contains("[-1.56, 1.56]") && err.toString().contains("SiLU"), err.toString());
    }

    @Test
    void aFamilyThatIsNoStandInPrintsOnlyItsCsv() {
        assertEquals(0, run("curve", "--activation", "softsign", "--range", "-1:1", "--points", "3"));
        assertEquals(List.of("x,y,dy", "-1.00000,-0.500000000,0.250000000", "0.00000,0.00000000,1.00000000",
                "1.00000,0.500000000,0.250000000"), out.toString().lines().toList());
        assertEquals("", err.toString());
    }

    @Test
    void theStepsSlopeColumnIsTheStraightThroughEstimator() {
        assertEquals(0, run("curve", "--activation", "step", "--range", "-2:2", "--points", "5"));
        assertEquals(List.of("x,y,dy", "-2.00000,0.00000000,0.00000000", "-1.00000,0.00000000,1.00000000",
                "0.00000,1.00000000,1.00000000", "1.00000,1.00000000,1.00000000", "2.00000,1.00000000,0.00000000"),
                out.toString().lines().toList());
    }
}
