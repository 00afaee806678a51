package org.activationexplorer.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cells of a sweep: every combination of the axes' values, in a fixed order (the first axis slowest, the
 * last fastest), so that cell i is the same cell in every process given the same axes; shards rely on it.
 */
public record Grid(List<Axis> axes) {

    /**
     * One setting and its values. prefix starts the setting's part of a file name ("lr" → "lr0.001"; empty for
     * the architecture and the family, which name themselves); a setting is in the name when it takes more than
     * one value, or always when alwaysNamed (architecture, family, seed: what a reader looks for first).
     */
    public record Axis(String name, String prefix, List<String> values, boolean alwaysNamed) {
        public Axis {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException(name + " has no values");
            }
            if (values.stream().distinct().count() != values.size()) {
                throw new IllegalArgumentException(name + " names a value twice: " + String.join(",", values));
            }
        }

        boolean named() {
            return alwaysNamed || values.size() > 1;
        }
    }

    public Grid {
        axes = List.copyOf(axes);
    }

    public int size() {
        long n = 1;
        for (Axis a : axes) {
            n *= a.values().size();
            if (n > 1_000_000) {
                throw new IllegalArgumentException("the grid has more than a million cells");
            }
        }
        return (int) n;
    }

    /** Cell i's value of every axis, by axis name, in axis order. */
    public Map<String, String> cell(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("cell " + i + " of " + size());
        }
        String[] values = new String[axes.size()];
        int rest = i;
        for (int a = axes.size() - 1; a >= 0; a--) { // the last axis changes fastest
            List<String> v = axes.get(a).values();
            values[a] = v.get(rest % v.size());
            rest /= v.size();
        }
        Map<String, String> cell = new LinkedHashMap<>();
        for (int a = 0; a < axes.size(); a++) {
            cell.put(axes.get(a).name(), values[a]);
        }
        return cell;
    }

    /** The indices of the cells in `shard`, ascending. */
    public List<Integer> cells(Shard shard) {
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (shard.includes(i)) {
                cells.add(i);
            }
        }
        return cells;
    }

    /**
     * Cell i's file name without extension: its named settings joined by "-", e.g. "mlp-pau-lr0.001-seed1".
     * Numbers are written plainly whatever their spelling (1e-3 and 0.001 name the same file); any character
     * other than a letter, digit, '.' or '_' becomes '_', so the name is safe on every file system.
     */
    public String name(int i) {
        Map<String, String> cell = cell(i);
        List<String> parts = new ArrayList<>();
        for (Axis a : axes) {
            if (a.named()) {
                parts.add(a.prefix() + plain(cell.get(a.name())));
            }
        }
        return String.join("-", parts);
    }

    /** A number as plain decimals without trailing zeros (3e-3 → 0.003, 64.0 → 64); other text in lower case. */
    static String plain(String value) {
        String text;
        try {
            BigDecimal d = new BigDecimal(value.strip()).stripTrailingZeros();
            text = d.signum() == 0 ? "0" : d.toPlainString();
        } catch (NumberFormatException notANumber) {
            text = value.strip().toLowerCase(Locale.ROOT);
        }
        return text.replaceAll("[^a-z0-9._]", "_");
    }
}
