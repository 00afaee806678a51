package org.activationexplorer.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.activationexplorer.runs.ConfigFields;

/**
 * Runs grouped by their settings except the seed, and the settings that vary between them: every field of the
 * configuration (ConfigFields) that takes more than one value over the runs, named as the command line names it
 * ("lr", "batch", "weight_decay"). The activation learning rate is left out where it always equals the learning
 * rate (it follows --lr unless set). Groups come sorted by architecture, family, then the varied values (numbers
 * as numbers), so the same runs give the same report whatever their folders' order.
 */
public final class Grouping {
    /** The command line's names for RunConfig's fields; a field not here is named by its own name in snake_case. */
    private static final Map<String, String> NAMES = Map.of("learningRate", "lr", "batchSize", "batch",
            "activationLearningRate", "activation_lr", "init", "weight_init", "activation.params", "params",
            "activation.init", "init", "activation.sharing", "sharing");

    private Grouping() {}

    public static List<RunGroup> groups(List<ReportRun> runs) {
        List<String> varied = varied(runs);
        Map<Map<String, String>, List<ReportRun>> byKey = new LinkedHashMap<>();
        for (ReportRun r : runs) {
            byKey.computeIfAbsent(ConfigFields.experiment(r.config(), false), k -> new ArrayList<>()).add(r);
        }
        List<RunGroup> groups = new ArrayList<>();
        byKey.forEach((key, members) -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String field : varied) {
                values.put(name(field), key.getOrDefault(field, ""));
            }
            members.sort(Comparator.comparingLong(r -> r.config().seed()));
            groups.add(new RunGroup(key.get(ConfigFields.FAMILY), key.get(ConfigFields.ARCH), values, members));
        });
        groups.sort(Grouping::compare);
        return groups;
    }

    /** The fields (ConfigFields names) whose values differ between runs, family, architecture and seed aside. */
    static List<String> varied(List<ReportRun> runs) {
        Map<String, Set<String>> values = new LinkedHashMap<>();
        for (ReportRun r : runs) {
            ConfigFields.experiment(r.config(), false)
                    .forEach((k, v) -> values.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
        }
        for (ReportRun r : runs) { // a field some runs lack (an older file) varies too
            values.keySet().forEach(k -> {
                if (!ConfigFields.experiment(r.config(), false).containsKey(k)) {
                    values.get(k).add("");
                }
            });
        }
        List<String> varied = new ArrayList<>();
        values.forEach((k, v) -> {
            if (v.size() > 1 && !k.equals(ConfigFields.FAMILY) && !k.equals(ConfigFields.ARCH)) {
                varied.add(k);
            }
        });
        if (varied.contains("activationLearningRate") && runs.stream()
                .allMatch(r -> r.config().activationLearningRate() == r.config().learningRate())) {
            varied.remove("activationLearningRate");
        }
        return varied;
    }

    /** A field's column name: "learningRate" → "lr", "someNewField" → "some_new_field". */
    static String name(String field) {
        String known = NAMES.get(field);
        if (known != null) {
            return known;
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    private static int compare(RunGroup a, RunGroup b) {
        int c = a.arch().compareTo(b.arch());
        c = c != 0 ? c : a.family().compareTo(b.family());
        List<String> va = new ArrayList<>(a.varied().values()), vb = new ArrayList<>(b.varied().values());
        for (int i = 0; c == 0 && i < va.size(); i++) {
            c = compareValues(va.get(i), vb.get(i));
        }
        return c;
    }

    private static int compareValues(String a, String b) {
        try {
            return new BigDecimal(a).compareTo(new BigDecimal(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }
}
