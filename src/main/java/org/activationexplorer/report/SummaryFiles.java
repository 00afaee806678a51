package org.activationexplorer.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.activationexplorer.io.AtomicFiles;
import org.activationexplorer.text.Numbers;

/**
 * The groups as a table: summary.csv for programs (fractions, full precision, one header row) and summary.md for
 * people (percentages, a Markdown table that renders on GitHub). Both written atomically.
 */
public final class SummaryFiles {
    private SummaryFiles() {}

    /** family, arch, the varied settings, n, accuracy mean/sd/CI, test loss mean, samples/s mean, parameters. */
    public static String csv(List<RunGroup> groups) {
        List<String> header = new ArrayList<>(List.of("family", "arch"));
        header.addAll(variedNames(groups));
        header.addAll(List.of("n", "test_acc_mean", "test_acc_sd", "test_acc_ci95_low", "test_acc_ci95_high",
                "test_loss_mean", "samples_per_s_mean", "parameters"));
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (RunGroup g : groups) {
            List<String> row = new ArrayList<>(List.of(g.family(), g.arch()));
            row.addAll(g.varied().values());
            Stats acc = g.accuracy();
            row.addAll(List.of(String.valueOf(acc.n()), number(acc.mean()), number(acc.sd()), number(acc.low()),
                    number(acc.high()), number(g.testLoss().mean()), number(g.samplesPerSecond().mean()),
                    String.valueOf(g.parameters())));
            b.append(String.join(",", row.stream().map(SummaryFiles::csvField).toList())).append('\n');
        }
        return b.toString();
    }

    /** The people's table (percentages) as rows of texts: summary.md's, and the sweep window's Summary tab. */
    public record Table(List<String> header, List<List<String>> rows) {}

    public static Table table(List<RunGroup> groups) {
        List<String> header = new ArrayList<>(List.of("family", "arch"));
        header.addAll(variedNames(groups));
        header.addAll(List.of("n", "test accuracy (mean ± 95 % CI)", "sd", "test loss", "samples/s", "parameters"));
        List<List<String>> rows = new ArrayList<>();
        for (RunGroup g : groups) {
            List<String> row = new ArrayList<>(List.of(g.family(), g.arch()));
            row.addAll(g.varied().values());
            Stats acc = g.accuracy();
            row.add(String.valueOf(acc.n()));
            row.add(String.format(Locale.ROOT, "%.2f", 100 * acc.mean()) + (acc.n() > 1
                    ? String.format(Locale.ROOT, " ± %.2f", 100 * acc.ci95()) : "") + " %");
            row.add(acc.n() > 1 ? String.format(Locale.ROOT, "%.2f", 100 * acc.sd()) : "–");
            row.add(Numbers.significant(g.testLoss().mean(), 4));
            row.add(String.format(Locale.ROOT, "%.0f", g.samplesPerSecond().mean()));
            row.add(String.valueOf(g.parameters()));
            rows.add(List.copyOf(row));
        }
        return new Table(List.copyOf(header), List.copyOf(rows));
    }

    /** What the table's numbers are, in a paragraph below it. */
    public static String explanation(List<RunGroup> groups, int runs) {
        return runs + " runs in " + groups.size() + " groups (the same settings but the seed). Test accuracy and loss "
                + "after the last epoch; the 95 % confidence interval of the mean is Student's t with n − 1 degrees of "
                + "freedom; sd in percentage points; samples/s: training samples per second, as measured where each "
                + "run trained (runs trained side by side share the cores), averaged over the group.";
    }

    public static String markdown(List<RunGroup> groups, int runs) {
        Table table = table(groups);
        StringBuilder b = new StringBuilder("| ").append(String.join(" | ", table.header())).append(" |\n|");
        b.append("---|".repeat(table.header().size())).append('\n');
        for (List<String> row : table.rows()) {
            b.append("| ").append(String.join(" | ", row.stream().map(s -> s.replace("|", "\\|")).toList()))
                    .append(" |\n");
        }
        return b.append('\n').append(explanation(groups, runs)).append('\n').toString();
    }

    /** Writes summary.csv and summary.md into `folder`; returns them. */
    public static List<Path> write(List<RunGroup> groups, int runs, Path folder) throws IOException {
        Path csv = folder.resolve("summary.csv"), md = folder.resolve("summary.md");
        AtomicFiles.write(csv, csv(groups).getBytes(StandardCharsets.UTF_8));
        AtomicFiles.write(md, markdown(groups, runs).getBytes(StandardCharsets.UTF_8));
        return List.of(csv, md);
    }

    private static List<String> variedNames(List<RunGroup> groups) {
        return groups.isEmpty() ? List.of() : new ArrayList<>(groups.get(0).varied().keySet());
    }

    /** Full precision, so a program reading the file gets the mean it would compute itself; NaN as empty. */
    private static String number(double v) {
        return Double.isFinite(v) ? String.valueOf(v) : "";
    }

    private static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
