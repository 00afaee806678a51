package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class DigitImageTest {
    private static final int N = DigitImage.SIZE;

    /** A "7" drawn black on white, `scale` pixels a unit, its corner at (x, y) of a width × height canvas. */
    static BufferedImage seven(int width, int height, int x, int y, double scale, boolean antialiased) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiased ? RenderingHints.VALUE_ANTIALIAS_ON
                : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setStroke(new BasicStroke((float) (1.2 * scale), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        Path2D.Double stroke = new Path2D.Double();
        stroke.moveTo(x + 0.6 * scale, y + 0.6 * scale);
        stroke.lineTo(x + 6 * scale, y + 0.6 * scale);
        stroke.lineTo(x + 3 * scale, y + 9.4 * scale);
        g.draw(stroke);
        g.dispose();
        return image;
    }

    private static BufferedImage inverted(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, 255 - image.getRaster().getSample(x, y, 0));
            }
        }
        return out;
    }

    /** {x0, y0, x1, y1} around the pixels of at least `level` of 255. */
    static int[] box(byte[] digit, int level) {
        double[] values = new double[digit.length];
        for (int i = 0; i < digit.length; i++) {
            values[i] = (digit[i] & 0xFF) / 255.0;
        }
        return box(values, level);
    }

    /** {x0, y0, x1, y1} around the values of at least level / 255 in a square image. */
    static int[] box(double[] values, int level) {
        int side = (int) Math.round(Math.sqrt(values.length));
        int x0 = side, y0 = side, x1 = 0, y1 = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] >= level / 255.0 - 1e-12) {
                x0 = Math.min(x0, i % side);
                y0 = Math.min(y0, i / side);
                x1 = Math.max(x1, i % side + 1);
                y1 = Math.max(y1, i / side + 1);
            }
        }
        return new int[] {x0, y0, x1, y1};
    }

    /** {x, y}: the mean pixel index weighted by value, as MNIST's centring measured it. */
    static double[] centreOfMass(byte[] digit) {
        double mass = 0, x = 0, y = 0;
        for (int i = 0; i < digit.length; i++) {
            int v = digit[i] & 0xFF;
            mass += v;
            x += v * (i % N);
            y += v * (i / N);
        }
        return new double[] {x / mass, y / mass};
    }

    @Test
    void aBarBecomesAWhiteBarTwentyPixelsLongWithItsCentreOfMassAtTheCentre() {
        BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 100, 100);
        g.setColor(Color.BLACK);
        g.fillRect(7, 60, 40, 10); // halved: 20 × 5, centre of mass (9.5, 2) moved to (14.5, 14)
        g.dispose();

        byte[] digit = DigitImage.fromImage(image);

        for (int y = 0; y < N; y++) {
            for (int x = 0; x < N; x++) {
                int expected = y >= 12 && y <= 16 && x >= 5 && x <= 24 ? 255 : 0;
                assertEquals(expected, digit[y * N + x] & 0xFF, "pixel (" + x + ", " + y + ")");
            }
        }
    }

    @Test
    void darkOnLightAndLightOnDarkGiveTheSameDigit() {
        BufferedImage darkOnLight = seven(160, 200, 20, 30, 12, true);

        assertArrayEquals(DigitImage.fromImage(darkOnLight), DigitImage.fromImage(inverted(darkOnLight)));
    }

    @Test
    void theCentreOfMassLandsWithinHalfAPixelOfTheCentreWhereverAndHoweverLargeTheDigit() {
        int[][] placements = {{0, 0, 4}, {150, 10, 5}, {5, 120, 9}, {60, 60, 13}, {30, 2, 17}};
        for (int[] p : placements) {
            byte[] digit = DigitImage.fromImage(seven(240, 180, p[0], p[1], p[2], true));
            double[] c = centreOfMass(digit);
            assertEquals(14, c[0], 0.5, "x at " + java.util.Arrays.toString(p));
            assertEquals(14, c[1], 0.5, "y at " + java.util.Arrays.toString(p));
        }
    }

    @Test
    void theInksLongerSideBecomesTwentyPixelsAndTheShorterKeepsItsProportion() {
        for (int scale : new int[] {3, 7, 11, 16}) { // a box 2.5 to 13.3 times the field: shrunk and enlarged
            BufferedImage drawn = seven(200, 200, 9, 13, scale, false);
            int[] ink = box(DigitImage.ink(DigitImage.gray(drawn), 200, 200), 200);
            byte[] sharp = DigitImage.fromImage(drawn);
            int[] b = box(sharp, 1);
            assertEquals(20, b[3] - b[1], "height at scale " + scale);
            double width = 20.0 * (ink[2] - ink[0]) / (ink[3] - ink[1]);
            assertEquals(Math.ceil(width), b[2] - b[0], "width at scale " + scale + ": " + width + " rounded up");

            byte[] smooth = DigitImage.fromImage(seven(200, 200, 9, 13, scale, true));
            int[] s = box(smooth, (int) Math.round(DigitImage.INK_THRESHOLD * 255));
            assertEquals(20, s[3] - s[1], "anti-aliased height at scale " + scale);
        }
    }

    @Test
    void aBlankImageIsRefusedByName() {
        BufferedImage white = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY);
        white.createGraphics().fillRect(0, 0, 50, 40);
        var e = assertThrows(DigitImage.NoInkException.class, () -> DigitImage.fromImage(white));
        assertEquals("no ink: the image is one shade", e.getMessage());
        assertThrows(DigitImage.NoInkException.class, () -> DigitImage.fromGray(new double[12], 3, 4));

        double[] paper = new double[60 * 60]; // grain of ±10/255 and nothing else
        Random random = new Random(3);
        for (int i = 0; i < paper.length; i++) {
            paper[i] = 0.9 + (random.nextInt(21) - 10) / 255.0;
        }
        var grain = assertThrows(DigitImage.NoInkException.class, () -> DigitImage.fromGray(paper, 60, 60));
        assertEquals("no ink: the strongest pixel differs from the background by only 10/255 "
                + "(its grain alone by 22/255)",
                grain.getMessage());
    }

    @Test
    void jpegNoiseAndPaperGrainNeitherMoveTheBoxNorChangeTheDigitMuch() throws IOException {
        BufferedImage clean = seven(150, 170, 40, 25, 10, true);
        byte[] expected = DigitImage.fromImage(clean);

        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(clean, "jpg", jpeg);
        byte[] fromJpeg = DigitImage.fromImage(ImageIO.read(new ByteArrayInputStream(jpeg.toByteArray())));
        BufferedImage grainy = inverted(inverted(clean));
        Random random = new Random(5);
        for (int y = 0; y < 170; y++) {
            for (int x = 0; x < 150; x++) {
                int v = grainy.getRaster().getSample(x, y, 0) + random.nextInt(31) - 15;
                grainy.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        byte[] fromGrainy = DigitImage.fromImage(grainy);

        // measured: the centre of mass moved 0.08 px (JPEG) and 0.19 px (grain), pixels 1.7 and 1.4 levels on average
        for (byte[] noisy : new byte[][] {fromJpeg, fromGrainy}) {
            assertArrayEquals(box(expected, 51), box(noisy, 51));
            assertArrayEquals(centreOfMass(expected), centreOfMass(noisy), 0.25);
            double difference = 0;
            for (int i = 0; i < expected.length; i++) {
                difference += Math.abs((expected[i] & 0xFF) - (noisy[i] & 0xFF));
            }
            assertTrue(difference / expected.length < 3, "mean difference " + difference / expected.length + "/255");
        }
    }

    @Test
    void theDrawingPadsGreyLevelsGiveWhatTheImageGives() {
        BufferedImage image = seven(90, 120, 10, 10, 9, true);
        double[] gray = new double[90 * 120];
        for (int i = 0; i < gray.length; i++) {
            gray[i] = image.getRaster().getSample(i % 90, i / 90, 0) / 255.0;
        }

        assertArrayEquals(DigitImage.fromImage(image), DigitImage.fromGray(gray, 90, 120));
    }

    @Test
    void colourAndTransparentImagesGiveWhatTheGreyOneGives() {
        BufferedImage gray = seven(90, 120, 10, 10, 9, true);
        BufferedImage rgb = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
        BufferedImage transparent = new BufferedImage(90, 120, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 90; x++) {
                int v = gray.getRaster().getSample(x, y, 0);
                rgb.setRGB(x, y, v << 16 | v << 8 | v);
                transparent.setRGB(x, y, (255 - v) << 24 | 0xFFFFFF); // white strokes, opaque where the ink is
            }
        }
        byte[] expected = DigitImage.fromImage(gray);

        assertArrayEquals(expected, DigitImage.fromImage(rgb));
        assertArrayEquals(expected, DigitImage.fromImage(transparent));
    }

    @Test
    void mnistsOwnTestDigitsComeBackAsTheyWere() throws IOException {
        IdxArray digits = IdxReader.read(Path.of("datasets", "mnist", "t10k-images-idx3-ubyte.gz"));
        int same = 0, within5 = 0;
        for (int d = 0; d < digits.count(); d++) {
            double[] gray = new double[N * N];
            for (int i = 0; i < gray.length; i++) {
                gray[i] = (digits.data()[d * N * N + i] & 0xFF) / 255.0;
            }
            byte[] again = DigitImage.fromGray(gray, N, N);
            int worst = 0;
            for (int i = 0; i < again.length; i++) {
                worst = Math.max(worst, Math.abs((again[i] & 0xFF) - (digits.data()[d * N * N + i] & 0xFF)));
            }
            same += worst == 0 ? 1 : 0;
            within5 += worst <= 5 ? 1 : 0;
        }
        // measured: 8942 of 10000 byte for byte, 9957 within 5/255 (the strongest pixel stretched from 250+ to 255)
        assertTrue(same >= 8900, same + " the same");
        assertTrue(within5 >= 9940, within5 + " within 5/255");
    }

    @Test
    void greyLevelsThatDoNotFitTheSizeAreRefused() {
        var e = assertThrows(IllegalArgumentException.class, () -> DigitImage.fromGray(new double[10], 3, 4));
        assertEquals("a 3×4 image needs 12 grey levels, got 10", e.getMessage());
    }
}
