package org.activationexplorer.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.activationexplorer.session.LayerSnapshot;
import org.activationexplorer.train.EpochResult;
import org.junit.jupiter.api.Test;

/**
 * The charts lay out with any font from 9 to 24 (the window's zoom and presentation mode): text sizes follow the
 * font, every text stays on the canvas (width estimated as 0.6·size a character), no two texts overlap, and the
 * legends are drawn.
 */
class ChartLayoutTest {
    private static final Pattern NUMBER = Pattern.compile("-?[0-9.]+(e-?[0-9]+)?");
    private static final String LONG_TITLE = "Layer 1 · Cubic-enhanced ReLU (Yevick, reconstructed) (conv, 6 ch)";

    /** A layer on [-4, 4]: a bent curve, its ghost, 16 parameters, a histogram whose tallest bin has 8.1 %. */
    static LayerSnapshot layer(String title, int channels, double scale) {
        int n = 200;
        double[] xs = new double[n];
        float[] y = new float[n], dy = new float[n], y0 = new float[n], dy0 = new float[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -4 + 8.0 * i / (n - 1);
            y[i] = (float) (scale * xs[i] / (1 + Math.exp(-1.7 * xs[i])));
            dy[i] = (float) (scale * (1 / (1 + Math.exp(-1.7 * xs[i]))));
            y0[i] = (float) Math.max(0, xs[i]);
            dy0[i] = xs[i] > 0 ? 1 : 0;
        }
        float[][] bundle = new float[channels][];
        int[] ids = new int[channels];
        for (int c = 0; c < channels; c++) {
            bundle[c] = y.clone();
            for (int i = 0; i < n; i++) {
                bundle[c][i] *= (float) (1 + 0.05 * c);
            }
            ids[c] = c;
        }
        int[] histogram = new int[48]; // 1000 inputs: 81 in bin 20, 11 × 80 and 39 elsewhere
        histogram[20] = 81;
        for (int b = 25; b < 36; b++) {
            histogram[b] = 80;
        }
        histogram[40] = 39;
        float[] parameters = new float[16];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = (float) (scale * Math.pow(-1.7, i) * 1e-3);
        }
        return new LayerSnapshot(0, title, "pau", new org.activationexplorer.runs.LayerCurve(-4, 4, y, dy, histogram,
                parameters), y0, dy0, bundle, ids, 0.012);
    }

    static LossChart.Data lossData() {
        float[] losses = new float[900];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = (float) (2.3 * Math.exp(-i / 150.0) + 0.05 + 0.03 * Math.sin(i));
        }
        List<EpochResult> epochs = new ArrayList<>();
        for (int e = 1; e <= 3; e++) {
            epochs.add(new EpochResult(e, 0.4 / e, 0.35 / e, 0.9 + 0.02 * e, 30_000, 2.1, 0.3));
        }
        return new LossChart.Data(losses, 1, epochs, 300);
    }

    @Test
    void atFont20TheActivationChartsTickLabelsAreAtLeast18AndItsBoldTitleLarger() {
        RecordingPainter p = new RecordingPainter();
        ActivationChart.draw(p, 600, 330, layer("Layer 1 · Padé (PAU 5/4) (256 units)", 0, 1),
                new ActivationChart.Options(true, false, Double.NaN, -1), 20);
        List<RecordingPainter.Text> ticks = p.texts.stream().filter(t -> NUMBER.matcher(t.s()).matches()).toList();
        assertTrue(ticks.size() >= 6, "ticks on both axes: " + p.strings());
        ticks.forEach(t -> assertTrue(t.size() >= 18, t.toString()));
        RecordingPainter.Text title = p.texts.get(0);
        assertTrue(title.bold() && title.size() >= 20 && title.s().startsWith("Layer 1"), title.toString());
        assertTrue(p.strings().containsAll(List.of("current", "initial", "f′", "inputs (peak bin 8.1 %)")), p.strings().toString());
        assertInside(p, 600, 330);
        assertNoOverlaps(p);
    }

    @Test
    void theLegendLeavesOutFPrimeWhenHiddenAndNamesTheBundleOfPerUnitCurves() {
        RecordingPainter p = new RecordingPainter();
        ActivationChart.draw(p, 330, 250, layer("Layer 2", 8, 1), new ActivationChart.Options(false, false, Double.NaN, 3), 11);
        assertTrue(p.strings().containsAll(List.of("current (8 units)", "initial", "inputs (peak bin 8.1 %)")), p.strings().toString());
        assertFalse(p.strings().contains("f′"));
    }

    @Test
    void atFont20TheLossChartsTickLabelsAreAtLeast18() {
        RecordingPainter p = new RecordingPainter();
        LossChart.draw(p, 600, 330, lossData(), 0.9, false, Double.NaN, 20);
        List<RecordingPainter.Text> ticks = p.texts.stream().filter(t -> NUMBER.matcher(t.s()).matches()).toList();
        assertTrue(ticks.size() >= 5, p.strings().toString());
        ticks.forEach(t -> assertTrue(t.size() >= 18, t.toString()));
        assertTrue(p.strings().containsAll(List.of("train loss (raw)", "smoothed", "test loss", "test accuracy")));
        assertInside(p, 600, 330);
        assertNoOverlaps(p);
    }

    @Test
    void everyChartKeepsItsTextsOnTheCanvasAndApartAtEveryFontFrom9To24() {
        for (int font = 9; font <= 24; font++) {
            double w = Math.max(330, 26 * font), h = Math.max(250, 15 * font); // panels grow with the font
            for (double[] size : new double[][] {{w, h}, {600, 330}}) {
                String at = "font " + font + " at " + size[0] + "×" + size[1];
                for (boolean derivative : new boolean[] {false, true}) {
                    for (int channels : new int[] {0, 8}) {
                        RecordingPainter p = new RecordingPainter();
                        ActivationChart.draw(p, size[0], size[1], layer(LONG_TITLE, channels, 1e30),
                                new ActivationChart.Options(derivative, font % 2 == 0, Double.NaN, -1), font);
                        check(p, size[0], size[1], at + ", activation chart");
                    }
                }
                RecordingPainter p = new RecordingPainter();
                LossChart.draw(p, size[0], size[1], lossData(), 0.6, font % 3 == 0, Double.NaN, 1234, font);
                check(p, size[0], size[1], at + ", loss chart");
                List<String> names = List.of("Padé (PAU 5/4) · MLP 256-256 · seed 1", "KAN B-spline · LeNet-5 · seed 2",
                        "ReLU · MLP 256-256 · seed 3");
                p = new RecordingPainter();
                CompareChart.losses(p, size[0], size[1], names, List.of(lossData().losses(), new float[] {2, 1, 0.5f},
                        new float[] {Float.NaN}), List.of(1, 300, 1), List.of(300, 1, 100), 0.6, font);
                check(p, size[0], size[1], at + ", compared losses");
                p = new RecordingPainter();
                CompareChart.accuracy(p, size[0], size[1], names, List.of(lossData().epochs(), List.of(), lossData().epochs()), font);
                check(p, size[0], size[1], at + ", compared accuracy");
                p = new RecordingPainter();
                CompareChart.curves(p, size[0], size[1], LONG_TITLE, names, List.of(layer("a", 0, 1), layer("b", 0, 2),
                        layer("c", 0, -1)), font);
                check(p, size[0], size[1], at + ", compared curves");
            }
        }
    }

    @Test
    void readOutsStayOnTheCanvasWhenTheValuesExplode() {
        for (int font : new int[] {9, 14, 22}) {
            RecordingPainter p = new RecordingPainter();
            ActivationChart.draw(p, 600, 330, layer(LONG_TITLE, 0, -2.1e30), new ActivationChart.Options(true, true, 1.234567, -1), font);
            assertInside(p, 600, 330);
            assertTrue(p.strings().stream().anyMatch(s -> s.contains("-2.")), p.strings().toString());
            LossChart.Data d = lossData();
            d.losses()[450] = 2.1e30f;
            p = new RecordingPainter();
            Axes a = LossChart.draw(p, 600, 330, d, 0, true, Double.NaN, font);
            p = new RecordingPainter();
            LossChart.draw(p, 600, 330, d, 0, true, a.px(450.5), font);
            assertInside(p, 600, 330);
            assertTrue(p.strings().stream().anyMatch(s -> s.contains("loss 2.100e30")), p.strings().toString());
        }
    }

    @Test
    void theXTickLabelsNeverTouch() {
        for (double width = 80; width < 1200; width += 37) {
            for (double font = 9; font <= 24; font += 3) {
                Axes a = new Axes(0, 0, width, 100, 99_990, 100_010.5, 0, 1, false);
                RecordingPainter p = new RecordingPainter();
                a.draw(p, font, null, null);
                List<RecordingPainter.Text> xs = p.texts.stream().filter(t -> t.y() > 100).toList();
                for (int i = 1; i < xs.size(); i++) {
                    assertFalse(xs.get(i).overlaps(xs.get(i - 1)), xs.toString());
                }
                assertEquals(xs.stream().map(RecordingPainter.Text::s).distinct().count(), xs.size(), "distinct labels");
            }
        }
    }

    @Test
    void tickLabelsHaveTheDecimalsTheirStepNeeds() {
        assertEquals("1.5", Axes.format(1.5, 0.5));
        assertEquals("1.0", Axes.format(1, 0.5));
        assertEquals("0.015", Axes.format(0.015, 0.005));
        assertEquals("2e30", Axes.format(2e30, 1e30));
        assertEquals("1.5e5", Axes.format(1.5e5, 5e4));
        assertEquals("5e-4", Axes.format(5e-4, 5e-4));
        assertEquals("200", Axes.format(200, 100));
        assertEquals("0", Axes.format(0, 0.1));
        assertEquals("0.3", Axes.format(0.30000000000000004, 0.09999999999999998));
    }

    private static void check(RecordingPainter p, double w, double h, String what) {
        try {
            assertInside(p, w, h);
            assertNoOverlaps(p);
        } catch (AssertionError e) {
            throw new AssertionError(what + ": " + e.getMessage(), e);
        }
    }

    static void assertInside(RecordingPainter p, double w, double h) {
        for (RecordingPainter.Text t : p.texts) {
            assertTrue(t.x() >= -0.5 && t.x() + t.width() <= w + 0.5 && t.top() >= -0.5 && t.bottom() <= h + 0.5,
                    "off the " + w + "×" + h + " canvas: " + t);
        }
    }

    static void assertNoOverlaps(RecordingPainter p) {
        List<RecordingPainter.Text> t = p.texts.stream().filter(x -> !x.s().isEmpty()).toList();
        for (int i = 0; i < t.size(); i++) {
            for (int j = i + 1; j < t.size(); j++) {
                assertFalse(t.get(i).overlaps(t.get(j)), t.get(i) + " overlaps " + t.get(j));
            }
        }
    }
}
