package org.activationexplorer.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Figures for a paper: PDF, styles, the colour-blind palette, one layer, compare, and no silent overwrite. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    private static Path pau;
    private static Path relu;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainTwoTinyRuns() {
        pau = dir.resolve("pau.aerun");
        relu = dir.resolve("relu.aerun");
        for (Path p : List.of(pau, relu)) {
            String family = p.getFileName().toString().replace(".aerun", "");
            assertEquals(0, Cli.run(new String[] {"train", "--limit", "600", "--epochs", "1", "--hidden", "16,16",
                    "--activation", family, "--save", p.toString()}, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())));
        }
    }

    /** Runs export into a fresh folder; the listed files. */
    private List<Path> export(Path folder, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "export";
        all[1] = "--out";
        all[2] = folder.toString();
        System.arraycopy(args, 0, all, 3, args.length);
        out.getBuffer().setLength(0);
        assertEquals(0, Cli.run(all, new PrintWriter(out), new PrintWriter(err)), err.toString());
        return out.toString().lines().map(Path::of).toList();
    }

    private static int svgWidth(Path svg) throws Exception {
        var doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
        return (int) Double.parseDouble(doc.getDocumentElement().getAttribute("width"));
    }

    @Test
    void a_step_outside_the_run_is_refused_before_any_file_and_its_ends_are_accepted() throws Exception {
        long last = org.activationexplorer.runs.RunFiles.load(pau).steps();
        Path folder = dir.resolve("steps");
        for (String step : List.of("-5", Long.toString(last + 1), "999999")) {
            assertEquals(2, Cli.run(new String[] {"export", "--run", pau.toString(), "--what", "activations", "--format",
                    "csv", "--out", folder.toString(), "--step", step}, new PrintWriter(out), new PrintWriter(err)), step);
        }
        assertFalse(Files.exists(folder), "nothing written, not even the folder");
        assertTrue(export(folder, "--run", pau.toString(), "--what", "activations", "--format", "csv", "--step", "0")
                .get(0).toString().endsWith("-step0.csv"));
        assertTrue(export(folder, "--run", pau.toString(), "--what", "activations", "--format", "csv", "--step",
                Long.toString(last)).get(0).toString().endsWith("-step" + last + ".csv"));
    }

    @Test
    void a_pdf_keeps_its_labels_and_caption_as_text() throws Exception {
        List<Path> files = export(dir.resolve("pdf"), "--run", pau.toString(), "--what", "activations", "--format", "pdf");
        assertEquals(1, files.size());
        try (PDDocument pdf = Loader.loadPDF(files.get(0).toFile())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("x (pre-activation)"), text);
            assertTrue(text.contains("training steps"), "the caption: " + text);
            assertTrue(text.contains("Layer 2"), text);
        }
    }

    @Test
    void styles_set_the_printed_size_and_one_layer_is_one_panel() throws Exception {
        Path single = export(dir.resolve("single"), "--run", pau.toString(), "--what", "activations", "--format", "svg",
                "--style", "single-column").get(0);
        assertEquals(252, svgWidth(single), "3.5 in");
        Path twoColumns = export(dir.resolve("double"), "--run", pau.toString(), "--what", "activations", "--format",
                "svg", "--style", "double-column").get(0);
        assertEquals(504, svgWidth(twoColumns), "7 in, the two layers side by side");
        Path layer = export(dir.resolve("layer"), "--run", pau.toString(), "--what", "layer", "--layer", "2", "--format",
                "svg").get(0);
        assertEquals(460, svgWidth(layer), "one panel of the screen style");
        assertTrue(layer.getFileName().toString().startsWith("pau-layer2-step"), layer.toString());
        String text = Files.readString(layer);
        assertTrue(text.contains("Layer 2") && !text.contains("Layer 1"), "only the chosen layer");
    }

    @Test
    void the_colour_blind_palette_replaces_the_red_and_green() throws Exception {
        String classic = Files.readString(export(dir.resolve("classic"), "--run", pau.toString(), "--what", "activations",
                "--format", "svg").get(0));
        String safe = Files.readString(export(dir.resolve("okabe"), "--run", pau.toString(), "--what", "activations",
                "--format", "svg", "--palette", "okabe-ito").get(0));
        assertTrue(classic.contains("#d62728"), "the learned curve's red");
        assertFalse(safe.contains("#d62728"));
        assertTrue(safe.contains("#d55e00"), "vermillion instead");
    }

    @Test
    void existing_files_are_refused_by_name_unless_forced() throws Exception {
        Path folder = dir.resolve("again");
        Path first = export(folder, "--run", pau.toString(), "--what", "loss", "--format", "svg").get(0);
        long written = Files.getLastModifiedTime(first).toMillis();
        Thread.sleep(20);
        assertEquals(2, Cli.run(new String[] {"export", "--out", folder.toString(), "--run", pau.toString(), "--what",
                "loss", "--format", "svg"}, new PrintWriter(out), new PrintWriter(err)));
        assertTrue(err.toString().contains(first.toString()), err.toString());
        assertEquals(written, Files.getLastModifiedTime(first).toMillis(), "untouched");
        assertEquals(List.of(first), export(folder, "--run", pau.toString(), "--what", "loss", "--format", "svg",
                "--force"));
    }

    @Test
    void a_gif_is_drawn_at_its_scale() throws Exception {
        Path one = export(dir.resolve("gif1"), "--run", pau.toString(), "--what", "layer", "--layer", "1", "--format",
                "gif", "--scale", "1").get(0);
        Path two = export(dir.resolve("gif2"), "--run", pau.toString(), "--what", "layer", "--layer", "1", "--format",
                "gif", "--scale", "2").get(0);
        assertEquals(2 * javax.imageio.ImageIO.read(one.toFile()).getWidth(),
                javax.imageio.ImageIO.read(two.toFile()).getWidth());
    }

    @Test
    void runs_are_compared_in_one_figure() throws Exception {
        List<Path> files = export(dir.resolve("compare"), "--runs", pau.toString(), relu.toString(), "--what", "compare",
                "--format", "svg");
        assertEquals(1, files.size());
        String svg = Files.readString(files.get(0));
        assertTrue(svg.contains("Padé") && svg.contains("ReLU"), "both runs named");
        for (String style : new String[] {"single-column", "double-column"}) {
            Path pdf = export(dir.resolve("compare-" + style), "--runs", pau.toString(), relu.toString(), "--what",
                    "compare", "--format", "pdf", "--style", style).get(0);
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                assertEquals(org.activationexplorer.plot.Style.named(style).width(),
                        doc.getPage(0).getMediaBox().getWidth(), 0.5, style + ": the column's width in points");
            }
        }
        assertEquals(2, Cli.run(new String[] {"export", "--out", dir.resolve("x").toString(), "--run", pau.toString(),
                "--what", "compare", "--format", "svg"}, new PrintWriter(out), new PrintWriter(err)), "compare needs --runs");
    }
}
