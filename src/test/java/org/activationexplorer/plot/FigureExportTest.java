package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported activation figures carry each panel's legend, in SVG as text and in PNG as pixels. */
class FigureExportTest {
    @TempDir
    Path dir;

    @Test
    void theActivationsFigureHasALegendPerPanelInSvgAndRendersToPng() throws IOException {
        Figure figure = Figure.activations(List.of(ChartLayoutTest.layer("Layer 1", 0, 1), ChartLayoutTest.layer("Layer 2", 8, 2)),
                true, Figure.caption("Padé", "f(x) = P(x)/Q(x)", null));
        Path svg = dir.resolve("a.svg"), png = dir.resolve("a.png");
        FigureFiles.svg(figure, svg);
        FigureFiles.png(figure, 2, png);
        String text = Files.readString(svg);
        assertEquals(2, count(text, ">inputs (peak bin 8.1 %)<"), "one legend per panel");
        assertEquals(2, count(text, ">initial<"));
        assertEquals(2, count(text, ">f′<"));
        assertTrue(text.contains(">current<") && text.contains(">current (8 units)<"));
        var image = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(2 * figure.width(), image.getWidth());
        assertEquals(2 * figure.height(), image.getHeight());
        RecordingPainter p = new RecordingPainter();
        figure.drawing().accept(p);
        ChartLayoutTest.assertInside(p, figure.width(), figure.height());
        ChartLayoutTest.assertNoOverlaps(p);
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
