package org.activationexplorer.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LatestTest {
    @Test
    void takeReturnsTheNewestOnceThenNull() {
        Latest<String> latest = new Latest<>();
        latest.publish("a");
        latest.publish("b");
        assertEquals("b", latest.take());
        assertNull(latest.take());
    }
}
