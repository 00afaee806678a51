package org.activationexplorer.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Seeds as a person writes them: "1,2,3", a range "1-5", or both ("1-3,10"); in the order given, each once. */
public final class SeedList {
    /** A range longer than this is a typo (1-10000000), not a sweep. */
    static final long MAX_SEEDS = 10_000;

    private SeedList() {}

    public static List<Long> parse(String text) {
        LinkedHashSet<Long> seeds = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            int dash = p.indexOf('-', 1); // from 1: "-3" is a (negative) seed, not a range
            try {
                if (dash < 0) {
                    seeds.add(Long.parseLong(p));
                } else {
                    long from = Long.parseLong(p.substring(0, dash).strip());
                    long to = Long.parseLong(p.substring(dash + 1).strip());
                    if (to < from || to - from >= MAX_SEEDS) {
                        throw new IllegalArgumentException("--seeds: the range " + p + " must go up, at most "
                                + MAX_SEEDS + " seeds");
                    }
                    for (long s = from; s <= to; s++) {
                        seeds.add(s);
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seeds takes whole numbers and ranges, e.g. 1,2,3 or 1-5, got '"
                        + text + "'");
            }
            if (seeds.size() > MAX_SEEDS) {
                throw new IllegalArgumentException("--seeds names more than " + MAX_SEEDS + " seeds");
            }
        }
        return new ArrayList<>(seeds);
    }
}
