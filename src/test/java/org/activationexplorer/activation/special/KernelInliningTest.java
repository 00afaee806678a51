package org.activationexplorer.activation.special;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class KernelInliningTest {
    @Test
    void addsTheDirectiveOnceOnHotSpotWithTheVectorApi() throws Exception {
        assumeTrue(VectorApi.PRESENT);
        assertTrue(KernelInlining.keepKernelsApart());
        assertTrue(KernelInlining.keepKernelsApart()); // the second call adds nothing
        String directives = KernelInlining.directives();
        assertEquals(1, directives.split("matching: org/activationexplorer/\\*\\.\\*", -1).length - 1, directives);
        assertTrue(directives.contains("-*Kernel.*"), directives);
    }
}
