package org.activationexplorer.report;

import java.util.List;
import java.util.Map;

/**
 * Runs with the same settings except the seed. varied: the group's values of the settings that differ between the
 * report's groups (by column name, e.g. "lr" → "0.001"), besides family and architecture.
 */
public record RunGroup(String family, String arch, Map<String, String> varied, List<ReportRun> runs) {

    public RunGroup {
        varied = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(varied));
        runs = List.copyOf(runs);
    }

    public Stats accuracy() {
        return Stats.of(runs.stream().mapToDouble(ReportRun::testAccuracy).toArray());
    }

    public Stats testLoss() {
        return Stats.of(runs.stream().mapToDouble(ReportRun::testLoss).toArray());
    }

    public Stats samplesPerSecond() {
        return Stats.of(runs.stream().mapToDouble(ReportRun::samplesPerSecond).toArray());
    }

    /** Parameters of the network (weights, biases and activation parameters): the same for every seed. */
    public long parameters() {
        return runs.get(0).parameters();
    }

    /** "lr 0.001, batch 64": the varied settings, or "" when nothing but family and architecture varies. */
    public String settings() {
        StringBuilder b = new StringBuilder();
        varied.forEach((k, v) -> b.append(b.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return b.toString();
    }

    /** "pau · mlp · lr 0.001": how charts name the group. */
    public String label() {
        String settings = settings();
        return family + " · " + arch + (settings.isEmpty() ? "" : " · " + settings);
    }
}
