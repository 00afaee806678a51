package org.activationexplorer.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ParallelTest {

    /** The timeout guards against a lost hand-off (a hang), with room for a machine loaded 10× over its cores. */
    @Test
    @Timeout(60)
    void bothPartsRunEveryTimeAndTheCallerSeesTheirResults() {
        int[] counts = new int[2];
        try (Parallel parallel = new Parallel(2)) {
            for (int i = 0; i < 20_000; i++) {
                parallel.run((part, parts) -> counts[part]++);
            }
        }
        assertArrayEquals(new int[] {20_000, 20_000}, counts);
    }

    @Test
    void oneThreadRunsTheWholeTaskOnTheCaller() {
        AtomicIntegerArray seen = new AtomicIntegerArray(2);
        try (Parallel parallel = new Parallel(1)) {
            parallel.run((part, parts) -> seen.set(part, parts));
        }
        assertTrue(seen.get(0) == 1 && seen.get(1) == 0);
    }

    @Test
    @Timeout(10)
    void aFailureOnTheWorkerReachesTheCaller() {
        try (Parallel parallel = new Parallel(2)) {
            assertThrows(IllegalStateException.class, () -> parallel.run((part, parts) -> {
                if (part == 1) {
                    throw new ArithmeticException("boom");
                }
            }));
            parallel.run((part, parts) -> { }); // still usable afterwards
        }
    }
}
