package org.activationexplorer.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.activationexplorer.io.AtomicFiles;

/** Figures as files — SVG, PDF, PNG, animated GIF — written atomically; no display needed. */
public final class FigureFiles {
    private FigureFiles() {}

    public static void svg(Figure figure, Path file) throws IOException {
        SvgPainter painter = new SvgPainter(figure.width(), figure.height());
        figure.drawing().accept(painter);
        AtomicFiles.write(file, painter.document().getBytes(StandardCharsets.UTF_8));
    }

    /** A one-page PDF the figure's size in points, text as text (see PdfPainter). */
    public static void pdf(Figure figure, Path file) throws IOException {
        try (PdfPainter painter = new PdfPainter(figure.width(), figure.height())) {
            figure.drawing().accept(painter);
            AtomicFiles.write(file, painter.bytes());
        }
    }

    /** The figure drawn at scale× its size on white. */
    public static BufferedImage image(Figure figure, double scale) {
        int w = (int) Math.round(figure.width() * scale), h = (int) Math.round(figure.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            figure.drawing().accept(new Java2dPainter(g));
        } finally {
            g.dispose();
        }
        return image;
    }

    public static void png(Figure figure, double scale, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image(figure, scale), "png", bytes);
        AtomicFiles.write(file, bytes.toByteArray());
    }

    /** An animated GIF, one figure per frame, each shown delayMillis, looping. */
    public static void gif(List<Figure> frames, double scale, int delayMillis, Path file) throws IOException {
        if (frames.isEmpty()) {
            throw new IOException("cannot write " + file + ": no frames to animate");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (Figure f : frames) {
                BufferedImage image = image(f, scale);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
                String format = metadata.getNativeMetadataFormatName();
                IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
                IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
                control.setAttribute("disposalMethod", "none");
                control.setAttribute("userInputFlag", "FALSE");
                control.setAttribute("transparentColorFlag", "FALSE");
                control.setAttribute("delayTime", Integer.toString(Math.max(1, delayMillis / 10)));
                control.setAttribute("transparentColorIndex", "0");
                root.appendChild(control);
                IIOMetadataNode applications = new IIOMetadataNode("ApplicationExtensions");
                IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
                loop.setAttribute("applicationID", "NETSCAPE");
                loop.setAttribute("authenticationCode", "2.0");
                loop.setUserObject(new byte[] {1, 0, 0}); // loop forever
                applications.appendChild(loop);
                root.appendChild(applications);
                metadata.setFromTree(format, root);
                writer.writeToSequence(new IIOImage(image, null, metadata), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }
}
