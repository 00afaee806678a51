package org.activationexplorer.data;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;

/**
 * Any picture made into a colour dataset's image (CIFAR-10's 3×32×32): the largest centred part of the shape's
 * aspect (a square for CIFAR-10) is kept, as CIFAR-10's photos fill their frame, then scaled by area averaging (each
 * new pixel the mean of what it covers) to rows × cols, channel-major red, green and blue planes. Transparency is
 * seen over white; grey pictures give three equal planes.
 */
public final class ColourImage {
    private ColourImage() {}

    /**
     * The picture as unsigned bytes of `shape` (3 channels), red plane, then green, then blue, each row-major.
     *
     * @throws IllegalArgumentException for a shape of other than 3 channels
     */
    public static byte[] fromImage(BufferedImage image, ImageShape shape) {
        if (shape.channels() != 3) {
            throw new IllegalArgumentException("a colour image has 3 channels, the shape asks for " + shape);
        }
        int width = image.getWidth(), height = image.getHeight();
        double aspect = (double) shape.cols() / shape.rows();
        double cropWidth = Math.min(width, height * aspect), cropHeight = cropWidth / aspect;
        double x0 = (width - cropWidth) / 2, y0 = (height - cropHeight) / 2;
        int[] crop = {(int) Math.floor(x0), (int) Math.floor(y0), Math.min(width, (int) Math.ceil(x0 + cropWidth)),
            Math.min(height, (int) Math.ceil(y0 + cropHeight))};
        double factor = shape.cols() / cropWidth;
        double[][] planes = planes(image);
        byte[] out = new byte[shape.features()];
        for (int c = 0; c < 3; c++) {
            AreaScaling.Image scaled = AreaScaling.scale(planes[c], width, x0, y0, crop, factor, shape.cols(),
                    shape.rows());
            for (int i = 0; i < shape.plane(); i++) {
                out[c * shape.plane() + i] = (byte) Math.round(Math.min(1, Math.max(0, scaled.values()[i])) * 255);
            }
        }
        return out;
    }

    /** Red, green and blue in [0,1] per pixel, row-major, over white where the picture is transparent. */
    static double[][] planes(BufferedImage image) {
        int width = image.getWidth(), height = image.getHeight();
        ColorModel model = image.getColorModel();
        Raster raster = image.getRaster();
        // getRGB would pass a grey image through a gamma curve (linear grey to sRGB) and lighten it; read its samples
        boolean grayScale = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        double grayMax = grayScale ? (1L << model.getComponentSize(0)) - 1 : 255;
        double alphaMax = model.hasAlpha() ? (1L << model.getComponentSize(model.getNumComponents() - 1)) - 1 : 1;
        double[][] planes = new double[3][width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double r, g, b, alpha;
                if (grayScale) {
                    r = raster.getSample(x, y, 0) / grayMax;
                    g = r;
                    b = r;
                    alpha = model.hasAlpha() ? raster.getSample(x, y, model.getNumComponents() - 1) / alphaMax : 1;
                } else {
                    int argb = image.getRGB(x, y);
                    r = (argb >> 16 & 0xFF) / 255.0;
                    g = (argb >> 8 & 0xFF) / 255.0;
                    b = (argb & 0xFF) / 255.0;
                    alpha = model.hasAlpha() ? (argb >>> 24) / 255.0 : 1;
                }
                planes[0][i] = alpha * r + (1 - alpha);
                planes[1][i] = alpha * g + (1 - alpha);
                planes[2][i] = alpha * b + (1 - alpha);
            }
        }
        return planes;
    }
}
