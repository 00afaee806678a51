package org.activationexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.activationexplorer.linalg.Gemms;
import org.activationexplorer.runs.RunFiles;
import org.activationexplorer.sweep.Grid;
import org.activationexplorer.sweep.Shard;
import org.activationexplorer.sweep.SweepCell;
import org.activationexplorer.train.RunConfig;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A sweep's grid and its cells' configurations. Each cell is made by parsing train's own options (TrainingOptions)
 * from the cell's values, so every option of train works in a sweep, and every option with one value (a number, a
 * name) can be given as a comma-separated list to make it an axis of the grid, options added to train later
 * included. Axes: architecture, family, the listed options sorted by name, seed (fastest): a fixed order whatever
 * the order on the command line, so every shard of a job array sees the same grid.
 */
final class SweepCells {
    /** Options a sweep sets itself, and what to use instead. */
    private static final Map<String, String> REFUSED = Map.of(
            "--arch", "use --archs", "--activation", "use --activations", "--seed", "use --seeds",
            "--threads", "a sweep chooses GEMM threads from --workers so that workers × threads ≤ the cores");
    /** One value each: a list of backends or folders would be the same experiment under several names. */
    private static final Set<String> SINGLE = Set.of("--blas", "--dataset");

    /** What the command line gave: axes, lists by option name, and the other training options as given. */
    /**
     * What the command line gave: axes, lists by option name, the other training options as given, and the GEMM
     * threads per cell. keepToThreads: with several workers, "auto" becomes the Vector API kernel (plain Java
     * without it), which keeps to `threads`; OpenBLAS, which "auto" picks for the MLP, starts its own threads on
     * every core in every worker (4 cells on 2 cores ran 5–20× slower with two workers than with one).
     */
    record Request(List<String> archs, List<String> activations, List<Long> seeds, Map<String, List<String>> lists,
                   List<String> otherOptions, int threads, boolean keepToThreads, Path out) {}

    private final CommandLine.Model.CommandSpec command;
    private final Grid grid;
    private final List<String> fixed = new ArrayList<>(); // training options with one value, passed as given
    private final int threads;
    private final boolean keepToThreads;
    private final Path out;

    /** Checks the request and builds the grid; a ParameterException (exit 2) names what is wrong. */
    SweepCells(CommandLine.Model.CommandSpec command, Request r) {
        this.command = command;
        this.threads = r.threads();
        this.keepToThreads = r.keepToThreads();
        this.out = r.out();
        Map<String, List<String>> lists = new TreeMap<>(r.lists()); // sorted by name: the grid's fixed order
        readOtherOptions(r.otherOptions(), lists);
        List<Grid.Axis> axes = new ArrayList<>();
        axes.add(axis("--arch", "", lowerCase(r.archs()), true));
        axes.add(axis("--activation", "", lowerCase(r.activations()), true));
        lists.forEach((name, values) -> axes.add(axis(name, name.substring(2).replace('-', '_'), values, false)));
        axes.add(axis("--seed", "seed", r.seeds().stream().map(String::valueOf).toList(), true));
        this.grid = new Grid(axes);
        if (grid.size() > 100_000) {
            throw bad("the grid has " + grid.size() + " cells; at most 100000");
        }
    }

    Grid grid() {
        return grid;
    }

    /** Every cell of the grid checked (so a bad value fails before any training, in every shard); shard's cells. */
    List<SweepCell> cells(Shard shard) {
        Set<String> problems = new LinkedHashSet<>();
        List<SweepCell> cells = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            RunConfig config = config(grid.cell(i));
            problems.addAll(config.problems());
            if (shard.includes(i)) {
                cells.add(new SweepCell(i, grid.cell(i), config, out.resolve(grid.name(i) + RunFiles.EXTENSION)));
            }
        }
        if (!problems.isEmpty()) {
            throw bad("invalid settings: " + String.join("; ", problems));
        }
        return cells;
    }

    /** The folder of the dataset (every cell's is the same: --dataset takes one value). */
    Path datasetFolder() {
        return options(grid.cell(0)).datasetFolder();
    }

    /** The key of a setting in JSON lines: "--weight-decay" → "weight_decay". */
    static String key(String option) {
        return option.replaceFirst("^-+", "").replace('-', '_');
    }

    private RunConfig config(Map<String, String> cell) {
        return options(cell).toConfig();
    }

    /** train's options parsed from the fixed options, the cell's values and the sweep's thread count. */
    private TrainingOptions options(Map<String, String> cell) {
        List<String> args = new ArrayList<>(fixed);
        cell.forEach((option, value) -> {
            args.add(option);
            args.add(value);
        });
        args.add("--threads");
        args.add(String.valueOf(threads));
        Cell parsed = new Cell();
        try {
            trainOptions(parsed).parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw bad(e.getMessage() + suggestion(e));
        }
        if (keepToThreads && "auto".equals(Commands.lowerCase(parsed.options.blas))) {
            parsed.options.blas = Gemms.vectorApiAvailable() ? "vector" : "java";
        }
        return parsed.options;
    }

    /** Splits the other options into lists (axes) and fixed options, by train's own option definitions. */
    private void readOtherOptions(List<String> given, Map<String, List<String>> lists) {
        CommandLine.Model.CommandSpec train = trainOptions(new Cell()).getCommandSpec();
        for (int i = 0; i < given.size(); i++) {
            String token = given.get(i);
            int equals = token.indexOf('=');
            String name = token.startsWith("--") && equals > 0 ? token.substring(0, equals) : token;
            OptionSpec option = train.findOption(name);
            if (option == null) {
                throw bad(token.startsWith("-") ? "unknown option '" + name + "' (sweep takes the options of train; "
                        + "see 'explorer train --help')" : "unexpected value '" + token + "'");
            }
            if (REFUSED.containsKey(option.longestName())) {
                throw bad(option.longestName() + " is not for sweep: " + REFUSED.get(option.longestName()));
            }
            if (option.arity().max() == 0) { // a switch: no value
                fixed.add(token);
                continue;
            }
            String value = equals > 0 && name.length() < token.length() ? token.substring(equals + 1)
                    : i + 1 < given.size() ? given.get(++i) : null;
            if (value == null) {
                throw bad(name + " needs a value");
            }
            if (listable(option) && value.contains(",")) {
                List<String> values = List.of(value.split(",", -1)).stream().map(String::strip).toList();
                if (lists.putIfAbsent(option.longestName(), values) != null) {
                    throw bad(option.longestName() + " is given twice");
                }
            } else {
                fixed.add(option.longestName());
                fixed.add(value);
            }
        }
    }

    /** An option with one value of a simple type: a list of them makes an axis. */
    private static boolean listable(OptionSpec o) {
        Class<?> t = o.type();
        return !o.isMultiValue() && !SINGLE.contains(o.longestName())
                && (t.isPrimitive() || Number.class.isAssignableFrom(t) || t == String.class || t.isEnum());
    }

    private Grid.Axis axis(String name, String prefix, List<String> values, boolean alwaysNamed) {
        if (values.stream().anyMatch(String::isBlank)) {
            throw bad(name + " has an empty value in its list");
        }
        try {
            return new Grid.Axis(name, prefix, values, alwaysNamed);
        } catch (IllegalArgumentException e) {
            throw bad(e.getMessage());
        }
    }

    private static List<String> lowerCase(List<String> names) {
        return names.stream().map(String::strip).map(Commands::lowerCase).toList();
    }

    private static CommandLine trainOptions(Cell cell) {
        CommandLine parser = new CommandLine(cell);
        parser.setCaseInsensitiveEnumValuesAllowed(true); // as Cli does: --sharing channel
        return parser;
    }

    private static String suggestion(CommandLine.ParameterException e) {
        return e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()
                ? " (did you mean " + u.getSuggestions().get(0) + "?)" : "";
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    /** train's options alone, for parsing a cell's arguments. */
    @CommandLine.Command(name = "cell")
    static final class Cell {
        @CommandLine.Mixin
        TrainingOptions options = new TrainingOptions();
    }
}
