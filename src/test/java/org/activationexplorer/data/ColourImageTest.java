package org.activationexplorer.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class ColourImageTest {
    private static BufferedImage rgb(int width, int height, java.util.function.IntBinaryOperator colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, colour.applyAsInt(x, y));
            }
        }
        return image;
    }

    /** Every value of plane c (0 red, 1 green, 2 blue) of a 32×32 result. */
    private static void assertPlane(byte[] image, int c, int value) {
        for (int i = 0; i < 1024; i++) {
            assertEquals(value, image[c * 1024 + i] & 0xFF, "channel " + c + ", pixel " + i);
        }
    }

    @Test
    void aCifarSizedPictureBecomesItsOwnRedGreenAndBluePlanes() {
        byte[] expected = CifarFiles.pixels(3, 3, 1);
        BufferedImage image = rgb(32, 32, (x, y) -> (expected[y * 32 + x] & 0xFF) << 16
                | (expected[1024 + y * 32 + x] & 0xFF) << 8 | (expected[2048 + y * 32 + x] & 0xFF));

        assertArrayEquals(expected, ColourImage.fromImage(image, ImageShape.CIFAR10));
    }

    @Test
    void aWidePictureKeepsItsCentredSquare() {
        // 64×32: red on the left quarter, green in the middle half, blue on the right quarter
        BufferedImage image = rgb(64, 32, (x, y) -> x < 16 ? 0xFF0000 : x < 48 ? 0x00FF00 : 0x0000FF);

        byte[] out = ColourImage.fromImage(image, ImageShape.CIFAR10);

        assertPlane(out, 0, 0);
        assertPlane(out, 1, 255);
        assertPlane(out, 2, 0);
    }

    @Test
    void aLargerPictureIsAveragedOverWhatEachPixelCovers() {
        BufferedImage checkerboard = rgb(64, 64, (x, y) -> (x + y) % 2 == 0 ? 0xFFFFFF : 0x000000);

        byte[] out = ColourImage.fromImage(checkerboard, ImageShape.CIFAR10);

        for (int c = 0; c < 3; c++) {
            assertPlane(out, c, 128); // 127.5 rounded
        }
    }

    @Test
    void aGreyPictureGivesThreeEqualPlanesWithoutAGammaCurve() {
        BufferedImage grey = new BufferedImage(32, 32, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                grey.getRaster().setSample(x, y, 0, 100);
            }
        }

        byte[] out = ColourImage.fromImage(grey, ImageShape.CIFAR10);

        for (int c = 0; c < 3; c++) {
            assertPlane(out, c, 100);
        }
    }

    @Test
    void transparencyIsSeenOverWhite() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                image.setRGB(x, y, 0x00000000); // fully transparent black
            }
        }

        byte[] out = ColourImage.fromImage(image, ImageShape.CIFAR10);

        for (int c = 0; c < 3; c++) {
            assertPlane(out, c, 255);
        }
    }

    @Test
    void onlyThreeChannelShapesAreColour() {
        assertThrows(IllegalArgumentException.class, () -> ColourImage.fromImage(rgb(4, 4, (x, y) -> 0),
                ImageShape.DIGITS));
    }
}
