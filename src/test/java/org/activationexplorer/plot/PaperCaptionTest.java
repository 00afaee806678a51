package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A paper figure's caption is printed whole, wrapped to the figure's width, and the figure grows to hold it. */
class PaperCaptionTest {
    private static final String LONG = "Padé (PAU 5/4): f(x) = (a0 + a1x + … + a5x^5) / (1 + |b1x| + |b2x²| + |b3x³| + "
            + "|b4x⁴|) · mlp, seed 1, after 235 training steps on 30,000 images with Adam at lr 0.001";

    @Test
    void wrappingKeepsEveryWordInOrderAndEachLineFits() {
        List<String> lines = Legend.wrap(LONG, 7.5, 300);
        assertTrue(lines.size() > 1);
        assertEquals(LONG, String.join(" ", lines));
        for (String line : lines) {
            assertTrue(Legend.textWidth(line, 7.5) <= 300, line);
        }
    }

    @Test
    void aShortCaptionIsOneLineAndAnEmptyOneStillALine() {
        assertEquals(List.of("loss"), Legend.wrap("loss", 7, 200));
        assertEquals(List.of(""), Legend.wrap("", 7, 200));
    }

    @Test
    void theDoubleColumnActivationsFigurePrintsTheWholeCaptionInsideItself() {
        var layers = List.of(ChartLayoutTest.layer("Layer 1 · Padé", 0, 1), ChartLayoutTest.layer("Layer 2 · Padé", 0, 1));
        Figure short_ = Figure.activations(layers, false, "short", List.of(), List.of(), Style.DOUBLE_COLUMN);
        Figure long_ = Figure.activations(layers, false, LONG, List.of(), List.of(), Style.DOUBLE_COLUMN);
        assertEquals(Style.DOUBLE_COLUMN.width(), long_.width(), 1e-9);
        assertTrue(long_.height() > short_.height(), "the figure grows by the caption's extra lines");
        RecordingPainter p = new RecordingPainter();
        long_.drawing().accept(p);
        String printed = String.join(" ", p.strings());
        for (String word : LONG.split(" ")) {
            assertTrue(printed.contains(word), word);
        }
        for (RecordingPainter.Text t : p.texts) {
            assertTrue(t.y() <= long_.height() && t.x() + t.width() <= long_.width() + 1, t.s());
        }
    }
}
