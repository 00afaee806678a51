package org.activationexplorer.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * A Painter that writes a one-page PDF with Apache PDFBox: curves as paths, text as text in an embedded (subset)
 * DejaVu Sans, so the figure stays vector, its labels can be searched and copied, and it looks the same on every
 * machine (the bundled font also covers −, ′, ², θ and the subscripts the formulas use; PDF's standard Helvetica has
 * none of them). One figure unit is one point. Coordinates are flipped once (y down, as on the canvas and in SVG).
 * Colours, widths and transparency are set before every mark, because clip and translate restore the graphics state.
 */
public final class PdfPainter implements Painter, AutoCloseable {
    private final PDDocument document = new PDDocument();
    private final PDPageContentStream out;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final Map<Long, PDExtendedGraphicsState> alphas = new HashMap<>();
    private Color stroke = Color.BLACK;
    private double strokeWidth = 1;
    private boolean dashed;
    private Color fill = Color.BLACK;

    public PdfPainter(double width, double height) {
        try {
            PDPage page = new PDPage(new PDRectangle((float) width, (float) height));
            document.addPage(page);
            regular = font("DejaVuSans.ttf");
            bold = font("DejaVuSans-Bold.ttf");
            out = new PDPageContentStream(document, page);
            out.transform(new Matrix(1, 0, 0, -1, 0, (float) height)); // y down from the top-left corner
            out.setLineJoinStyle(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(String file) throws IOException {
        try (InputStream in = PdfPainter.class.getResourceAsStream("fonts/" + file)) {
            if (in == null) {
                throw new IOException("the bundled font " + file + " is missing from the program");
            }
            return PDType0Font.load(document, in, true); // embedded as a subset: only the glyphs used
        }
    }

    /** The finished PDF. */
    public byte[] bytes() throws IOException {
        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        document.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** Every PDFBox call here writes to memory; an IOException would be a bug, not a condition to handle. */
    private interface Marks {
        void draw() throws IOException;
    }

    private void write(Marks marks) {
        try {
            marks.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDExtendedGraphicsState alpha(double strokeAlpha, double fillAlpha) {
        long key = Math.round(strokeAlpha * 1000) * 10000 + Math.round(fillAlpha * 1000);
        return alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setStrokingAlphaConstant((float) strokeAlpha);
            s.setNonStrokingAlphaConstant((float) fillAlpha);
            return s;
        });
    }

    private void strokeState() throws IOException {
        out.setStrokingColor((float) stroke.getRed(), (float) stroke.getGreen(), (float) stroke.getBlue());
        out.setLineWidth((float) strokeWidth);
        out.setLineDashPattern(dashed ? new float[] {5, 4} : new float[0], 0);
        out.setGraphicsStateParameters(alpha(stroke.getOpacity(), 1));
    }

    private void fillState() throws IOException {
        out.setNonStrokingColor((float) fill.getRed(), (float) fill.getGreen(), (float) fill.getBlue());
        out.setGraphicsStateParameters(alpha(1, fill.getOpacity()));
    }

    @Override
    public void stroke(Color color, double width) {
        stroke = color;
        strokeWidth = width;
    }

    @Override
    public void dashed(boolean on) {
        dashed = on;
    }

    @Override
    public void fill(Color color) {
        fill = color;
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        write(() -> {
            strokeState();
            boolean pen = false, any = false;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(xs[i]) || Double.isNaN(ys[i])) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    out.lineTo((float) xs[i], (float) ys[i]);
                } else {
                    out.moveTo((float) xs[i], (float) ys[i]);
                }
                pen = any = true;
            }
            if (any) {
                out.stroke();
            }
        });
    }

    @Override
    public void line(double x1, double y1, double x2, double y2) {
        polyline(new double[] {x1, x2}, new double[] {y1, y2}, 2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) {
            return;
        }
        write(() -> {
            fillState();
            out.moveTo((float) xs[0], (float) ys[0]);
            for (int i = 1; i < n; i++) {
                out.lineTo((float) xs[i], (float) ys[i]);
            }
            out.closePath();
            out.fill();
        });
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        write(() -> {
            fillState();
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.fill();
        });
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        write(() -> {
            strokeState();
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.stroke();
        });
    }

    /** A circle from four Bézier arcs (k = 0.5523 puts each arc within 0.03 % of the circle). */
    @Override
    public void fillCircle(double cx, double cy, double r) {
        float x = (float) cx, y = (float) cy, q = (float) r, k = 0.5523f * q;
        write(() -> {
            fillState();
            out.moveTo(x + q, y);
            out.curveTo(x + q, y + k, x + k, y + q, x, y + q);
            out.curveTo(x - k, y + q, x - q, y + k, x - q, y);
            out.curveTo(x - q, y - k, x - k, y - q, x, y - q);
            out.curveTo(x + k, y - q, x + q, y - k, x + q, y);
            out.fill();
        });
    }

    @Override
    public void text(String s, double x, double y, double size, int align, boolean isBold) {
        PDType0Font font = isBold ? bold : regular;
        String shown = printable(font, s);
        write(() -> {
            float width = font.getStringWidth(shown) / 1000 * (float) size;
            float left = (float) x - (align < 0 ? 0 : align == 0 ? width / 2 : width);
            fillState();
            out.beginText();
            out.setFont(font, (float) size);
            out.setTextMatrix(new Matrix(1, 0, 0, -1, left, (float) y)); // upright again inside the flipped page
            out.showText(shown);
            out.endText();
        });
    }

    /** s with any character the font cannot draw replaced by '?', rather than failing the whole export. */
    static String printable(PDType0Font font, String s) {
        try {
            font.encode(s);
            return s;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder b = new StringBuilder();
            s.codePoints().forEach(c -> {
                String one = new String(Character.toChars(c));
                try {
                    font.encode(one);
                    b.append(one);
                } catch (IllegalArgumentException | IOException missing) {
                    b.append('?');
                }
            });
            return b.toString();
        }
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        write(() -> {
            out.saveGraphicsState();
            out.addRect((float) x, (float) y, (float) w, (float) h);
            out.clip();
        });
    }

    @Override
    public void unclip() {
        write(out::restoreGraphicsState);
    }

    @Override
    public void translate(double dx, double dy) {
        write(() -> {
            out.saveGraphicsState();
            out.transform(Matrix.getTranslateInstance((float) dx, (float) dy));
        });
    }

    @Override
    public void untranslate() {
        write(out::restoreGraphicsState);
    }
}
