package org.activationexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {
    private static final Rectangle2D PROJECTOR = new Rectangle2D(0, 0, 1280, 800);

    @Test
    void withNothingRememberedTheWindowTakesNinetyPercentCentred() {
        Rectangle2D b = WindowPlacement.fit(PROJECTOR, null);
        assertEquals(new Rectangle2D(64, 40, 1152, 720), b);
    }

    @Test
    void aRememberedPlaceOnTheScreenIsKept() {
        Rectangle2D saved = new Rectangle2D(10, 20, 1000, 600);
        assertEquals(saved, WindowPlacement.fit(PROJECTOR, saved));
    }

    @Test
    void aRememberedPlaceOffThisScreenIsNot() {
        // last used on a 1920×1080 monitor, now on the projector: the old 1400×900 at (−60, −33) was the bug
        assertEquals(WindowPlacement.fit(PROJECTOR, null),
                WindowPlacement.fit(PROJECTOR, new Rectangle2D(-60, -33, 1400, 900)));
        assertEquals(WindowPlacement.fit(PROJECTOR, null),
                WindowPlacement.fit(PROJECTOR, new Rectangle2D(500, 300, 1000, 600)));
    }
}
