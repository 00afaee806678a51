package org.activationexplorer.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which runs share each activation layer, matched by the layer's kind and position within its kind ("conv 1",
 * "dense 2", from Architectures.activationLayers): a LeNet-5's first layer is a convolution's activation and an
 * MLP's a dense one's, so comparing them as "layer 1" would mislead.
 */
public final class LayerMatch {
    private LayerMatch() {}

    /** One overlay: the layer's name, the runs that have it (indexes into the runs), and its index in each. */
    public record Group(String key, List<Integer> runs, List<Integer> layers) {}

    /**
     * The groups for the runs' layer names (one list per run), conv before dense as in the networks (kinds in
     * alphabetical order), then by position ("dense 2" before "dense 10").
     */
    public static List<Group> groups(List<List<String>> names) {
        Map<String, List<int[]>> byKey = new LinkedHashMap<>();
        for (int r = 0; r < names.size(); r++) {
            for (int l = 0; l < names.get(r).size(); l++) {
                byKey.computeIfAbsent(names.get(r).get(l), k -> new ArrayList<>()).add(new int[] {r, l});
            }
        }
        List<Group> groups = new ArrayList<>();
        byKey.forEach((key, where) -> groups.add(new Group(key, where.stream().map(w -> w[0]).toList(),
                where.stream().map(w -> w[1]).toList())));
        groups.sort(Comparator.comparing((Group g) -> kind(g.key())).thenComparingInt(g -> position(g.key())));
        return groups;
    }

    /** A panel's title: the layer, and which runs it shows when not all of them. */
    public static String title(Group g, List<String> networks) {
        return g.key() + ": final curves" + (g.runs().size() == networks.size() ? ""
                : " (only " + whose(g.runs(), networks) + ", " + g.runs().size() + " of " + networks.size() + ")");
    }

    /**
     * What is not overlaid for every run, e.g. "conv 1, conv 2: only in the LeNet-5 runs"; empty when every run
     * has every layer. networks: each run's network (Architectures.label).
     */
    public static String note(List<Group> groups, List<String> networks) {
        Map<String, List<String>> byRuns = new LinkedHashMap<>(); // "only in …" → the layers it applies to
        for (Group g : groups) {
            if (g.runs().size() < networks.size()) {
                byRuns.computeIfAbsent("only in " + whose(g.runs(), networks), k -> new ArrayList<>()).add(g.key());
            }
        }
        List<String> parts = new ArrayList<>();
        byRuns.forEach((runs, keys) -> parts.add(String.join(", ", keys) + ": " + runs));
        return String.join("; ", parts);
    }

    /** "the LeNet-5 runs" when these are exactly the runs of their networks, else "runs 1, 3" (1-based). */
    static String whose(List<Integer> runs, List<String> networks) {
        List<String> mine = runs.stream().map(networks::get).distinct().toList();
        boolean exactly = true;
        for (int r = 0; r < networks.size(); r++) {
            exactly &= runs.contains(r) || !mine.contains(networks.get(r));
        }
        if (!exactly) {
            return (runs.size() == 1 ? "run " : "runs ") + String.join(", ", runs.stream().map(r -> "" + (r + 1)).toList());
        }
        return "the " + String.join(" and ", mine) + (runs.size() == 1 ? " run" : " runs");
    }

    private static String kind(String key) {
        int space = key.lastIndexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    private static int position(String key) {
        try {
            return Integer.parseInt(key.substring(key.lastIndexOf(' ') + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
