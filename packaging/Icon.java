import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the program's icon, an activation panel as the window shows one: a learned curve (red) over the initial
 * ReLU (grey) and the histogram of the layer's inputs (pale blue), on a dark rounded square. Run by
 * packaging/dist.sh as a single-file program: java packaging/Icon.java OUT.png [SIZE]. Generated at packaging time,
 * so only this source is kept.
 */
public final class Icon {
    private static final double X_MIN = -3, X_MAX = 3, Y_MIN = -1, Y_MAX = 3;

    public static void main(String[] args) throws IOException {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);
        draw(g);
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }

    /** A learned shape as Padé units often end: swish-like, with a dip left of zero and a bump right of it. */
    static double learned(double x) {
        return 0.8 * x / (1 + Math.exp(-1.5 * x)) - 0.6 * Math.exp(-1.5 * (x + 1.3) * (x + 1.3))
                + 0.55 * Math.exp(-2.5 * (x - 0.9) * (x - 0.9));
    }

    private static void draw(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x26, 0x34, 0x55), 0, 256, new Color(0x14, 0x1c, 0x30)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // the histogram of the layer's inputs, a normal bell
        g.setColor(new Color(0x9e, 0xc5, 0xf0, 120));
        int bars = 13;
        double w = 200.0 / bars;
        for (int i = 0; i < bars; i++) {
            double x = X_MIN + (i + 0.5) * (X_MAX - X_MIN) / bars;
            double h = 120 * Math.exp(-x * x / 1.6);
            g.fill(new Rectangle2D.Double(28 + i * w + 1.5, 220 - h, w - 3, h));
        }
        // axes through zero
        g.setColor(new Color(255, 255, 255, 70));
        g.setStroke(new BasicStroke(3f));
        g.draw(new java.awt.geom.Line2D.Double(px(X_MIN), py(0), px(X_MAX), py(0)));
        g.draw(new java.awt.geom.Line2D.Double(px(0), py(Y_MIN), px(0), py(Y_MAX)));
        // the initial ReLU, grey, and the learned curve over it
        g.setColor(new Color(0xb0, 0xb4, 0xbc));
        g.setStroke(new BasicStroke(9f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve(x -> Math.max(0, x)));
        g.setColor(new Color(0xe8, 0x3b, 0x3b));
        g.setStroke(new BasicStroke(15f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(curve(Icon::learned));
    }

    private static Path2D curve(java.util.function.DoubleUnaryOperator f) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i <= 200; i++) {
            double x = X_MIN + i * (X_MAX - X_MIN) / 200;
            double y = Math.max(Y_MIN, Math.min(Y_MAX, f.applyAsDouble(x)));
            if (i == 0) {
                path.moveTo(px(x), py(y));
            } else {
                path.lineTo(px(x), py(y));
            }
        }
        return path;
    }

    private static double px(double x) {
        return 38 + (x - X_MIN) / (X_MAX - X_MIN) * 180;
    }

    private static double py(double y) {
        return 212 - (y - Y_MIN) / (Y_MAX - Y_MIN) * 172;
    }
}
