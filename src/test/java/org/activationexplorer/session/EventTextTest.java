package org.activationexplorer.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.activationexplorer.train.Divergence;
import org.junit.jupiter.api.Test;

/** The sentences are made from the values: here, that every value reaches the text and nothing is repeated. */
class EventTextTest {

    @Test
    void aDivergenceStatesItsPlaceAndValueOnceWithSignificantDigits() {
        var d = new RunEvent.Diverged(new Divergence(Divergence.Reason.LOSS_TOO_LARGE, 1, 37,
                2102338623039859800000000000000.0, 1e6, null), 37, 20, true);
        String text = EventText.of(d);
        assertTrue(text.contains("epoch 1, batch 37"), text);
        assertTrue(text.contains("2.10e30"), text);
        assertFalse(text.contains("2102338623"), "no 31-digit number");
        assertTrue(text.contains("step 20"), text);
        assertEquals(1, text.split("diverged", -1).length - 1, "one sentence of what happened: " + text);
    }

    @Test
    void everyEventHasASentence() {
        Path f = Path.of("runs/x.aerun");
        for (RunEvent e : new RunEvent[] {new RunEvent.Loading(f), new RunEvent.LoadFailed(f, "missing"),
            new RunEvent.Failed("boom"), new RunEvent.Restored(40), new RunEvent.RestoreRefused(true, null),
            new RunEvent.RestoreRefused(false, "bad lr"), new RunEvent.Finished(3, new RunEvent.Saved(f, 9)),
            new RunEvent.Stopped(1, null), new RunEvent.SavedNow(new RunEvent.SaveFailed(f, "read-only")),
            new RunEvent.SavedNow(new RunEvent.NothingToSave())}) {
            assertFalse(EventText.of(e).isBlank(), e.toString());
        }
        assertTrue(EventText.of(new RunEvent.Finished(3, new RunEvent.Saved(f, 9))).contains(f.toString()));
    }
}
